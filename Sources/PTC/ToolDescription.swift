import MeshSchema
import PyFrontend
import PyRuntime

/// A tool as a program sees it: a name, what it does, and its arguments' JSON Schema.
public struct ToolDescription: Sendable {
    /// A Python identifier: the program calls the tool as a function of this name.
    public var name: String
    /// What the tool does; the docstring of its Python stub.
    public var description: String
    /// JSON Schema of the arguments object; nil means any object.
    public var inputSchema: JSONValue?
    /// JSON Schema of the result; nil means unspecified.
    public var outputSchema: JSONValue?
    /// Whether running the call twice equals running it once.
    public var idempotent: Bool

    public init(name: String, description: String = "", inputSchema: JSONValue? = nil,
                outputSchema: JSONValue? = nil, idempotent: Bool = false) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.outputSchema = outputSchema
        self.idempotent = idempotent
    }

    /// One argument, from the input schema's `properties`.
    public struct Parameter: Sendable {
        /// The property name in the arguments object.
        public var name: String
        /// The name in Python: `name`, or `name_` when `name` is a keyword (`from` → `from_`).
        public var pythonName: String
        public var isRequired: Bool
        /// The property's schema (`{}` when it has none).
        public var schema: JSONValue
    }

    /// The arguments in positional order: the input schema's `properties` in document order.
    /// A property named like a Python keyword is spelled with a trailing underscore; other
    /// names that are not Python identifiers are left out (they can only be passed through
    /// `**kwargs`, which ``acceptsOtherKeywords`` allows).
    public var parameters: [Parameter] {
        guard let schema = inputSchema?.objectValue, let properties = schema["properties"]?.objectValue else {
            return []
        }
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let names = Set(properties.members.map(\.key))
        return properties.members.compactMap { member in
            var pythonName = member.key
            if PythonNames.isKeyword(pythonName) {
                pythonName += "_"
                // `from` and `from_` both declared: the keyword one stays reachable only by **kwargs.
                if names.contains(pythonName) { return nil }
            }
            guard PythonNames.isIdentifier(pythonName) else { return nil }
            return Parameter(name: member.key, pythonName: pythonName, isRequired: required.contains(member.key),
                             schema: member.value)
        }
    }

    /// Whether a call may pass keywords beyond ``parameters``. As with a Python signature, a
    /// misspelled keyword is an error unless the schema asks for more: true when it declares
    /// no `properties`, sets `additionalProperties` to anything but `false`, or has property
    /// names that no parameter stands for.
    public var acceptsOtherKeywords: Bool {
        guard let schema = inputSchema?.objectValue, let properties = schema["properties"]?.objectValue else {
            return true
        }
        if let additional = schema["additionalProperties"], additional.boolValue != false { return true }
        return parameters.count != properties.members.count
    }

    /// The interpreter's view: a function that binds arguments like `async def name(…)`.
    public var hostFunction: HostFunction {
        HostFunction(name: name,
                     parameters: parameters.map { HostFunction.Parameter(name: $0.pythonName, isRequired: $0.isRequired) },
                     acceptsOtherKeywords: acceptsOtherKeywords)
    }
}

/// Python's lexical rules for names, as far as tool and parameter names need them.
enum PythonNames {
    /// A hard keyword (`from`, `class`, …): the front end's own list.
    static func isKeyword(_ name: String) -> Bool { ReservedWord(rawValue: name) != nil }

    /// An ASCII identifier that is not a keyword (what the mesh allows for tool names).
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !isKeyword(name) else { return false }
        func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || ($0 >= "0" && $0 <= "9") }
    }
}
