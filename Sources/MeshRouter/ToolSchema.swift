import MeshProtocol
import MeshSchema

/// A tool's input schema, compiled once at registration, and the check every call's arguments
/// pass before they reach a worker.
struct ToolSchema {
    /// The compiled schema (`{"type": "object"}` when the tool declared none).
    let schema: JSONSchema
    /// The schema re-serialized compactly with member order kept: two workers declare "the
    /// same" schema when these bytes are equal (whitespace aside, order matters because it is
    /// the order of positional arguments).
    let canonical: [UInt8]

    /// Compiles `bytes`; the error text is ready for a `ToolRefusal`.
    static func compile(_ bytes: [UInt8]) -> Result<ToolSchema, RefusalReason> {
        let document: JSONValue
        do {
            document = bytes.isEmpty ? .object(JSONObject([(key: "type", value: .string("object"))])) : try JSONValue(parsing: bytes)
        } catch {
            return .failure(RefusalReason("input_schema is not valid JSON: \(error)"))
        }
        if case let .object(object) = document, let type = object["type"], !Self.allowsObject(type) {
            return .failure(RefusalReason("input_schema must describe a JSON object (its \"type\" excludes \"object\")"))
        }
        do {
            return .success(ToolSchema(schema: try JSONSchema(compiling: document), canonical: document.serialized()))
        } catch {
            return .failure(RefusalReason("input_schema: \(error)"))
        }
    }

    /// Why `arguments` (UTF-8 JSON text; empty means `{}`) are not acceptable, or nil.
    func problem(with arguments: [UInt8]) -> String? {
        let value: JSONValue
        if arguments.isEmpty {
            value = .object(JSONObject())
        } else {
            do {
                value = try JSONValue(parsing: arguments)
            } catch {
                return "arguments are not valid JSON: \(error)"
            }
        }
        guard case .object = value else {
            return "arguments must be a JSON object, got \(value.typeName)"
        }
        return schema.validate(value).map(\.description)
    }

    private static func allowsObject(_ type: JSONValue) -> Bool {
        switch type {
        case let .string(name): name == "object"
        case let .array(names): names.contains(.string("object"))
        default: true  // not a valid "type"; the compiler reports it
        }
    }
}

/// A refusal message.
struct RefusalReason: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
