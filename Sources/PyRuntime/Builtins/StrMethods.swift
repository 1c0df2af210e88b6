/// `str`: constructor and methods. Text is handled as Unicode scalars (Python code points),
/// never as Swift `Character`s (grapheme clusters would merge `"\r\n"`).
enum StrMethods {
    typealias Scalars = [Unicode.Scalar]

    static func receiver(_ args: Arguments) -> PyStr {
        if case .object(let o) = args.positional[0], let s = o as? PyStr { return s }
        return PyStr("")
    }

    static func text(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Finds `needle` in `haystack[start..<end]` (code points); `-1` when absent.
    static func find(_ haystack: Scalars, _ needle: Scalars, _ start: Int, _ end: Int, reverse: Bool) -> Int {
        if needle.count > end - start { return -1 }
        if needle.isEmpty { return reverse ? end : start }
        let first = needle[0]
        func matches(at i: Int) -> Bool {
            guard haystack[i] == first else { return false }
            var j = 1
            while j < needle.count {
                if haystack[i + j] != needle[j] { return false }
                j += 1
            }
            return true
        }
        if reverse {
            var i = end - needle.count
            while i >= start {
                if matches(at: i) { return i }
                i -= 1
            }
        } else {
            var i = start
            let last = end - needle.count
            while i <= last {
                if matches(at: i) { return i }
                i += 1
            }
        }
        return -1
    }

    /// Clamps optional `start`/`end` arguments like slice bounds.
    static func bounds(_ vm: VM, _ args: Arguments, from index: Int, count: Int) throws(PyError) -> (Int, Int) {
        func clamp(_ v: Value?, _ fallback: Int) throws(PyError) -> Int {
            guard let v, !v.isNone else { return fallback }
            let i = try vm.intArgument(v)
            return i < 0 ? max(0, i + count) : min(i, count)
        }
        let start = try clamp(index < args.positional.count ? args.positional[index] : nil, 0)
        let end = try clamp(index + 1 < args.positional.count ? args.positional[index + 1] : nil, count)
        return (start, end)
    }

    static func stringArg(_ vm: VM, _ args: Arguments, _ i: Int, _ method: String) throws(PyError) -> PyStr {
        let value = args.positional[i]
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw Errors.typeError("must be str, not \(value.typeName)")
        }
        _ = method
        return s
    }

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("str", min: 0, max: 3, allowKeywords: ["encoding", "errors"])
        guard let value = args.positional.first else { return .str("") }
        if case .object(let o) = value, let b = o as? PyBytes, args.positional.count > 1 || args.keyword("encoding") != nil {
            return .str(String(decoding: b.bytes, as: UTF8.self))
        }
        let result = try vm.str(value)
        return type === BuiltinTypes.str ? .str(result) : .object(PyStr(result, type: type))
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable(basic + searching + layout + predicates + [
        ("maketrans", .object(PyMethodWrapper(function: .object(PyBuiltinFunction("maketrans", maketrans)),
                                              type: BuiltinTypes.staticMethod))),
    ])

    /// `str.maketrans(x[, y[, z]])`.
    static func maketrans(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("maketrans", min: 1, max: 3)
        let table = PyDict()
        if args.positional.count == 1 {
            guard case .object(let o) = args.positional[0], let source = o as? PyDict else {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in source.entries {
                if case .object(let k) = key, let s = k as? PyStr {
                    guard s.count == 1 else { throw Errors.valueError("string keys in translate table must be of length 1") }
                    try table.set(.int(Int(s.scalar(at: 0).value)), value, vm: vm)
                } else {
                    try table.set(key, value, vm: vm)
                }
            }
            return .object(table)
        }
        let from = Array(try vm.strArgument(args.positional[0], "maketrans() argument 1").value.unicodeScalars)
        let to = Array(try vm.strArgument(args.positional[1], "maketrans() argument 2").value.unicodeScalars)
        guard from.count == to.count else {
            throw Errors.valueError("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(from, to) { try table.set(.int(Int(a.value)), .int(Int(b.value)), vm: vm) }
        if args.positional.count == 3 {
            for c in try vm.strArgument(args.positional[2], "maketrans() argument 3").value.unicodeScalars {
                try table.set(.int(Int(c.value)), .none, vm: vm)
            }
        }
        return .object(table)
    }

    nonisolated(unsafe) static let basic: [(String, Value)] = [
        method("str", "upper") { _, args throws(PyError) in .str(receiver(args).value.uppercased()) },
        method("str", "lower") { _, args throws(PyError) in .str(receiver(args).value.lowercased()) },
        method("str", "casefold") { _, args throws(PyError) in
            .str(text(receiver(args).value.lowercased().unicodeScalars.flatMap { $0 == "ß" ? ["s", "s"] : [$0] }))
        },
        method("str", "swapcase") { _, args throws(PyError) in
            .str(text(receiver(args).value.unicodeScalars.flatMap { s -> [Unicode.Scalar] in
                let str = String(s)
                let swapped = s.properties.isUppercase ? str.lowercased() : (s.properties.isLowercase ? str.uppercased() : str)
                return Array(swapped.unicodeScalars)
            }))
        },
        method("str", "capitalize") { _, args throws(PyError) in
            let s = receiver(args).value
            guard let first = s.unicodeScalars.first else { return .str("") }
            return .str(first.properties.titlecaseMapping + String(s.unicodeScalars.dropFirst()).lowercased())
        },
        method("str", "title") { _, args throws(PyError) in
            var out = ""
            var previousCased = false
            for s in receiver(args).value.unicodeScalars {
                let cased = s.properties.isCased
                if cased {
                    out += previousCased ? s.properties.lowercaseMapping : s.properties.titlecaseMapping
                } else {
                    out.unicodeScalars.append(s)
                }
                previousCased = cased
            }
            return .str(out)
        },
        method("str", "strip") { vm, args throws(PyError) in try strip(vm, args, left: true, right: true) },
        method("str", "lstrip") { vm, args throws(PyError) in try strip(vm, args, left: true, right: false) },
        method("str", "rstrip") { vm, args throws(PyError) in try strip(vm, args, left: false, right: true) },
        method("str", "split") { vm, args throws(PyError) in try split(vm, args, reverse: false) },
        method("str", "rsplit") { vm, args throws(PyError) in try split(vm, args, reverse: true) },
        method("str", "splitlines") { vm, args throws(PyError) in
            let keep = try vm.isTruthy(args.argument(1, "keepends") ?? .false)
            var lines: [Value] = []
            var current: Scalars = []
            let scalars = Array(receiver(args).value.unicodeScalars)
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                switch s.value {
                case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                    var ending: Scalars = [s]
                    if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        ending.append("\n")
                        i += 1
                    }
                    lines.append(.str(text(keep ? current + ending : current)))
                    current = []
                default:
                    current.append(s)
                }
                i += 1
            }
            if !current.isEmpty { lines.append(.str(text(current))) }
            return .list(lines)
        },
        method("str", "join") { vm, args throws(PyError) in
            try args.expectMethod("join", min: 1, max: 1)
            let separator = receiver(args).value
            var parts: [String] = []
            guard vm.isIterable(args.positional[1]) else { throw Errors.typeError("can only join an iterable") }
            for (i, item) in try vm.collect(args.positional[1]).enumerated() {
                guard case .object(let o) = item, let s = o as? PyStr else {
                    throw Errors.typeError("sequence item \(i): expected str instance, \(item.typeName) found")
                }
                parts.append(s.value)
            }
            let total = parts.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * max(0, parts.count - 1)
            try vm.reserveMemory(total)
            return .str(parts.joined(separator: separator))
        },
        method("str", "replace") { vm, args throws(PyError) in
            try args.expectMethod("replace", min: 2, max: 3)
            let s = Array(receiver(args).value.unicodeScalars)
            let old = Array(try stringArg(vm, args, 1, "replace").value.unicodeScalars)
            let new = Array(try stringArg(vm, args, 2, "replace").value.unicodeScalars)
            var limit = args.positional.count > 3 ? try vm.intArgument(args.positional[3]) : -1
            if limit < 0 { limit = Int.max }
            // Size the result before building it, so a huge replacement is a MemoryError.
            var occurrences = 0
            if old.isEmpty {
                occurrences = min(limit, s.count + 1)
            } else {
                var position = 0
                while occurrences < limit {
                    let found = find(s, old, position, s.count, reverse: false)
                    if found < 0 { break }
                    occurrences += 1
                    position = found + old.count
                }
            }
            try vm.reserveMemory(s.count.saturatingMultiply(4)
                .addingReportingOverflow(occurrences.saturatingMultiply(new.count).saturatingMultiply(4)).partialValue)
            var out: Scalars = []
            var i = 0, replaced = 0
            if old.isEmpty {
                while replaced < limit && i <= s.count {
                    out += new
                    replaced += 1
                    if i < s.count { out.append(s[i]) }
                    i += 1
                }
                if i <= s.count { out += s[i...] }
                return .str(text(out))
            }
            while i < s.count {
                if replaced < limit, i + old.count <= s.count, s[i] == old[0], Array(s[i..<(i + old.count)]) == old {
                    out += new
                    i += old.count
                    replaced += 1
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            try vm.reserveMemory(out.count)
            return .str(text(out))
        },
        method("str", "format") { vm, args throws(PyError) in
            .str(try StringFormatter.format(vm, receiver(args).value, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)))
        },
        method("str", "format_map") { vm, args throws(PyError) in
            try args.expectMethod("format_map", min: 1, max: 1)
            return .str(try StringFormatter.format(vm, receiver(args).value, Arguments(), mapping: args.positional[1]))
        },
        method("str", "encode") { vm, args throws(PyError) in try encode(vm, args) },
        method("str", "translate") { vm, args throws(PyError) in
            try args.expectMethod("translate", min: 1, max: 1)
            let table = args.positional[1]
            var out = String.UnicodeScalarView()
            for scalar in receiver(args).value.unicodeScalars {
                let mapped: Value
                do throws(PyError) {
                    mapped = try vm.getItem(table, .int(Int(scalar.value)))
                } catch {
                    if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.lookupError) {
                        out.append(scalar)
                        continue
                    }
                    throw error
                }
                switch mapped {
                case .none: continue
                case .int(let code):
                    guard code >= 0, code <= 0x10FFFF, let s = Unicode.Scalar(UInt32(code)) else {
                        throw Errors.valueError("character mapping must be in range(0x110000)")
                    }
                    out.append(s)
                case .object(let o) where o is PyStr:
                    out.append(contentsOf: (o as? PyStr)?.value.unicodeScalars ?? "".unicodeScalars)
                default:
                    throw Errors.typeError("character mapping must return integer, None or str")
                }
            }
            return .str(String(out))
        },
        method("str", "removeprefix") { vm, args throws(PyError) in
            let s = receiver(args).value, prefix = try stringArg(vm, args, 1, "removeprefix").value
            return .str(s.utf8.starts(with: prefix.utf8) ? String(decoding: s.utf8.dropFirst(prefix.utf8.count), as: UTF8.self) : s)
        },
        method("str", "removesuffix") { vm, args throws(PyError) in
            let s = receiver(args).value, suffix = try stringArg(vm, args, 1, "removesuffix").value
            guard !suffix.isEmpty, s.utf8.reversed().starts(with: suffix.utf8.reversed()) else { return .str(s) }
            return .str(String(decoding: s.utf8.dropLast(suffix.utf8.count), as: UTF8.self))
        },
        method("str", "__getitem__") { vm, args throws(PyError) in try vm.getItem(args.positional[0], args.positional[1]) },
        method("str", "__len__") { vm, args throws(PyError) in .int(receiver(args).count) },
        method("str", "__contains__") { vm, args throws(PyError) in .bool(try vm.contains(args.positional[0], args.positional[1])) },
    ]

    /// `str.encode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and Latin-1.
    static func encode(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expectMethod("encode", min: 0, max: 2, allowKeywords: ["encoding", "errors"])
        let s = receiver(args)
        let encoding = try args.argument(1, "encoding").map { v throws(PyError) in try vm.strArgument(v, "encode() argument 'encoding'").value } ?? "utf-8"
        let errors = try args.argument(2, "errors").map { v throws(PyError) in try vm.strArgument(v, "encode() argument 'errors'").value } ?? "strict"
        let normalized = encoding.lowercased().replacingOccurrences(of: "_", with: "-")
        let limit: UInt32
        let codec: String
        switch normalized {
        case "utf-8", "utf8": return .object(PyBytes(Array(s.value.utf8)))
        case "ascii", "us-ascii": limit = 0x80; codec = "ascii"
        case "latin-1", "latin1", "iso-8859-1": limit = 0x100; codec = "latin-1"
        default: throw Errors.make(ExceptionTypes.lookupError, "unknown encoding: \(encoding)")
        }
        var bytes: [UInt8] = []
        for (position, scalar) in s.value.unicodeScalars.enumerated() {
            if scalar.value < limit {
                bytes.append(UInt8(scalar.value))
                continue
            }
            switch errors {
            case "ignore": continue
            case "replace": bytes.append(0x3F)
            default:
                let shown = scalar.value < 0x100 ? "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                    : scalar.value < 0x10000 ? "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                    : "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
                throw Errors.make(ExceptionTypes.unicodeEncodeError,
                                  "'\(codec)' codec can't encode character '\(shown)' in position \(position): ordinal not in range(\(limit))")
            }
        }
        return .object(PyBytes(bytes))
    }

    static func strip(_ vm: VM, _ args: Arguments, left: Bool, right: Bool) throws(PyError) -> Value {
        let scalars = Array(receiver(args).value.unicodeScalars)
        let chars: Set<Unicode.Scalar>?
        if args.positional.count > 1, !args.positional[1].isNone {
            chars = Set(try stringArg(vm, args, 1, "strip").value.unicodeScalars)
        } else {
            chars = nil
        }
        func strippable(_ s: Unicode.Scalar) -> Bool { chars?.contains(s) ?? isSpace(s) }
        var start = 0, end = scalars.count
        if left { while start < end, strippable(scalars[start]) { start += 1 } }
        if right { while end > start, strippable(scalars[end - 1]) { end -= 1 } }
        return .str(text(scalars[start..<end]))
    }

    static func split(_ vm: VM, _ args: Arguments, reverse: Bool) throws(PyError) -> Value {
        let scalars = Array(receiver(args).value.unicodeScalars)
        let separatorValue = args.argument(1, "sep") ?? .none
        var limit = try (args.argument(2, "maxsplit")).map { v throws(PyError) in try vm.intArgument(v) } ?? -1
        if limit < 0 { limit = Int.max }
        var parts: [Scalars] = []
        if separatorValue.isNone {
            // Runs of whitespace separate; leading and trailing whitespace is dropped.
            var items = reverse ? scalars.reversed() : scalars
            var i = 0
            while i < items.count {
                while i < items.count, isSpace(items[i]) { i += 1 }
                if i == items.count { break }
                if parts.count == limit {
                    parts.append(Array(items[i...]))
                    break
                }
                var word: Scalars = []
                while i < items.count, !isSpace(items[i]) {
                    word.append(items[i])
                    i += 1
                }
                parts.append(word)
            }
            items = []
            if reverse { parts = parts.reversed().map { $0.reversed() } }
            return .list(parts.map { .str(text($0)) })
        }
        let separator = Array(try vm.strArgument(separatorValue, "sep").value.unicodeScalars)
        guard !separator.isEmpty else { throw Errors.valueError("empty separator") }
        if reverse {
            var end = scalars.count
            var pieces: [Scalars] = []
            while pieces.count < limit {
                let found = find(scalars, separator, 0, end, reverse: true)
                if found < 0 { break }
                pieces.append(Array(scalars[(found + separator.count)..<end]))
                end = found
            }
            pieces.append(Array(scalars[0..<end]))
            return .list(pieces.reversed().map { .str(text($0)) })
        }
        var start = 0
        while parts.count < limit {
            let found = find(scalars, separator, start, scalars.count, reverse: false)
            if found < 0 { break }
            parts.append(Array(scalars[start..<found]))
            start = found + separator.count
        }
        parts.append(Array(scalars[start...]))
        return .list(parts.map { .str(text($0)) })
    }

    nonisolated(unsafe) static let searching: [(String, Value)] = [
        method("str", "find") { vm, args throws(PyError) in .int(try search(vm, args, "find", reverse: false, raising: false)) },
        method("str", "rfind") { vm, args throws(PyError) in .int(try search(vm, args, "rfind", reverse: true, raising: false)) },
        method("str", "index") { vm, args throws(PyError) in .int(try search(vm, args, "index", reverse: false, raising: true)) },
        method("str", "rindex") { vm, args throws(PyError) in .int(try search(vm, args, "rindex", reverse: true, raising: true)) },
        method("str", "count") { vm, args throws(PyError) in
            try args.expectMethod("count", min: 1, max: 3)
            let s = Array(receiver(args).value.unicodeScalars)
            let needle = Array(try stringArg(vm, args, 1, "count").value.unicodeScalars)
            var (start, end) = try bounds(vm, args, from: 2, count: s.count)
            if needle.isEmpty { return .int(max(0, end - start + 1)) }
            var n = 0
            while true {
                let found = find(s, needle, start, end, reverse: false)
                if found < 0 { break }
                n += 1
                start = found + needle.count
            }
            end = 0
            return .int(n)
        },
        method("str", "startswith") { vm, args throws(PyError) in try affix(vm, args, "startswith", suffix: false) },
        method("str", "endswith") { vm, args throws(PyError) in try affix(vm, args, "endswith", suffix: true) },
        method("str", "partition") { vm, args throws(PyError) in try partition(vm, args, reverse: false) },
        method("str", "rpartition") { vm, args throws(PyError) in try partition(vm, args, reverse: true) },
    ]

    static func search(_ vm: VM, _ args: Arguments, _ name: String, reverse: Bool, raising: Bool) throws(PyError) -> Int {
        try args.expectMethod(name, min: 1, max: 3)
        let s = Array(receiver(args).value.unicodeScalars)
        let needle = Array(try stringArg(vm, args, 1, name).value.unicodeScalars)
        let (start, end) = try bounds(vm, args, from: 2, count: s.count)
        var beyond = false
        if args.positional.count > 2, case .int(let raw) = args.positional[2], raw > s.count { beyond = true }
        let found = start <= end && !beyond ? find(s, needle, start, end, reverse: reverse) : -1
        if found < 0, raising { throw Errors.valueError("substring not found") }
        return found
    }

    static func affix(_ vm: VM, _ args: Arguments, _ name: String, suffix: Bool) throws(PyError) -> Value {
        try args.expectMethod(name, min: 1, max: 3)
        let s = Array(receiver(args).value.unicodeScalars)
        let (start, end) = try bounds(vm, args, from: 2, count: s.count)
        var candidates: [Value] = [args.positional[1]]
        if case .object(let o) = args.positional[1], let tuple = o as? PyTuple { candidates = tuple.items }
        for candidate in candidates {
            guard case .object(let o) = candidate, let c = o as? PyStr else {
                throw Errors.typeError("\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
            }
            let needle = Array(c.value.unicodeScalars)
            if end - start < needle.count || start > s.count { continue }
            let slice = suffix ? s[(end - needle.count)..<end] : s[start..<(start + needle.count)]
            if Array(slice) == needle { return .true }
        }
        return .false
    }

    static func partition(_ vm: VM, _ args: Arguments, reverse: Bool) throws(PyError) -> Value {
        try args.expectMethod(reverse ? "rpartition" : "partition", min: 1, max: 1)
        let s = Array(receiver(args).value.unicodeScalars)
        let separator = Array(try stringArg(vm, args, 1, "partition").value.unicodeScalars)
        guard !separator.isEmpty else { throw Errors.valueError("empty separator") }
        let found = find(s, separator, 0, s.count, reverse: reverse)
        if found < 0 {
            return reverse ? .tuple([.str(""), .str(""), .str(text(s))]) : .tuple([.str(text(s)), .str(""), .str("")])
        }
        return .tuple([.str(text(s[..<found])), .str(text(separator)), .str(text(s[(found + separator.count)...]))])
    }

    nonisolated(unsafe) static let layout: [(String, Value)] = [
        method("str", "center") { vm, args throws(PyError) in try pad(vm, args, "center") },
        method("str", "ljust") { vm, args throws(PyError) in try pad(vm, args, "ljust") },
        method("str", "rjust") { vm, args throws(PyError) in try pad(vm, args, "rjust") },
        method("str", "zfill") { vm, args throws(PyError) in
            try args.expectMethod("zfill", min: 1, max: 1)
            var s = Array(receiver(args).value.unicodeScalars)
            let width = try vm.intArgument(args.positional[1])
            guard s.count < width else { return .str(text(s)) }
            try vm.reserveMemory(width)
            let fill = Array(repeating: Unicode.Scalar("0"), count: width - s.count)
            if let first = s.first, first == "+" || first == "-" {
                s.insert(contentsOf: fill, at: 1)
            } else {
                s.insert(contentsOf: fill, at: 0)
            }
            return .str(text(s))
        },
        method("str", "expandtabs") { vm, args throws(PyError) in
            let size = try args.argument(1, "tabsize").map { v throws(PyError) in try vm.intArgument(v) } ?? 8
            var out: Scalars = []
            var column = 0
            for s in receiver(args).value.unicodeScalars {
                if s == "\t" {
                    if size > 0 {
                        let spaces = size - column % size
                        try vm.reserveMemory(spaces)
                        out += Array(repeating: " ", count: spaces)
                        column += spaces
                    }
                } else {
                    out.append(s)
                    column = s == "\n" || s == "\r" ? 0 : column + 1
                }
            }
            return .str(text(out))
        },
    ]

    static func pad(_ vm: VM, _ args: Arguments, _ name: String) throws(PyError) -> Value {
        try args.expectMethod(name, min: 1, max: 2)
        let s = receiver(args)
        let width = try vm.intArgument(args.positional[1])
        var fill: Unicode.Scalar = " "
        if args.positional.count > 2 {
            let f = try vm.strArgument(args.positional[2], "fill character")
            guard f.count == 1 else { throw Errors.typeError("The fill character must be exactly one character long") }
            fill = f.scalar(at: 0)
        }
        let total = width - s.count
        guard total > 0 else { return .str(s.value) }
        try vm.reserveMemory(total)
        let left: Int
        switch name {
        case "ljust": left = 0
        case "rjust": left = total
        default: left = total / 2 + (total & width & 1)
        }
        let fillText = String(fill)
        return .str(String(repeating: fillText, count: left) + s.value + String(repeating: fillText, count: total - left))
    }

    nonisolated(unsafe) static let predicates: [(String, Value)] = [
        predicate("isdigit") { $0.properties.numericType == .digit || $0.properties.numericType == .decimal },
        predicate("isdecimal") { $0.properties.numericType == .decimal },
        predicate("isnumeric") { $0.properties.numericType != nil },
        predicate("isalpha") { $0.properties.isAlphabetic },
        predicate("isalnum") { $0.properties.isAlphabetic || $0.properties.numericType != nil },
        predicate("isspace") { isSpace($0) },
        predicate("isascii", emptyIsTrue: true) { $0.isASCII },
        method("str", "isupper") { _, args throws(PyError) in
            let s = receiver(args).value.unicodeScalars
            return .bool(s.contains { $0.properties.isUppercase } && !s.contains { $0.properties.isLowercase })
        },
        method("str", "islower") { _, args throws(PyError) in
            let s = receiver(args).value.unicodeScalars
            return .bool(s.contains { $0.properties.isLowercase } && !s.contains { $0.properties.isUppercase })
        },
        method("str", "istitle") { _, args throws(PyError) in
            var previousCased = false, sawCased = false
            for s in receiver(args).value.unicodeScalars {
                if s.properties.isUppercase {
                    if previousCased { return .false }
                    previousCased = true
                    sawCased = true
                } else if s.properties.isLowercase {
                    if !previousCased { return .false }
                    previousCased = true
                    sawCased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(sawCased)
        },
        method("str", "isidentifier") { _, args throws(PyError) in
            let s = receiver(args).value.unicodeScalars
            guard let first = s.first, first == "_" || first.properties.isXIDStart else { return .false }
            return .bool(s.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        },
        method("str", "isprintable") { _, args throws(PyError) in
            .bool(receiver(args).value.unicodeScalars.allSatisfy { VM.isPrintable($0) })
        },
    ]

    static func predicate(_ name: String, emptyIsTrue: Bool = false, _ test: @escaping @Sendable (Unicode.Scalar) -> Bool) -> (String, Value) {
        method("str", name) { _, args throws(PyError) in
            let s = receiver(args).value.unicodeScalars
            if s.isEmpty { return .bool(emptyIsTrue) }
            return .bool(s.allSatisfy(test))
        }
    }
}
