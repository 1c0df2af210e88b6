import BigInt

/// A Python value as `str % args` sees it. The interpreter's value type implements this;
/// each member mirrors the C-API check CPython makes, so the same objects are accepted
/// and the same errors raised.
public protocol PercentFormatArgument {
    /// The Python type name used in messages, e.g. `str`, `float`, `NoneType`.
    var typeName: String { get }
    /// The items when the value is a tuple (then `%` takes one item per conversion); nil otherwise.
    var tupleItems: [Self]? { get }
    /// True for objects `%` treats as a mapping: CPython's `PyMapping_Check(args)` for a
    /// value that is neither a tuple nor a str — dict, but also list or any object with
    /// `__getitem__`. A mapping right operand is never "not all arguments converted".
    var isMapping: Bool { get }
    /// `self[key]` for `%(key)s`; throws whatever the lookup raises (KeyError…).
    func lookup(key: String) throws -> Self
    /// The text when the value is a str (`%c` takes a one-character str).
    var stringValue: String? { get }
    /// The value when it is an int or bool (`PyLong_Check`); `*` widths need one.
    var intValue: BigInt? { get }
    /// `operator.index(self)` for `%o %x %X %c`; nil when the type has no `__index__`
    /// (such as float). The default returns `intValue`.
    func asIndex() throws -> BigInt?
    /// `int(self)` for `%d %i %u` when the value is a number (floats truncate: 3.7 → 3,
    /// and raise for inf/nan); nil when it is not a number. The default returns `intValue`.
    func asInteger() throws -> BigInt?
    /// `float(self)` for `%e %f %g` (ints convert, OverflowError if too large); nil when
    /// the value is not a real number.
    func asDouble() throws -> Double?
    /// `str(self)` for `%s`.
    func str() throws -> String
    /// `repr(self)` for `%r`.
    func repr() throws -> String
    /// `ascii(self)` for `%a`; the default escapes the non-ASCII code points of `repr()`.
    func ascii() throws -> String
}

extension PercentFormatArgument {
    /// Only ints and bools have `__index__` unless the type says otherwise.
    public func asIndex() throws -> BigInt? { intValue }
    /// Only ints and bools are numbers unless the type says otherwise (floats must override).
    public func asInteger() throws -> BigInt? { intValue }
    /// `repr()` with non-ASCII code points escaped, as `ascii()` is for every type.
    public func ascii() throws -> String { PyRepr.asciiEscaping(try repr()) }
}
