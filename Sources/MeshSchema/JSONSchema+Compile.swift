extension JSONSchema {
    /// Compiles a schema document: an object or a boolean.
    ///
    /// - Throws: the first problem, naming the keyword's location: a keyword value of the wrong
    ///   type (`"type": 5`, `"required": "x"`), an unknown type name, an invalid or unsupported
    ///   `pattern`, an unsupported keyword, a `$ref` that cannot be resolved or that loops
    ///   without reaching a nested value, or a schema beyond `limits`.
    public init(compiling schema: JSONValue, limits: SchemaLimits = SchemaLimits()) throws(SchemaError) {
        var compiler = SchemaCompiler(document: schema, limits: limits)
        let nodes = try compiler.compileDocument()
        self.init(nodes: nodes, limits: limits, document: schema)
    }

    /// Parses UTF-8 JSON text and compiles it; see the `JSONValue` overload.
    ///
    /// - Throws: ``SchemaError/Kind/invalidJSON`` with the ``JSONParseError`` when the text is
    ///   not JSON, or any compile error.
    public init(compiling json: some Collection<UInt8>, limits: SchemaLimits = SchemaLimits()) throws(SchemaError) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: json)
        } catch {
            throw SchemaError(kind: .invalidJSON, location: [], message: error.description, parseError: error)
        }
        try self.init(compiling: document, limits: limits)
    }

    /// The names in the root schema's `properties`, in document order, following a root `$ref`
    /// to the subschema that declares them: the order of a tool's positional arguments.
    public var topLevelProperties: [String] {
        var id = Self.root
        // Bounded: each step follows a reference, and there are no reference cycles.
        for _ in 0...nodes.count {
            guard nodes.indices.contains(id) else { return [] }
            let node = nodes[id]
            if let objects = node.objects, !objects.properties.isEmpty {
                return objects.properties.map(\.name)
            }
            guard let next = node.reference else { return [] }
            id = next
        }
        return []
    }
}

/// Turns a schema document into ``SchemaNode``s: every subschema is compiled (so each is
/// checked even if unused), then `$ref`s are resolved, then subschemas that would apply each
/// other to the same value in a loop are rejected.
///
/// Subschemas are compiled from a queue, breadth first, not by recursion: no schema can
/// exhaust the stack, and errors near the root are reported before deeper ones.
struct SchemaCompiler {
    let document: JSONValue
    let limits: SchemaLimits
    /// Subschemas compiled so far, indexed by ``SchemaNodeID``.
    var drafts: [SchemaRules] = []
    /// Every subschema's location, so `$ref` can only point at subschemas.
    var nodeAtLocation: [[String]: SchemaNodeID] = [:]
    /// Subschemas given a node but not compiled yet.
    var queue: [(value: JSONValue, location: [String], depth: Int, node: SchemaNodeID)] = []
    /// `$ref`s seen, resolved once every subschema has a node.
    var pendingReferences: [(node: SchemaNodeID, target: [String], location: [String])] = []

    init(document: JSONValue, limits: SchemaLimits) {
        self.document = document
        self.limits = limits
    }

    mutating func compileDocument() throws(SchemaError) -> [SchemaNode] {
        _ = try compileSubschema(document, at: [], depth: 1)
        var next = 0
        while next < queue.count {
            let (value, location, depth, node) = queue[next]
            next += 1
            try compileQueued(value, at: location, depth: depth, node: node)
        }
        queue = []
        try resolveReferences()
        try checkForLoops()
        return drafts.map(SchemaNode.init)
    }

    /// Gives the subschema at `location` a node and queues it for compilation.
    mutating func compileSubschema(
        _ value: JSONValue, at location: [String], depth: Int
    ) throws(SchemaError) -> SchemaNodeID {
        guard depth <= limits.maxSchemaDepth else {
            throw SchemaError(
                kind: .limitExceeded, location: location,
                message: "subschemas nested deeper than \(limits.maxSchemaDepth) levels"
            )
        }
        let id = drafts.count
        drafts.append(SchemaRules(location: location))
        nodeAtLocation[location] = id
        queue.append((value: value, location: location, depth: depth, node: id))
        return id
    }

    private mutating func compileQueued(
        _ value: JSONValue, at location: [String], depth: Int, node id: SchemaNodeID
    ) throws(SchemaError) {
        switch value {
        case .bool(let flag):
            drafts[id].constant = flag
        case .object(let object):
            drafts[id] = try compileObjectSchema(object, at: location, depth: depth, id: id)
        default:
            throw SchemaError(
                kind: .invalidKeyword, location: location,
                message: "a schema must be an object or a boolean, got \(value.typeName)"
            )
        }
    }

    private mutating func compileObjectSchema(
        _ object: JSONObject, at location: [String], depth: Int, id: SchemaNodeID
    ) throws(SchemaError) -> SchemaRules {
        var rules = SchemaRules(location: location)
        var conditionParts: [String: SchemaNodeID] = [:]
        for (keyword, value) in object.members {
            let here = location + [keyword]
            switch keyword {
            case "if", "then", "else":
                conditionParts[keyword] = try compileSubschema(value, at: here, depth: depth + 1)
            case "$ref":
                try compileReference(value, at: here, node: id)
            default:
                try compileKeyword(keyword, value, at: here, depth: depth, into: &rules)
            }
        }
        if let condition = conditionParts["if"] {
            rules.condition = ConditionRules(
                condition: condition, then: conditionParts["then"], otherwise: conditionParts["else"]
            )
        }
        return rules
    }
}
