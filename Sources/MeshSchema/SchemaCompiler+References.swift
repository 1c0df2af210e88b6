// `$ref` resolution and the check that subschemas do not apply each other in a loop.

extension SchemaCompiler {
    /// Records a `$ref` of subschema `node`; it is resolved once every subschema is compiled.
    ///
    /// Only references into the same document are supported: `#` and `#/JSON-Pointer`
    /// (percent-encoded as in a URI fragment). Remote references and `#anchor`s are rejected.
    mutating func compileReference(_ value: JSONValue, at here: [String], node: SchemaNodeID) throws(SchemaError) {
        guard case .string(let reference) = value else { throw invalid(here, "must be a string", value) }
        guard reference.first == "#" else {
            throw SchemaError(
                kind: .unsupported, location: here,
                message: "only references within the schema ('#' or '#/...') are supported, "
                    + "got \(SchemaMessage.quoted(reference))"
            )
        }
        let fragment = reference.dropFirst()
        guard fragment.isEmpty || fragment.first == "/" else {
            throw SchemaError(
                kind: .unsupported, location: here,
                message: "anchor references such as \(SchemaMessage.quoted(reference)) are not supported"
            )
        }
        guard let target = JSONPointer.tokens(ofFragment: fragment) else {
            throw SchemaError(
                kind: .invalidKeyword, location: here,
                message: "\(SchemaMessage.quoted(reference)) is not a valid JSON Pointer fragment"
            )
        }
        pendingReferences.append((node: node, target: target, location: here))
    }

    /// Points every `$ref` at the node compiled for its target.
    mutating func resolveReferences() throws(SchemaError) {
        for pending in pendingReferences {
            guard let target = nodeAtLocation[pending.target] else {
                let shown = SchemaMessage.quoted("#" + JSONPointer.render(pending.target))
                let exists = Self.value(at: pending.target, in: document) != nil
                throw SchemaError(
                    kind: .unresolvableReference, location: pending.location,
                    message: exists ? "\(shown) does not point at a subschema" : "\(shown) does not exist"
                )
            }
            drafts[pending.node].reference = target
        }
    }

    /// The value at `tokens` in `document`, or nil.
    private static func value(at tokens: [String], in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The subschemas a node applies to the same value, with the keyword doing so.
    private func sameValueEdges(of id: SchemaNodeID) -> [(target: SchemaNodeID, keyword: [String])] {
        let rules = drafts[id]
        var edges: [(target: SchemaNodeID, keyword: [String])] = []
        if let reference = rules.reference { edges.append((reference, ["$ref"])) }
        for (name, nodes) in [("allOf", rules.allOf), ("anyOf", rules.anyOf), ("oneOf", rules.oneOf)] {
            for (index, node) in nodes.enumerated() { edges.append((node, [name, String(index)])) }
        }
        if let not = rules.not { edges.append((not, ["not"])) }
        if let condition = rules.condition {
            edges.append((condition.condition, ["if"]))
            if let then = condition.then { edges.append((then, ["then"])) }
            if let otherwise = condition.otherwise { edges.append((otherwise, ["else"])) }
        }
        for dependent in rules.objects?.dependentSchemas ?? [] {
            edges.append((dependent.node, ["dependentSchemas", dependent.name]))
        }
        return edges
    }

    /// Rejects subschemas that apply each other to the same value in a loop, such as
    /// `{"$ref": "#"}`: validating with them would never finish. Loops through a nested value
    /// (`items`, `properties`, …) are fine, since values are finite.
    ///
    /// Depth-first search with an explicit stack: the graph can be as large as the schema.
    mutating func checkForLoops() throws(SchemaError) {
        enum Mark { case unvisited, onPath, done }
        var marks = [Mark](repeating: .unvisited, count: drafts.count)
        for start in drafts.indices where marks[start] == .unvisited {
            var path: [(node: SchemaNodeID, edges: [(target: SchemaNodeID, keyword: [String])], next: Int)] = []
            marks[start] = .onPath
            path.append((start, sameValueEdges(of: start), 0))
            while let top = path.indices.last {
                let (node, edges, next) = path[top]
                guard next < edges.count else {
                    marks[node] = .done
                    path.removeLast()
                    continue
                }
                path[top].next += 1
                let edge = edges[next]
                switch marks[edge.target] {
                case .done:
                    continue
                case .onPath:
                    throw loopError(path.map(\.node), closedBy: edge, from: node)
                case .unvisited:
                    marks[edge.target] = .onPath
                    path.append((edge.target, sameValueEdges(of: edge.target), 0))
                }
            }
        }
    }

    private func loopError(
        _ path: [SchemaNodeID], closedBy edge: (target: SchemaNodeID, keyword: [String]), from node: SchemaNodeID
    ) -> SchemaError {
        let loop = path.drop { $0 != edge.target } + [edge.target]
        let shown = loop.map { "#" + JSONPointer.render(drafts[$0].location) }.joined(separator: " → ")
        return SchemaError(
            kind: .referenceCycle, location: drafts[node].location + edge.keyword,
            message: "subschemas apply each other to the same value in a loop: \(shown)"
        )
    }
}
