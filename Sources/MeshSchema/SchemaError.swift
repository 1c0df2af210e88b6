/// Why a schema could not be compiled, and which keyword is at fault.
///
/// ``description`` reads `invalid schema at #/properties/age/type: …`, naming the keyword by
/// its location in the schema document.
public struct SchemaError: Error, Sendable, Hashable {
    /// The kinds of failure.
    public enum Kind: Sendable, Hashable {
        /// The schema text is not JSON; see ``SchemaError/parseError``.
        case invalidJSON
        /// A keyword has a value of the wrong type or range (`"type": 5`, `"minLength": -1`),
        /// or a subschema is neither an object nor a boolean.
        case invalidKeyword
        /// A valid keyword or form this implementation does not support (`$dynamicRef`,
        /// `unevaluatedProperties`, a remote `$ref`, a regex feature outside the supported
        /// subset).
        case unsupported
        /// A `$ref` that points nowhere, or not at a subschema.
        case unresolvableReference
        /// Subschemas that apply one another to the same value in a loop (`{"$ref": "#"}`),
        /// which no validation could ever finish.
        case referenceCycle
        /// The schema exceeds ``SchemaLimits`` (nesting, pattern size).
        case limitExceeded
    }

    /// What went wrong.
    public var kind: Kind
    /// Reference tokens of the offending keyword in the schema document, unescaped.
    public var location: [String]
    /// The problem, without the location.
    public var message: String
    /// For ``Kind/invalidJSON``: the parser's error.
    public var parseError: JSONParseError?

    public init(kind: Kind, location: [String], message: String, parseError: JSONParseError? = nil) {
        self.kind = kind
        self.location = location
        self.message = message
        self.parseError = parseError
    }

    /// The keyword's location as a URI fragment: `#/properties/age/type`; `#` for the root.
    public var keywordPath: String {
        "#" + JSONPointer.render(location)
    }
}

extension SchemaError: CustomStringConvertible {
    public var description: String {
        if kind == .invalidJSON { return "invalid schema: \(message)" }
        return "invalid schema at \(keywordPath): \(message)"
    }
}
