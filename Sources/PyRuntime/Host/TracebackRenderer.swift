import PyFrontend

/// Renders an uncaught exception like CPython 3.12: chained exceptions first, then
/// `Traceback (most recent call last):`, one `File … line … in …` entry per frame with its
/// source line and, when the failing expression is only part of the line, a marker line
/// (`~~~^^^^^^^^`) under it; last the `Type: message` line.
struct TracebackRenderer {
    let vm: VM
    let source: String

    func render(_ exception: PyException) -> String {
        var seen: Set<ObjectIdentifier> = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return render(exception, lines: lines, seen: &seen)
    }

    private func render(_ exception: PyException, lines: [String], seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exception))
        var out = ""
        if let cause = exception.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += render(cause, lines: lines, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, let context = exception.context, !seen.contains(ObjectIdentifier(context)) {
            out += render(context, lines: lines, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exception.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            for entry in exception.traceback.reversed() {
                out += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                if entry.line >= 1, entry.line <= lines.count {
                    out += TracebackRenderer.sourceLines(lines[entry.line - 1], entry)
                }
            }
        }
        let message = (try? vm.exceptionMessage(exception)) ?? ""
        let name = exception.type.moduleName == "builtins" || exception.type.moduleName == "__main__"
            ? exception.type.qualifiedName : "\(exception.type.moduleName).\(exception.type.qualifiedName)"
        out += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        return out
    }

    /// The source line and its marker line, following `traceback.format_frame_summary`.
    static func sourceLines(_ rawLine: String, _ entry: TracebackEntry) -> String {
        // linecache keeps the newline; CPython's offsets count it.
        let line = Array((rawLine + "\n").unicodeScalars)
        let stripped = Array(String(String.UnicodeScalarView(line)).trimmingPythonWhitespace().unicodeScalars)
        guard !stripped.isEmpty else { return "" }
        var out = "    " + String(String.UnicodeScalarView(stripped)) + "\n"
        guard entry.column >= 0, entry.endColumn >= 0 else { return out }
        let strippedCharacters = line.count - stripped.count
        let startOffset = characterOffset(line, byteOffset: entry.column)
        var endOffset = characterOffset(line, byteOffset: entry.endColumn)
        guard startOffset <= endOffset, endOffset <= line.count else { return out }
        let segment = Array(line[startOffset..<endOffset])
        var anchors: (left: Int, right: Int)?
        if entry.line == entry.endLine {
            anchors = caretAnchors(segment)
        } else {
            var end = line.count
            while end > 0, isPythonWhitespace(line[end - 1]) { end -= 1 }
            endOffset = end
        }
        let showsPart = endOffset - startOffset < stripped.count
        if showsPart || (anchors.map { $0.right - $0.left > 0 } ?? false) {
            let displayStart = displayWidth(line, startOffset) + 1
            let displayEnd = displayWidth(line, endOffset) + 1
            out += "    " + String(repeating: " ", count: max(0, displayStart - strippedCharacters))
            if let (left, right) = anchors {
                let leftEnd = displayWidth(segment, left)
                let rightStart = displayWidth(segment, right)
                out += String(repeating: "~", count: max(0, leftEnd))
                out += String(repeating: "^", count: max(0, rightStart - leftEnd))
                out += String(repeating: "~", count: max(0, displayEnd - displayStart - rightStart))
            } else {
                out += String(repeating: "^", count: max(0, displayEnd - displayStart))
            }
            out += "\n"
        }
        return out
    }

    /// `_extract_caret_anchors_from_line_segment`: the operator of a binary operation or the
    /// brackets of a subscript, as character offsets into `segment`.
    private static func caretAnchors(_ segment: [Unicode.Scalar]) -> (left: Int, right: Int)? {
        let text = String(String.UnicodeScalarView(segment))
        guard let module = try? Python.parse(text), module.body.count == 1,
              case .expr(let expression) = module.body[0].kind else { return nil }
        func normalize(_ byteOffset: Int) -> Int { characterOffset(segment, byteOffset: byteOffset) }
        switch expression.kind {
        case .binOp(let left, _, let right):
            let operatorStart = normalize(left.range.end.column)
            let operatorEnd = normalize(right.range.start.column)
            guard operatorStart <= operatorEnd, operatorEnd <= segment.count else { return nil }
            let operatorText = Array(segment[operatorStart..<operatorEnd])
            var operatorOffset = 0
            while operatorOffset < operatorText.count, isPythonWhitespace(operatorText[operatorOffset]) { operatorOffset += 1 }
            var leftAnchor = left.range.end.column + operatorOffset
            var rightAnchor = leftAnchor + 1
            if operatorOffset + 1 < operatorText.count, !isPythonWhitespace(operatorText[operatorOffset + 1]) {
                rightAnchor += 1
            }
            while leftAnchor < segment.count, isPythonWhitespace(segment[leftAnchor]) || segment[leftAnchor] == ")"
                    || segment[leftAnchor] == "#" {
                leftAnchor += 1
                rightAnchor += 1
            }
            return (normalize(leftAnchor), normalize(rightAnchor))
        case .subscript(let value, let slice, _):
            var leftAnchor = normalize(value.range.end.column)
            var rightAnchor = normalize(slice.range.end.column + 1)
            while leftAnchor < segment.count, isPythonWhitespace(segment[leftAnchor]) || segment[leftAnchor] != "[" {
                leftAnchor += 1
            }
            while rightAnchor < segment.count, isPythonWhitespace(segment[rightAnchor]) || segment[rightAnchor] != "]" {
                rightAnchor += 1
            }
            if rightAnchor < segment.count { rightAnchor += 1 }
            return (leftAnchor, rightAnchor)
        default:
            return nil
        }
    }

    /// The number of characters in the first `byteOffset` UTF-8 bytes of `scalars`.
    private static func characterOffset(_ scalars: [Unicode.Scalar], byteOffset: Int) -> Int {
        var bytes = 0
        for (i, scalar) in scalars.enumerated() {
            if bytes >= byteOffset { return i }
            bytes += String(scalar).utf8.count
        }
        return scalars.count
    }

    /// Terminal columns of the first `offset` characters (East Asian wide characters take 2).
    private static func displayWidth(_ scalars: [Unicode.Scalar], _ offset: Int) -> Int {
        var width = 0
        for scalar in scalars.prefix(max(0, offset)) { width += isWide(scalar) ? 2 : 1 }
        return width
    }

    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

func isPythonWhitespace(_ s: Unicode.Scalar) -> Bool {
    StrMethods.isSpace(s)
}

extension String {
    /// Python's `str.strip()` with no arguments.
    func trimmingPythonWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, isPythonWhitespace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isPythonWhitespace(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
