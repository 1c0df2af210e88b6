import MeshSchema
import PyRuntime

extension RunRecord {
    /// The machine-readable run record (`toolmesh run --json`):
    ///
    /// ```json
    /// {"exit_code": 0, "stdout": "…", "stderr": "",
    ///  "error": null | {"type": "KeyError", "message": "3", "kind": "exception" | "limit" | "syntax" | "backend"},
    ///  "calls": [{"id": 1, "tool": "…", "arguments": {…}, "status": "OK", "message": null,
    ///             "worker": "…", "round": 1, "result_bytes": 120,
    ///             "issued_ms": 0.4, "start_ms": 0.5, "duration_ms": 50.2}],
    ///  "timings": {"total_ms": 58.1, "interpreter_ms": 1.9, "calls": 21, "max_in_flight": 20}}
    /// ```
    public var json: JSONValue {
        var object = JSONObject()
        object.setValue(.number(JSONNumber(Int(exitStatus))), forKey: "exit_code")
        object.setValue(.string(output), forKey: "stdout")
        object.setValue(.string(errorText), forKey: "stderr")
        object.setValue(errorJSON, forKey: "error")
        object.setValue(.array(calls.map(\.json)), forKey: "calls")
        var timings = JSONObject()
        timings.setValue(milliseconds(duration), forKey: "total_ms")
        timings.setValue(milliseconds(interpreterTime), forKey: "interpreter_ms")
        timings.setValue(.number(JSONNumber(calls.count)), forKey: "calls")
        timings.setValue(.number(JSONNumber(CallTimeline.maxInFlight(calls))), forKey: "max_in_flight")
        object.setValue(.object(timings), forKey: "timings")
        return .object(object)
    }

    private var errorJSON: JSONValue {
        func error(_ kind: String, _ type: String, _ message: String) -> JSONValue {
            .object(JSONObject([("kind", .string(kind)), ("type", .string(type)), ("message", .string(message))]))
        }
        switch outcome {
        case .finished: return .null
        case .failed(let failure):
            if case .limit = failure.kind { return error("limit", failure.typeName, failure.message) }
            return error("exception", failure.typeName, failure.message)
        case .syntaxError(let report):
            var last = report.split(separator: "\n").last.map(String.init) ?? report
            if last.hasPrefix("SyntaxError: ") { last.removeFirst("SyntaxError: ".count) }
            return error("syntax", "SyntaxError", last)
        case .backendFailed(let failure):
            return error("backend", failure.code, failure.message)
        }
    }
}

extension CallRecord {
    var json: JSONValue {
        var object = JSONObject()
        object.setValue(.number(JSONNumber(id)), forKey: "id")
        object.setValue(.string(tool), forKey: "tool")
        object.setValue(.object(arguments), forKey: "arguments")
        object.setValue(.string(status), forKey: "status")
        object.setValue(message.map { .string($0) } ?? .null, forKey: "message")
        object.setValue(worker.map { .string($0) } ?? .null, forKey: "worker")
        object.setValue(.number(JSONNumber(round)), forKey: "round")
        object.setValue(.number(JSONNumber(resultBytes)), forKey: "result_bytes")
        object.setValue(milliseconds(issuedAt), forKey: "issued_ms")
        object.setValue(startedAt.map(milliseconds) ?? .null, forKey: "start_ms")
        object.setValue(duration.map(milliseconds) ?? .null, forKey: "duration_ms")
        return .object(object)
    }
}

/// Seconds as milliseconds with three decimals (microsecond resolution).
private func milliseconds(_ seconds: Double) -> JSONValue {
    .number(JSONNumber((seconds * 1_000_000).rounded() / 1000) ?? JSONNumber(0))
}
