/// `str.format`: replacement fields `{[name][.attr|[key]]*[!conv][:spec]}`. Attribute access
/// goes through `VM.getAttribute`, so the sandbox's dunder rule applies (`"{0.__class__}"`
/// is refused, the classic escape through format strings).
enum StringFormatter {
    static func format(_ vm: VM, _ template: String, _ args: Arguments, mapping: Value? = nil) throws(PyError) -> String {
        let scalars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var autoIndex = 0
        var usedManual = false, usedAuto = false
        while i < scalars.count {
            let c = scalars[i]
            if c == "}" {
                guard i + 1 < scalars.count, scalars[i + 1] == "}" else {
                    throw Errors.valueError("Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
                continue
            }
            guard c == "{" else {
                out.append(c)
                i += 1
                continue
            }
            if i + 1 < scalars.count, scalars[i + 1] == "{" {
                out.append("{")
                i += 2
                continue
            }
            // Find the matching close brace (nested braces allowed in the spec).
            var depth = 1, j = i + 1
            while j < scalars.count, depth > 0 {
                if scalars[j] == "{" { depth += 1 } else if scalars[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            guard j < scalars.count else {
                throw Errors.valueError(depth > 1 || scalars[(i + 1)...].contains("}") ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let field = Array(scalars[(i + 1)..<j])
            i = j + 1
            var nameEnd = 0
            while nameEnd < field.count, field[nameEnd] != "!", field[nameEnd] != ":" { nameEnd += 1 }
            var conversion: Unicode.Scalar?
            var specStart = nameEnd
            if nameEnd < field.count, field[nameEnd] == "!" {
                guard nameEnd + 1 < field.count else { throw Errors.valueError("end of string while looking for conversion specifier") }
                conversion = field[nameEnd + 1]
                specStart = nameEnd + 2
                if specStart < field.count, field[specStart] != ":" {
                    throw Errors.valueError("expected ':' after conversion specifier")
                }
            }
            var spec = specStart < field.count ? StrMethods.text(field[(specStart + 1)...]) : ""
            if spec.contains("{") { spec = try format(vm, spec, args, mapping: mapping) }
            var value = try resolve(vm, Array(field[..<nameEnd]), args, mapping: mapping, autoIndex: &autoIndex,
                                    usedManual: &usedManual, usedAuto: &usedAuto)
            switch conversion {
            case nil: break
            case "r": value = .str(try vm.repr(value))
            case "s": value = .str(try vm.str(value))
            case "a": value = .str(VM.asciiEscaped(try vm.repr(value)))
            case let other?: throw Errors.valueError("Unknown conversion specifier \(String(other))")
            }
            out.append(contentsOf: try vm.format(value, spec: spec).unicodeScalars)
        }
        return String(out)
    }

    private static func resolve(_ vm: VM, _ field: [Unicode.Scalar], _ args: Arguments, mapping: Value?,
                                autoIndex: inout Int, usedManual: inout Bool, usedAuto: inout Bool) throws(PyError) -> Value {
        var k = 0
        while k < field.count, field[k] != ".", field[k] != "[" { k += 1 }
        let first = StrMethods.text(field[..<k])
        var value: Value
        if first.isEmpty {
            if usedManual { throw Errors.valueError("cannot switch from manual field specification to automatic field numbering") }
            usedAuto = true
            guard autoIndex < args.positional.count else {
                throw Errors.indexError("Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args.positional[autoIndex]
            autoIndex += 1
        } else if let index = Int(first) {
            if usedAuto { throw Errors.valueError("cannot switch from automatic field numbering to manual field specification") }
            usedManual = true
            guard index < args.positional.count else {
                throw Errors.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            value = args.positional[index]
        } else if let mapping {
            value = try vm.getItem(mapping, .str(first))
        } else {
            guard let found = args.keyword(first) else { throw Errors.keyError(.str(first)) }
            value = found
        }
        while k < field.count {
            if field[k] == "." {
                var e = k + 1
                while e < field.count, field[e] != ".", field[e] != "[" { e += 1 }
                let name = StrMethods.text(field[(k + 1)..<e])
                value = try vm.getAttribute(value, vm.interner.intern(name))
                k = e
            } else {
                var e = k + 1
                while e < field.count, field[e] != "]" { e += 1 }
                guard e < field.count else { throw Errors.valueError("Missing ']' in format string") }
                let key = StrMethods.text(field[(k + 1)..<e])
                value = try vm.getItem(value, Int(key).map { .int($0) } ?? .str(key))
                k = e + 1
            }
        }
        return value
    }
}
