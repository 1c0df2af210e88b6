// Keywords about arrays and objects.

extension Validator {
    /// `minItems`, `maxItems`, `prefixItems`/`items` per element, `uniqueItems`, `contains`.
    mutating func checkArray(_ elements: [JSONValue], _ node: SchemaNode) -> Bool {
        guard let rules = node.arrays else { return true }
        if let minimum = rules.minItems, elements.count < minimum { return fail(.minItems(minimum)) }
        if let maximum = rules.maxItems, elements.count > maximum { return fail(.maxItems(maximum)) }
        var index = 0
        while index < elements.count {
            let isPrefix = index < rules.prefixItems.count
            guard let schema = isPrefix ? rules.prefixItems[index] : rules.items else { break }
            if isFalse(schema) {
                return fail(.unexpectedItem(keyword: isPrefix ? "prefixItems" : "items", index: index))
            }
            guard validate(elements[index], at: String(index), against: schema) else { return false }
            index += 1
        }
        if rules.uniqueItems, !checkUnique(elements) { return false }
        if let contains = rules.contains { return checkContains(elements, contains, rules) }
        return true
    }

    /// Hashing makes this linear; equality is JSON equality (`1` equals `1.0`).
    private mutating func checkUnique(_ elements: [JSONValue]) -> Bool {
        guard spend(elements.count) else { return false }
        var seen: [JSONValue: Int] = [:]
        for (index, element) in elements.enumerated() {
            if let earlier = seen.updateValue(index, forKey: element) {
                return fail(.duplicateItems(earlier, index))
            }
        }
        return true
    }

    private mutating func checkContains(
        _ elements: [JSONValue], _ contains: SchemaNodeID, _ rules: ArrayRules
    ) -> Bool {
        var matches = 0
        var index = 0
        while index < elements.count {
            if validate(elements[index], at: String(index), against: contains) {
                matches += 1
                // Enough matches and no upper bound: the rest cannot change the outcome.
                if matches >= rules.minContains, rules.maxContains == nil { return true }
            } else if isAborted {
                return false
            }
            index += 1
        }
        if matches < rules.minContains { return fail(.minContains(rules.minContains)) }
        if let maximum = rules.maxContains, matches > maximum { return fail(.maxContains(maximum)) }
        return true
    }

    /// Counts and dependencies first, then `propertyNames` and each member in document order,
    /// then `dependentSchemas`.
    mutating func checkObject(_ object: JSONObject, _ node: SchemaNode) -> Bool {
        guard let rules = node.objects else { return true }
        guard checkCounts(object, rules) else { return false }
        if let names = rules.propertyNames, !checkPropertyNames(object, names) { return false }
        var index = 0
        while index < object.members.count {
            guard checkMember(object.members[index].key, object.members[index].value, rules) else { return false }
            index += 1
        }
        for dependent in rules.dependentSchemas where object.contains(dependent.name) {
            guard validate(.object(object), against: dependent.node) else { return false }
        }
        return true
    }

    /// `required`, `minProperties`, `maxProperties`, `dependentRequired`.
    private mutating func checkCounts(_ object: JSONObject, _ rules: ObjectRules) -> Bool {
        for name in rules.required where !object.contains(name) {
            return fail(.required(name))
        }
        if let minimum = rules.minProperties, object.count < minimum { return fail(.minProperties(minimum)) }
        if let maximum = rules.maxProperties, object.count > maximum { return fail(.maxProperties(maximum)) }
        for (trigger, needed) in rules.dependentRequired where object.contains(trigger) {
            for name in needed where !object.contains(name) {
                return fail(.dependentRequired(missing: name, trigger: trigger))
            }
        }
        return true
    }

    /// Each key, as a string, against `propertyNames`; reported at the object.
    private mutating func checkPropertyNames(_ object: JSONObject, _ schema: SchemaNodeID) -> Bool {
        for key in object.keys where !validate(.string(key), against: schema) {
            if isAborted { return false }
            return fail(.propertyName(key, reason: failure?.message ?? ""))
        }
        return true
    }

    /// One member against `properties` and every matching `patternProperties`, or else
    /// `additionalProperties`. A `false` subschema is reported at the object.
    private mutating func checkMember(_ key: String, _ value: JSONValue, _ rules: ObjectRules) -> Bool {
        let declared = Self.declaredSchema(key, rules)
        if let declared, !checkMember(key, value, declared, "properties") { return false }
        var matched = declared != nil
        if !rules.patternProperties.isEmpty, !checkPatternProperties(key, value, rules, &matched) { return false }
        if !matched, let schema = rules.additionalProperties {
            return checkMember(key, value, schema, "additionalProperties")
        }
        return true
    }

    /// The `properties` subschema for `key`. Out of line: hashing state would otherwise sit in
    /// every recursive frame.
    @inline(never)
    private static func declaredSchema(_ key: String, _ rules: ObjectRules) -> SchemaNodeID? {
        rules.propertyIndex[key]
    }

    private mutating func checkPatternProperties(
        _ key: String, _ value: JSONValue, _ rules: ObjectRules, _ matched: inout Bool
    ) -> Bool {
        for (pattern, schema) in rules.patternProperties {
            if matches(pattern, key) {
                matched = true
                guard checkMember(key, value, schema, "patternProperties") else { return false }
            } else if isAborted {
                return false
            }
        }
        return true
    }

    @inline(never)
    private mutating func checkMember(
        _ key: String, _ value: JSONValue, _ schema: SchemaNodeID, _ keyword: String
    ) -> Bool {
        if isFalse(schema) { return fail(.unexpectedProperty(keyword: keyword, name: key)) }
        return validate(value, at: key, against: schema)
    }
}
