/// Renders an uncaught exception like CPython: chained exceptions first, then
/// `Traceback (most recent call last):`, one `File … line … in …` entry per frame with its
/// source line, and the `Type: message` line.
struct TracebackRenderer {
    let vm: VM
    let source: String

    func render(_ exception: PyException) -> String {
        var seen: Set<ObjectIdentifier> = []
        return render(exception, seen: &seen)
    }

    private func render(_ exception: PyException, seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exception))
        var out = ""
        if let cause = exception.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += render(cause, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, let context = exception.context, !seen.contains(ObjectIdentifier(context)) {
            out += render(context, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exception.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            for entry in exception.traceback.reversed() {
                out += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                if entry.line >= 1, entry.line <= lines.count {
                    let text = lines[entry.line - 1].trimmingCharacters(in: " \t\r")
                    if !text.isEmpty { out += "    \(text)\n" }
                }
            }
        }
        let message = (try? vm.exceptionMessage(exception)) ?? ""
        let name = exception.type.moduleName == "builtins" || exception.type.moduleName == "__main__"
            ? exception.type.qualifiedName : "\(exception.type.moduleName).\(exception.type.qualifiedName)"
        out += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        return out
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
