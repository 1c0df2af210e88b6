@testable import PyFrontend

/// The `ast.dump` of `source`, or `error: <kind>: <message> @line:column-endColumn`.
func parseDump(_ source: String) -> String {
    do {
        return try Python.parse(source).dump()
    } catch {
        return "error: \(error.kind.rawValue): \(error.message) @\(error.line):\(error.column)-\(error.endColumn)"
    }
}

/// The dump of the single expression statement in `source`.
func exprDump(_ source: String) -> String {
    do {
        let module = try Python.parse(source)
        guard module.body.count == 1, case .expr(let value) = module.body[0].kind else { return "not an expression" }
        return value.dump()
    } catch {
        return "error: \(error.message)"
    }
}

/// The error for `source`, or nil if it parses.
func parseError(_ source: String) -> SyntaxError? {
    do {
        _ = try Python.parse(source, filename: "prog.py")
        return nil
    } catch {
        return error
    }
}

/// `message @line:column` of the error for `source`, or "ok".
func errorSummary(_ source: String) -> String {
    guard let error = parseError(source) else { return "ok" }
    return "\(error.kind.rawValue): \(error.message) @\(error.line):\(error.column)"
}
