extension JSONSchema {
    /// Validates `value` and returns the first violation, or nil when it is valid.
    ///
    /// Deterministic: keywords are checked in a fixed order — `type`, `const`, `enum`, the
    /// keywords for the value's type, then `$ref`, `allOf`, `anyOf`, `oneOf`, `not`,
    /// `if`/`then`/`else` — and array elements and object members in document order. Within an
    /// object: `required`, `minProperties`, `maxProperties`, `dependentRequired`,
    /// `propertyNames`, then each member against `properties`, `patternProperties` and
    /// `additionalProperties`, then `dependentSchemas`. Within an array: `minItems`,
    /// `maxItems`, each element against `prefixItems`/`items`, `uniqueItems`, `contains`.
    ///
    /// Never traps and always finishes: when ``SchemaLimits/maxValidationDepth`` or
    /// ``SchemaLimits/maxValidationSteps`` is reached the value is reported invalid, with the
    /// limit's name as the violation's keyword.
    public func validate(_ value: JSONValue) -> SchemaViolation? {
        var validator = Validator(nodes: nodes, limits: limits)
        if validator.validate(value, against: Self.root) { return nil }
        return validator.abort ?? validator.failure
            ?? SchemaViolation(path: [], keyword: "", message: "invalid")
    }

    /// True when ``validate(_:)`` finds no violation.
    public func isValid(_ value: JSONValue) -> Bool {
        validate(value) == nil
    }
}

/// One validation: the instance path so far, the work spent, and the last violation found.
///
/// Validation recurses once per subschema applied, so the functions on that path are kept
/// lean: they return `Bool`, never throw, and leave message text to ``SchemaFailure`` out of
/// line. A value at the parser's 512-level limit through a recursive schema then needs about
/// 0.4 MiB of stack in an optimized build (see ``SchemaLimits/maxValidationDepth``).
struct Validator {
    let nodes: [SchemaNode]
    let limits: SchemaLimits
    /// Reference tokens of the value being checked.
    var path: [String] = []
    var depth = 0
    var steps = 0
    /// ``SchemaLimits/maxValidationSteps``, capped so that counting can never overflow.
    let stepLimit: Int
    /// The violation behind the most recent `false`; a combinator trying branches may discard
    /// it.
    var failure: SchemaViolation?
    /// Set when a limit stops the validation. Unlike ``failure`` it is final: a budget
    /// exhausted inside `not` or `anyOf` must not turn into a verdict about the value.
    var abort: SchemaViolation?
    var isAborted = false

    init(nodes: [SchemaNode], limits: SchemaLimits) {
        self.nodes = nodes
        self.limits = limits
        stepLimit = min(limits.maxValidationSteps, Int.max / 4)
    }

    /// True when `value` matches subschema `id`; otherwise ``failure`` or ``abort`` says why.
    mutating func validate(_ value: JSONValue, against id: SchemaNodeID) -> Bool {
        guard spend(1) else { return false }
        guard depth < limits.maxValidationDepth else { return stop(.depthLimit(limits.maxValidationDepth)) }
        guard nodes.indices.contains(id) else { return stop(.badReference) }
        depth += 1
        defer { depth -= 1 }
        let node = nodes[id]
        if let constant = node.constant {
            return constant || fail(.falseSchema)
        }
        guard checkValue(value, node) else { return false }
        if case .array(let elements) = value, node.arrays != nil {
            guard checkArray(elements, node) else { return false }
        } else if case .object(let object) = value, node.objects != nil {
            guard checkObject(object, node) else { return false }
        }
        return checkApplicators(value, node)
    }

    /// `value` at `token` below the current path against subschema `id`.
    mutating func validate(_ value: JSONValue, at token: String, against id: SchemaNodeID) -> Bool {
        path.append(token)
        defer { path.removeLast() }
        return validate(value, against: id)
    }

    /// Charges `units` of work against ``SchemaLimits/maxValidationSteps``; false once spent.
    ///
    /// `units` is at most the size of something in memory, so the sum cannot overflow.
    mutating func spend(_ units: Int) -> Bool {
        steps += units
        return steps <= stepLimit || stop(.stepLimit(stepLimit))
    }

    /// Records `failure` at the current path; returns false for `return fail(…)`.
    @inline(never)
    mutating func fail(_ failure: SchemaFailure) -> Bool {
        self.failure = SchemaViolation(path: path, keyword: failure.keyword, message: failure.message)
        return false
    }

    /// Ends the validation because of a limit; returns false.
    @inline(never)
    mutating func stop(_ failure: SchemaFailure) -> Bool {
        if !isAborted {
            abort = SchemaViolation(path: path, keyword: failure.keyword, message: failure.message)
            isAborted = true
        }
        return false
    }

    /// True when subschema `id` is the schema `false`.
    func isFalse(_ id: SchemaNodeID) -> Bool {
        nodes.indices.contains(id) && nodes[id].constant == false
    }

    /// `$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`: subschemas applied to the
    /// same value.
    private mutating func checkApplicators(_ value: JSONValue, _ node: SchemaNode) -> Bool {
        if let reference = node.reference, !validate(value, against: reference) { return false }
        for branch in node.allOf where !validate(value, against: branch) { return false }
        if !node.anyOf.isEmpty, firstMatch(value, node.anyOf, after: -1) < 0 {
            return !isAborted && fail(.anyOf)
        }
        if !node.oneOf.isEmpty, !checkOneOf(value, node.oneOf) { return false }
        if let not = node.not {
            if validate(value, against: not) { return fail(.not) }
            if isAborted { return false }
        }
        if let condition = node.condition {
            let holds = validate(value, against: condition.condition)
            if isAborted { return false }
            if let branch = holds ? condition.then : condition.otherwise {
                return validate(value, against: branch)
            }
        }
        return true
    }

    private mutating func checkOneOf(_ value: JSONValue, _ branches: [SchemaNodeID]) -> Bool {
        let first = firstMatch(value, branches, after: -1)
        if isAborted { return false }
        guard first >= 0 else { return fail(.oneOfNone) }
        let second = firstMatch(value, branches, after: first)
        if isAborted { return false }
        return second < 0 || fail(.oneOfMany(first, second))
    }

    /// The index of the first branch after `start` that `value` matches, or -1 (also when
    /// aborted).
    private mutating func firstMatch(_ value: JSONValue, _ branches: [SchemaNodeID], after start: Int) -> Int {
        var index = start + 1
        while index < branches.count {
            if validate(value, against: branches[index]) { return index }
            if isAborted { return -1 }
            index += 1
        }
        return -1
    }
}
