import MeshSchema

/// The Messages API's streaming events for a complete message: what the proxy sends to a
/// client that asked for `stream` when the message was assembled in the proxy (programs ran
/// between model turns, so there is no single upstream stream to pass on).
enum ServerSentEvents {
    /// `event: NAME\ndata: JSON\n\n` for every event of `message`, in order.
    static func events(for message: JSONObject) -> String {
        var text = ""
        func emit(_ name: String, _ data: [(key: String, value: JSONValue)]) {
            text += "event: \(name)\ndata: \(JSONValue.object(JSONObject([("type", .string(name))] + data)).serializedText)\n\n"
        }
        var start = message
        start.setValue(.array([]), forKey: "content")
        start.setValue(.null, forKey: "stop_reason")
        start.setValue(.null, forKey: "stop_sequence")
        _ = start.removeValue(forKey: "container")
        emit("message_start", [("message", .object(start))])
        for (index, value) in (message["content"]?.arrayValue ?? []).enumerated() {
            guard let block = value.objectValue else { continue }
            let position: (key: String, value: JSONValue) = ("index", .number(JSONNumber(index)))
            switch block["type"]?.stringValue {
            case "text":
                var empty = block
                empty.setValue(.string(""), forKey: "text")
                emit("content_block_start", [position, ("content_block", .object(empty))])
                emit("content_block_delta", [position, ("delta", .object(JSONObject([
                    ("type", .string("text_delta")), ("text", block["text"] ?? .string("")),
                ])))])
            case "tool_use", "server_tool_use":
                var empty = block
                empty.setValue(.object(JSONObject()), forKey: "input")
                emit("content_block_start", [position, ("content_block", .object(empty))])
                emit("content_block_delta", [position, ("delta", .object(JSONObject([
                    ("type", .string("input_json_delta")),
                    ("partial_json", .string((block["input"] ?? .object(JSONObject())).serializedText)),
                ])))])
            default:
                // Results (and anything else) arrive whole in their start event.
                emit("content_block_start", [position, ("content_block", .object(block))])
            }
            emit("content_block_stop", [position])
        }
        var delta = JSONObject([("stop_reason", message["stop_reason"] ?? .null),
                                ("stop_sequence", message["stop_sequence"] ?? .null)])
        if let container = message["container"] { delta.setValue(container, forKey: "container") }
        emit("message_delta", [("delta", .object(delta)), ("usage", message["usage"] ?? .object(JSONObject()))])
        emit("message_stop", [])
        return text
    }
}
