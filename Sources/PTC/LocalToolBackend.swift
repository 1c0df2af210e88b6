import MeshSchema

/// Tools implemented as Swift functions in this process: for tests, the demo, and embedding.
///
/// Arguments are checked against each tool's input schema before its function runs, as the
/// mesh router does, so a program sees the same `INVALID_ARGUMENT` either way.
public struct LocalToolBackend: ToolBackend {
    /// A tool's implementation: the arguments object in, a JSON result out. A thrown
    /// ``ToolFailure`` is returned as is; any other error becomes `INTERNAL` with its text.
    public typealias Function = @Sendable (JSONObject) async throws -> JSONValue

    private struct Entry: Sendable {
        var description: ToolDescription
        var schema: JSONSchema?
        var function: Function
    }

    private let entries: [String: Entry]
    private let order: [String]

    /// - Throws: ``ToolFailure`` `INVALID_ARGUMENT` when an input schema does not compile.
    public init(_ tools: [(ToolDescription, Function)]) throws(ToolFailure) {
        var entries: [String: Entry] = [:]
        for (description, function) in tools {
            var schema: JSONSchema?
            if let document = description.inputSchema {
                do {
                    schema = try JSONSchema(compiling: document)
                } catch {
                    throw ToolFailure(code: "INVALID_ARGUMENT", message: "\(description.name): bad input schema: \(error)")
                }
            }
            entries[description.name] = Entry(description: description, schema: schema, function: function)
        }
        self.entries = entries
        order = tools.map(\.0.name)
    }

    public func tools() async throws(ToolFailure) -> [ToolDescription] {
        order.compactMap { entries[$0]?.description }
    }

    public func call(_ call: ToolCall) async -> ToolCallResult {
        guard let entry = entries[call.tool] else {
            return .failure(ToolFailure(code: "NOT_FOUND", message: "no tool named '\(call.tool)'"))
        }
        if let violation = entry.schema?.validate(.object(call.arguments)) {
            return .failure(ToolFailure(code: "INVALID_ARGUMENT", message: "\(violation)"))
        }
        do {
            return .success(try await entry.function(call.arguments), worker: "local")
        } catch let failure as ToolFailure {
            return .failure(failure)
        } catch is CancellationError {
            return .failure(ToolFailure(code: "CANCELLED", message: "the call was cancelled"))
        } catch {
            return .failure(ToolFailure(code: "INTERNAL", message: "\(error)"))
        }
    }
}
