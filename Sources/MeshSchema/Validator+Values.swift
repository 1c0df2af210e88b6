// Keywords about the value itself: type, const, enum, and number and string constraints.

extension Validator {
    /// `type`, `const`, `enum`, then the number or string keywords.
    mutating func checkValue(_ value: JSONValue, _ node: SchemaNode) -> Bool {
        if let types = node.types, !types.admits(value) {
            return fail(.type(expected: types.names, actual: value.typeName))
        }
        if let expected = node.constValue, value != expected {
            return fail(.const(expected))
        }
        if let allowed = node.enumValues {
            guard spend(allowed.count) else { return false }
            if !allowed.contains(value) { return fail(.enumeration(allowed)) }
        }
        switch value {
        case .number(let number):
            if let numbers = node.numbers { return checkNumber(number, numbers) }
        case .string(let string):
            if let strings = node.strings { return checkString(string, strings) }
        default:
            break
        }
        return true
    }

    /// Bounds and `multipleOf`, compared exactly on the decimal values.
    private mutating func checkNumber(_ number: JSONNumber, _ rules: NumberRules) -> Bool {
        let value = number.decimal
        if let bound = rules.minimum, value < bound.value {
            return fail(.minimum(bound.literal))
        }
        if let bound = rules.exclusiveMinimum, !(bound.value < value) {
            return fail(.exclusiveMinimum(bound.literal))
        }
        if let bound = rules.maximum, bound.value < value {
            return fail(.maximum(bound.literal))
        }
        if let bound = rules.exclusiveMaximum, !(value < bound.value) {
            return fail(.exclusiveMaximum(bound.literal))
        }
        if let divisor = rules.multipleOf, !value.isMultiple(of: divisor) {
            return fail(.multipleOf(divisor.literal))
        }
        return true
    }

    /// Lengths in Unicode scalars, then `pattern`.
    private mutating func checkString(_ string: String, _ rules: StringRules) -> Bool {
        if rules.minLength != nil || rules.maxLength != nil {
            let length = string.unicodeScalars.count
            if let minimum = rules.minLength, length < minimum { return fail(.minLength(minimum)) }
            if let maximum = rules.maxLength, length > maximum { return fail(.maxLength(maximum)) }
        }
        if let pattern = rules.pattern, !matches(pattern, string) {
            return !isAborted && fail(.pattern(pattern.source))
        }
        return true
    }

    /// Runs `pattern` on `string`, charging its steps; false (and aborted) when they run out.
    /// Out of line: the regex machine's state must not sit in the recursive frames that call it.
    @inline(never)
    mutating func matches(_ pattern: SchemaPattern, _ string: String) -> Bool {
        guard let matched = pattern.matches(string, steps: &steps, stepLimit: stepLimit) else {
            return stop(.stepLimit(stepLimit))
        }
        return matched
    }
}
