extension Arguments {
    /// Checks the positional count of a built-in function (CPython's messages).
    func expect(_ name: String, min: Int, max: Int, allowKeywords: Set<String> = []) throws(PyError) {
        for keyword in keywords where !allowKeywords.contains(keyword.name) {
            if allowKeywords.isEmpty {
                throw Errors.typeError("\(name)() takes no keyword arguments")
            }
            throw Errors.typeError("'\(keyword.name)' is an invalid keyword argument for \(name)()")
        }
        let n = positional.count
        if n < min || n > max {
            if min == max {
                if min == 0 { throw Errors.typeError("\(name)() takes no arguments (\(n) given)") }
                if min == 1 { throw Errors.typeError("\(name)() takes exactly one argument (\(n) given)") }
                throw Errors.typeError("\(name) expected \(min) arguments, got \(n)")
            }
            if n < min {
                throw Errors.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            throw Errors.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    /// Checks a method's arguments (`self` excluded from the counts in messages).
    func expectMethod(_ name: String, min: Int, max: Int, allowKeywords: Set<String> = []) throws(PyError) {
        for keyword in keywords where !allowKeywords.contains(keyword.name) {
            if allowKeywords.isEmpty { throw Errors.typeError("\(name)() takes no keyword arguments") }
            throw Errors.typeError("\(name)() got an unexpected keyword argument '\(keyword.name)'")
        }
        let n = positional.count - 1
        if n < min || n > max {
            if min == max {
                if min == 0 { throw Errors.typeError("\(name)() takes no arguments (\(n) given)") }
                if min == 1 { throw Errors.typeError("\(name)() takes exactly one argument (\(n) given)") }
                throw Errors.typeError("\(name) expected \(min) arguments, got \(n)")
            }
            if n < min { throw Errors.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
            throw Errors.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    /// Positional argument `i`, or keyword `name`, or `nil`.
    func argument(_ i: Int, _ name: String) -> Value? {
        if i < positional.count { return positional[i] }
        return keyword(name)
    }
}

extension VM {
    /// An `int` argument (bools accepted), with CPython's message otherwise.
    func intArgument(_ value: Value) throws(PyError) -> Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            if let small = (o as? PyBigInt)?.small { return small }
            throw Errors.overflowError("Python int too large to convert to C ssize_t")
        default: throw Errors.notAnInteger(value)
        }
    }

    /// A `str` argument.
    func strArgument(_ value: Value, _ context: String) throws(PyError) -> PyStr {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw Errors.typeError("\(context) must be str, not \(value.typeName)")
        }
        return s
    }

    /// Stable merge sort with a Python comparison that may raise (`sorted`, `list.sort`).
    func stableSort(_ items: inout [Value], keys: [Value]?, reverse: Bool) throws(PyError) {
        let count = items.count
        guard count > 1 else { return }
        var order = Array(0..<count)
        var buffer = order
        let sortKeys = keys ?? items
        func less(_ a: Int, _ b: Int) throws(PyError) -> Bool {
            let (x, y) = reverse ? (sortKeys[b], sortKeys[a]) : (sortKeys[a], sortKeys[b])
            if case .int(let i) = x, case .int(let j) = y { return i < j }
            return try isTruthy(try compareOperation(.less, x, y))
        }
        var width = 1
        while width < count {
            var start = 0
            while start < count {
                let mid = min(start + width, count), end = min(start + 2 * width, count)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    // Take from the right run only when strictly smaller: stability.
                    if try less(order[j], order[i]) {
                        buffer[k] = order[j]
                        j += 1
                    } else {
                        buffer[k] = order[i]
                        i += 1
                    }
                    k += 1
                }
                while i < mid { buffer[k] = order[i]; i += 1; k += 1 }
                while j < end { buffer[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &buffer)
            width *= 2
        }
        items = order.map { items[$0] }
    }
}
