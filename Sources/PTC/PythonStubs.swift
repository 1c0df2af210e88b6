import Foundation
import MeshSchema
import PyFrontend

/// Python `async def` stubs for tools: what a model is shown so that it writes correct calls.
///
/// Each parameter comes from the input schema's `properties`, in order, annotated with a
/// Python type derived from its JSON Schema; optional ones default to `None`. The docstring
/// holds the tool's description, each parameter's description and allowed values, and the
/// result's shape.
public enum PythonStubs {
    /// Stubs for every tool, separated by blank lines.
    public static func render(_ tools: [ToolDescription]) -> String {
        tools.map(render).joined(separator: "\n\n")
    }

    /// The stub for one tool.
    public static func render(_ tool: ToolDescription) -> String {
        let parameters = tool.parameters
        var signature: [String] = []
        var sawOptional = false
        var keywordOnly = false
        for parameter in parameters {
            // A required parameter after an optional one can only be keyword-only in Python.
            if parameter.isRequired && sawOptional && !keywordOnly {
                signature.append("*")
                keywordOnly = true
            }
            let annotation = pythonType(parameter.schema)
            if parameter.isRequired {
                signature.append("\(parameter.pythonName): \(annotation)")
            } else {
                sawOptional = true
                let optional = annotation.split(separator: "|").contains { $0.trimmingCharacters(in: .whitespaces) == "None" }
                    || annotation == "Any"
                signature.append("\(parameter.pythonName): \(annotation)\(optional ? "" : " | None") = None")
            }
        }
        if tool.acceptsOtherKeywords { signature.append("**kwargs") }
        let returns = tool.outputSchema.map(pythonType) ?? "Any"
        var lines = ["async def \(tool.name)(\(signature.joined(separator: ", "))) -> \(returns):"]
        let doc = docstring(tool, parameters: parameters)
        let body = doc.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n").replacingTripleQuotes
        lines.append("    \"\"\"" + body.dropFirst(4) + "\n    \"\"\"")
        return lines.joined(separator: "\n")
    }

    private static func docstring(_ tool: ToolDescription, parameters: [ToolDescription.Parameter]) -> [String] {
        var lines = tool.description.isEmpty ? ["(no description)"] : tool.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let documented = parameters.filter { !notes($0.schema).isEmpty }
        if !documented.isEmpty {
            lines.append("")
            lines.append("Args:")
            for parameter in documented {
                lines.append("    \(parameter.pythonName): \(notes(parameter.schema))")
            }
        }
        if let output = tool.outputSchema {
            lines.append("")
            lines.append("Returns:")
            lines.append("    \(pythonType(output))\(describeShape(output))")
        }
        return lines
    }

    /// A property's description, allowed values and default, as one line.
    private static func notes(_ schema: JSONValue) -> String {
        guard let object = schema.objectValue else { return "" }
        var parts: [String] = []
        if let text = object["description"]?.stringValue { parts.append(text.replacingOccurrences(of: "\n", with: " ")) }
        if let values = object["enum"]?.arrayValue {
            parts.append("one of " + values.map(pythonLiteral).joined(separator: ", "))
        }
        if let value = object["default"] { parts.append("default " + pythonLiteral(value)) }
        return parts.joined(separator: "; ")
    }

    /// For object results with properties: ` with keys a, b`; for arrays of such: ` of dicts with keys …`.
    private static func describeShape(_ schema: JSONValue) -> String {
        guard let object = schema.objectValue else { return "" }
        if let properties = object["properties"]?.objectValue, !properties.members.isEmpty {
            return " with keys " + properties.members.map { "'\($0.key)'" }.joined(separator: ", ")
        }
        if let items = object["items"]?.objectValue, let properties = items["properties"]?.objectValue,
           !properties.members.isEmpty {
            return " of dicts with keys " + properties.members.map { "'\($0.key)'" }.joined(separator: ", ")
        }
        if let description = object["description"]?.stringValue { return ": " + description }
        return ""
    }

    /// The Python annotation for a JSON Schema.
    static func pythonType(_ schema: JSONValue) -> String {
        guard let object = schema.objectValue else { return "Any" }
        if let values = object["enum"]?.arrayValue, !values.isEmpty {
            return "Literal[" + values.map(pythonLiteral).joined(separator: ", ") + "]"
        }
        for key in ["anyOf", "oneOf"] {
            if let options = object[key]?.arrayValue, !options.isEmpty {
                return union(options.map(pythonType))
            }
        }
        switch object["type"] {
        case .string(let name):
            return typeName(name, object)
        case .array(let names):
            return union(names.compactMap(\.stringValue).map { typeName($0, object) })
        default:
            return "Any"
        }
    }

    private static func typeName(_ name: String, _ object: JSONObject) -> String {
        switch name {
        case "string": return "str"
        case "integer": return "int"
        case "number": return "float"
        case "boolean": return "bool"
        case "null": return "None"
        case "array":
            if let items = object["items"], items.objectValue != nil {
                let inner = pythonType(items)
                return inner == "Any" ? "list" : "list[\(inner)]"
            }
            return "list"
        case "object": return "dict"
        default: return "Any"
        }
    }

    private static func union(_ types: [String]) -> String {
        var seen: [String] = []
        for type in types where !seen.contains(type) { seen.append(type) }
        if seen.contains("Any") { return "Any" }
        return seen.isEmpty ? "Any" : seen.joined(separator: " | ")
    }

    /// A JSON value written as a Python literal.
    static func pythonLiteral(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .number: return value.serializedText
        case .string(let s): return PythonRepr.string(s)
        case .array(let items): return "[" + items.map(pythonLiteral).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.members.map { PythonRepr.string($0.key) + ": " + pythonLiteral($0.value) }
                .joined(separator: ", ") + "}"
        }
    }
}

private extension String {
    /// A docstring must not end early: `"""` inside it is escaped.
    var replacingTripleQuotes: String { replacingOccurrences(of: "\"\"\"", with: "\\\"\\\"\\\"") }
}
