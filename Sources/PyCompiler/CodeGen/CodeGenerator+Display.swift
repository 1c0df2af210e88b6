import PyFrontend

/// The three sequence displays (`[…]`, `(…)`, `{…}`).
enum DisplayKind {
    case list, tuple, set
}

extension CodeGenerator {
    /// `[a, b]` → `a; b; buildList 2`. With starred items the display is built
    /// incrementally: `buildList k` of the leading plain items, then `listExtend 1` per `*x`
    /// and `listAppend 1` per later item (`setUpdate`/`setAdd` for sets); a tuple is built as a
    /// list and ends with `listToTuple`.
    func compileDisplay(_ elts: [Expr], kind: DisplayKind) throws(SyntaxError) {
        let firstStar = elts.firstIndex { if case .starred = $0.kind { true } else { false } }
        guard let firstStar else {
            try compile(elts)
            switch kind {
            case .list: emit(.buildList(elts.count))
            case .tuple: emit(.buildTuple(elts.count))
            case .set: emit(.buildSet(elts.count))
            }
            return
        }
        try compile(Array(elts[..<firstStar]))
        emit(kind == .set ? .buildSet(firstStar) : .buildList(firstStar))
        for elt in elts[firstStar...] {
            if case .starred(let value, _) = elt.kind {
                try compile(value)
                emit(kind == .set ? .setUpdate(1) : .listExtend(1))
            } else {
                try compile(elt)
                emit(kind == .set ? .setAdd(1) : .listAppend(1))
            }
        }
        if kind == .tuple { emit(.listToTuple) }
    }

    /// `{k: v, **m, k2: v2}` → `k; v; buildMap 1; m; dictUpdate 1; k2; v2; mapAdd 1`.
    func compileDict(keys: [Expr?], values: [Expr]) throws(SyntaxError) {
        var leadingPairs = 0
        var built = false
        for (key, value) in zip(keys, values) {
            if let key {
                try compile(key)
                try compile(value)
                if built { emit(.mapAdd(1)) } else { leadingPairs += 1 }
            } else {
                if !built {
                    emit(.buildMap(leadingPairs))
                    built = true
                }
                try compile(value)
                emit(.dictUpdate(1))
            }
        }
        if !built { emit(.buildMap(leadingPairs)) }
    }

    /// An f-string: each literal part is a constant, each field a `formatValue`; more than one
    /// part ends with `buildString n` (a lone field is already a `str`).
    func compileJoinedStr(_ values: [Expr]) throws(SyntaxError) {
        if values.isEmpty {
            loadConstant(.string(""))
            return
        }
        try compile(values)
        if values.count > 1 {
            emit(.buildString(values.count))
        }
    }

    /// `{value!r:spec}` → `value; <spec f-string>; formatValue(repr, hasSpec: true)`.
    func compileFormattedValue(_ value: Expr, conversion: Int, spec: Expr?) throws(SyntaxError) {
        try compile(value)
        if let spec { try compile(spec) }
        let kind: FormatConversion = switch conversion {
        case Int(UInt8(ascii: "s")): .str
        case Int(UInt8(ascii: "r")): .repr
        case Int(UInt8(ascii: "a")): .ascii
        default: .none
        }
        emit(.formatValue(conversion: kind, hasSpec: spec != nil))
    }

    // MARK: Constants

    /// The constant value of a literal, a negated number literal or a tuple of those, as
    /// CPython's AST optimizer folds them; nil for anything else.
    func foldedConstant(_ expr: Expr) throws(SyntaxError) -> CodeConstant? {
        switch expr.kind {
        case .constant(let constant):
            return try codeConstant(constant, range: expr.range)
        case .unaryOp(.uSub, let operand):
            guard case .constant(let constant) = operand.kind else { return nil }
            switch constant {
            case .int(let value): return .int(-value)
            case .float(let value): return .float(-value)
            case .bigInt:
                guard case .bigInt(let digits) = try codeConstant(constant, range: operand.range) else { return nil }
                return digits == String(Int.min.magnitude) ? .int(Int.min) : .bigInt("-" + digits)
            default: return nil
            }
        case .tuple(let elts, .load):
            var items: [CodeConstant] = []
            for elt in elts {
                guard let item = try foldedConstant(elt) else { return nil }
                items.append(item)
            }
            return .tuple(items)
        default:
            return nil
        }
    }

    func codeConstant(_ constant: Constant, range: SourceRange) throws(SyntaxError) -> CodeConstant {
        switch constant {
        case .none: return .none
        case .bool(let value): return .bool(value)
        case .ellipsis: return .ellipsis
        case .int(let value): return .int(value)
        case .bigInt(let digits, let radix):
            let decimal = decimalDigits(digits, radix: radix)
            return Int(decimal).map(CodeConstant.int) ?? .bigInt(decimal)
        case .float(let value): return .float(value)
        case .imaginary: throw diagnostics.error("complex numbers are not supported", at: range)
        case .str(let value): return .string(value)
        case .bytes(let value): return .bytes(value)
        }
    }
}

/// Converts the digits of a non-negative integer literal in base 2, 8, 10 or 16 to decimal
/// (what `CodeConstant.bigInt` holds), by schoolbook arithmetic on base-10⁹ limbs.
func decimalDigits(_ digits: String, radix: Int) -> String {
    let trimmed = digits.drop { $0 == "0" || $0 == "_" }
    if radix == 10 { return trimmed.isEmpty ? "0" : String(trimmed.filter { $0 != "_" }) }
    let limbBase: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [0]  // least significant first
    for character in trimmed {
        guard let digit = character.hexDigitValue else { continue }
        var carry = UInt64(digit)
        for index in limbs.indices {
            let value = limbs[index] * UInt64(radix) + carry
            limbs[index] = value % limbBase
            carry = value / limbBase
        }
        while carry > 0 {
            limbs.append(carry % limbBase)
            carry /= limbBase
        }
    }
    var text = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
        let part = String(limb)
        text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
}
