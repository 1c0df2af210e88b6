import BigInt
import Foundation

/// CPython's `repr(float)`: shortest round-trip digits, exponent outside [1e-4, 1e16).
enum FloatRepr {
    static func repr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        return d.description
    }
}

/// Integer to text with CPython's digit limit.
enum IntegerText {
    struct LimitError: Error { let message: String }

    static let maxDigits = 4300

    static func decimal(_ value: BigInt) throws(LimitError) -> String {
        // Estimate before converting: log10(2) ≈ 0.30103.
        if Double(value.magnitude.bitWidth) * 0.30103 > Double(maxDigits + 1) {
            throw LimitError(message: "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        let text = String(value)
        let digits = value.signum() < 0 ? text.count - 1 : text.count
        if digits > maxDigits {
            throw LimitError(message: "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return text
    }
}

/// A small subset of the format mini-language, until the full implementation lands.
enum InterimFormat {
    static func apply(_ vm: VM, _ value: Value, _ spec: String) throws(PyError) -> String {
        var text = spec
        var precision: Int?
        var type: Character?
        if let last = text.last, last.isLetter || last == "%" {
            type = last
            text.removeLast()
        }
        if let dot = text.firstIndex(of: ".") {
            precision = Int(text[text.index(after: dot)...])
            text = String(text[..<dot])
        }
        var align: Character?
        if let first = text.first, "<>^".contains(first) {
            align = first
            text.removeFirst()
        }
        let width = Int(text) ?? 0
        var body: String
        switch (type, value) {
        case ("f", _), ("F", _):
            guard let n = Number(value) else { throw Errors.valueError("Unknown format code 'f' for object of type '\(value.typeName)'") }
            body = String(format: "%.\(precision ?? 6)f", try doubleValue(n))
        case ("d", _):
            body = try vm.str(value)
        default:
            body = try vm.str(value)
        }
        if body.count < width {
            let pad = String(repeating: " ", count: width - body.count)
            let isNumber = Number(value) != nil
            switch align ?? (isNumber ? ">" : "<") {
            case ">": body = pad + body
            case "^":
                let left = (width - body.count) / 2
                body = String(repeating: " ", count: left) + body + String(repeating: " ", count: width - body.count - left)
            default: body += pad
            }
        }
        return body
    }

    static func percent(_ vm: VM, _ format: String, _ args: Value) throws(PyError) -> String {
        var values: [Value]
        if case .object(let o) = args, let t = o as? PyTuple { values = t.items } else { values = [args] }
        var out = ""
        var chars = Array(format)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw Errors.valueError("incomplete format") }
            let code = chars[i]
            i += 1
            if code == "%" {
                out.append("%")
                continue
            }
            guard !values.isEmpty else { throw Errors.typeError("not enough arguments for format string") }
            let value = values.removeFirst()
            switch code {
            case "r": out += try vm.repr(value)
            default: out += try vm.str(value)
            }
        }
        chars = []
        if !values.isEmpty { throw Errors.typeError("not all arguments converted during string formatting") }
        return out
    }
}
