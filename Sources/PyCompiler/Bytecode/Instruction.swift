/// One VM instruction: the contract between the compiler and the VM.
///
/// The VM is a stack machine modelled on CPython 3.12. Stack effects are written
/// `before → after`, top of stack rightmost. Jump targets are absolute instruction indices in
/// the same code object. Name operands index `CodeObject.names`; local operands index
/// `CodeObject.varnames`; cell operands index `cellvars + freevars`; constant operands index
/// `CodeObject.constants`.
///
/// Exceptions do not use a block stack: an exception raised by the instruction at index `i`
/// is handled by the first entry of `CodeObject.exceptionTable` whose range contains `i`
/// (entries are ordered innermost first). The VM pops the value stack down to the entry's
/// `depth`, pushes the exception instance and jumps to the entry's `target`.
public enum Instruction: Sendable, Equatable {
    // MARK: Stack

    /// Does nothing.
    case nop
    /// `x → `.
    case pop
    /// `… x(n) … x(1) → … x(n) … x(1) x(n)`: pushes a copy of the n-th item (1 = top).
    case copy(Int)
    /// Swaps the top with the n-th item (n ≥ 2): `x(n) … x(1) → x(1) … x(n)`.
    case swap(Int)

    // MARK: Constants and names

    /// `→ constants[i]`.
    case loadConst(Int)
    /// `→ local`; an unbound local raises `UnboundLocalError: cannot access local variable 'x'
    /// where it is not associated with a value`.
    case loadFast(Int)
    /// `x →`; stores into the local slot.
    case storeFast(Int)
    /// Unbinds the local slot (`del x`); unbound raises like `loadFast`.
    case deleteFast(Int)
    /// `→ cell contents`; an empty cell raises `NameError: cannot access free variable 'x'
    /// where it is not associated with a value in enclosing scope` (for a free variable) or the
    /// `UnboundLocalError` of `loadFast` (for a cell variable of this frame).
    case loadDeref(Int)
    /// `x →`; stores into the cell.
    case storeDeref(Int)
    /// Empties the cell (`del x`).
    case deleteDeref(Int)
    /// `→ cell`: pushes the cell object itself, to build a closure tuple for `makeFunction`.
    case loadClosure(Int)
    /// Class bodies only: `→ x`, looking first in the class namespace, then in the cell.
    case loadClassDeref(Int)
    /// `→ x`: globals, then builtins; missing raises `NameError: name 'x' is not defined`.
    case loadGlobal(Int)
    /// `x →`; stores into globals.
    case storeGlobal(Int)
    /// Removes the global; missing raises `NameError`.
    case deleteGlobal(Int)
    /// `→ x` from builtins only, ignoring globals (used for `AssertionError` and `super`).
    case loadBuiltin(Int)
    /// Class bodies only: `→ x`, looking in the class namespace, then globals, then builtins.
    case loadName(Int)
    /// Class bodies only: `x →`; stores into the class namespace.
    case storeName(Int)
    /// Class bodies only: removes the name from the class namespace; missing raises `NameError`.
    case deleteName(Int)

    // MARK: Attributes and subscripts

    /// `obj → obj.name`.
    case loadAttr(Int)
    /// `value obj →`; sets `obj.name = value`.
    case storeAttr(Int)
    /// `obj →`; `del obj.name`.
    case deleteAttr(Int)
    /// `obj → a b`: prepares `obj.name(...)` without creating a bound method when `name` is a
    /// plain method. Always pushes exactly two items; they are consumed only by `callMethod`
    /// or `callMethodKw`.
    case loadMethod(Int)
    /// `container key → container[key]`.
    case binarySubscript
    /// `value container key →`; `container[key] = value`.
    case storeSubscript
    /// `container key →`; `del container[key]`.
    case deleteSubscript
    /// `start stop → slice(start, stop)` (n = 2) or `start stop step → slice(start, stop,
    /// step)` (n = 3); absent parts are pushed as `None`.
    case buildSlice(Int)

    // MARK: Operators

    /// `left right → left op right`.
    case binary(BinaryOp)
    /// `left right → left op= right` (tries the in-place method first, e.g. `list.__iadd__`).
    case inplace(BinaryOp)
    /// `x → op x`.
    case unary(UnaryOp)
    /// `left right → result`; for `in`/`notIn` the container is `right`.
    case compare(CompareOp)

    // MARK: Control flow

    /// Jumps unconditionally.
    case jump(Int)
    /// `x →`; jumps if `x` is falsy.
    case popJumpIfFalse(Int)
    /// `x →`; jumps if `x` is truthy.
    case popJumpIfTrue(Int)
    /// `x → x` and jumps if `x` is falsy, else `x →` (for `and`).
    case jumpIfFalseOrPop(Int)
    /// `x → x` and jumps if `x` is truthy, else `x →` (for `or`).
    case jumpIfTrueOrPop(Int)
    /// `iterable → iterator`.
    case getIter
    /// `iterator → iterator next`, or, when the iterator is exhausted, `iterator →` and jumps.
    case forIter(Int)

    // MARK: Building values

    /// `x1 … xn → (x1, …, xn)`.
    case buildTuple(Int)
    /// `x1 … xn → [x1, …, xn]`.
    case buildList(Int)
    /// `x1 … xn → {x1, …, xn}`.
    case buildSet(Int)
    /// `k1 v1 … kn vn → {k1: v1, …}`.
    case buildMap(Int)
    /// `s1 … sn → s1 + … + sn` (all `str`; f-strings).
    case buildString(Int)
    /// `list … x → list … `, appending `x` to the list at depth n once `x` is popped
    /// (n = 1 means the list is the new top). Comprehensions and displays.
    case listAppend(Int)
    /// `list … iterable → list …`: extends the list at depth n (`[*a, *b]`).
    case listExtend(Int)
    /// `set … x → set …`: adds to the set at depth n.
    case setAdd(Int)
    /// `set … iterable → set …`: updates the set at depth n (`{*a}`).
    case setUpdate(Int)
    /// `dict … key value → dict …`: sets the item in the dict at depth n (counted after
    /// popping both).
    case mapAdd(Int)
    /// `dict … mapping → dict …`: `dict.update` of the dict at depth n (`{**m}`).
    case dictUpdate(Int)
    /// `dict … mapping → dict …`: like `dictUpdate` but a repeated key raises `TypeError:
    /// f() got multiple values for keyword argument 'k'` (`f(**a, **b)`); the callable sits
    /// just below the dict being built, at depth n + 2.
    case dictMerge(Int)
    /// `list → tuple`.
    case listToTuple
    /// `x [spec] → str`: formats one f-string field. Conversion is applied first, then
    /// `format(x, spec)`; `spec` is on the stack only when `hasSpec`.
    case formatValue(conversion: FormatConversion, hasSpec: Bool)
    /// `seq → x_n … x_1`: unpacks exactly n items, the first ending on top.
    case unpackSequence(Int)
    /// `seq → list-of-rest-plus-items`: unpacks `before` items, a list of the middle, and
    /// `after` items; the first item ends on top (`a, *b, c = seq`).
    case unpackEx(before: Int, after: Int)

    // MARK: Calls and functions

    /// `callable a1 … an → result`.
    case call(Int)
    /// `callable a1 … an → result`: the last `constants[kwnames].count` arguments are passed
    /// by keyword; `constants[kwnames]` is a tuple of `str` constants.
    case callKw(argc: Int, kwnames: Int)
    /// `callable args [kwargs-dict] → result` (calls with `*` or `**`). `args` is a tuple, or
    /// for `f(*xs)` the iterable itself; a non-iterable raises `TypeError: f() argument after *
    /// must be an iterable, not int`.
    case callEx(hasKwargs: Bool)
    /// `a b x1 … xn → result`: calls what `loadMethod` prepared.
    case callMethod(Int)
    /// `a b x1 … xn → result`: like `callKw`, for what `loadMethod` prepared.
    case callMethodKw(argc: Int, kwnames: Int)
    /// `[defaults] [kwdefaults] [closure] code → function`. Which optional items are present
    /// is given by `flags` (`MakeFunctionFlags`): `defaults` is a tuple, `kwdefaults` a dict
    /// from `str` to value, `closure` a tuple of cells (from `loadClosure`).
    case makeFunction(MakeFunctionFlags)
    /// `value →`; returns from the frame.
    case returnValue
    /// `→ __build_class__`. The compiler then pushes the body function (a `makeFunction` of
    /// the class body code), the class name and the bases, and calls it (`call`/`callKw`
    /// for `metaclass=`-style keywords, `callEx` with starred bases).
    case loadBuildClass

    // MARK: Generators and coroutines

    /// `x → sent`: suspends a generator, yielding `x`; resumes with the value sent in.
    case yieldValue
    /// `iterable → iterator` for `yield from`: generators pass through, others `iter()`.
    case getYieldFromIter
    /// `x → awaitable` for `await x`: coroutines pass through, others use `__await__`;
    /// anything else raises `TypeError: object int can't be used in 'await' expression`.
    case getAwaitable
    /// `subiterator value → subiterator` (while delegating) or `→ result`: sends `value` into
    /// the sub-iterator. While it yields, this frame yields the same value and, when resumed,
    /// sends the new value in again (the instruction is re-executed). When the sub-iterator
    /// returns, both items are replaced by its return value. Used by `yield from` and `await`
    /// (`getYieldFromIter`/`getAwaitable`, `loadConst None`, `send`).
    case send
    /// `aiterable → aiterator` (`async for`).
    case getAIter
    /// `aiterator → aiterator awaitable` (`async for`: the awaitable of `__anext__()`).
    case getANext
    /// `aiterator exc →`: ends an `async for` when `exc` is `StopAsyncIteration`, re-raises
    /// anything else. The compiler puts the `getANext … send` sequence under an exception
    /// table entry whose target is this instruction.
    case endAsyncFor

    // MARK: Exceptions

    /// `exc →` raises `exc` (a class is instantiated with no arguments); `exc cause →` raises
    /// with `__cause__ = cause` (`raise … from …`); `→` (n = 0) re-raises the exception being
    /// handled, or raises `RuntimeError: No active exception to reraise`.
    case raise(Int)
    /// `exc →` re-raises `exc` keeping its traceback (end of an `except`/`finally` handler).
    case reraise
    /// `exc → previous exc`: starts an exception handler. `previous` is the exception that was
    /// being handled before (or `None`); `exc` becomes the one being handled (for bare
    /// `raise` and implicit `__context__` chaining).
    case pushExcInfo
    /// `previous →`: ends a handler, restoring `previous` as the exception being handled.
    case popExcept
    /// `exc type → exc bool`: `isinstance(exc, type)`; `type` may be a tuple. A non-class
    /// raises `TypeError: catching classes that do not inherit from BaseException is not
    /// allowed`.
    case checkExcMatch
    /// `→ AssertionError class` (from builtins, as `assert` must not see a shadowing global).
    case loadAssertionError

    // MARK: Context managers

    /// `manager → exit enter-result`: looks up `__exit__` (bound) and calls `__enter__()`.
    /// Missing methods raise `TypeError: 'X' object does not support the context manager
    /// protocol`.
    case beforeWith
    /// `manager → exit awaitable`: like `beforeWith` for `__aexit__`/`__aenter__`; the
    /// compiler awaits the awaitable (`getAwaitable`, `loadConst None`, `send`).
    case beforeAsyncWith
    /// `exit previous exc → exit previous exc result`: calls `exit(type(exc), exc,
    /// traceback)`; a truthy result means the exception is suppressed.
    case withExceptStart

    // MARK: Imports

    /// `→ module`: imports an allow-listed module by its dotted name `names[i]`; anything
    /// else raises `ModuleNotFoundError: No module named 'x'`.
    case importName(Int)
    /// `module → module value`: `from module import name`; missing raises
    /// `ImportError: cannot import name 'x' from 'module'`.
    case importFrom(Int)
    /// `module →`: `from module import *` binds every public name into the current
    /// namespace.
    case importStar
}

/// Binary operators (`binary` and `inplace`).
public enum BinaryOp: UInt8, Sendable, Equatable, CaseIterable {
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, remainder, power
    case leftShift, rightShift, and, or, xor

    /// The operator as written in Python, e.g. `+`, `//`, `**`.
    public var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .matrixMultiply: "@"
        case .trueDivide: "/"
        case .floorDivide: "//"
        case .remainder: "%"
        case .power: "**"
        case .leftShift: "<<"
        case .rightShift: ">>"
        case .and: "&"
        case .or: "|"
        case .xor: "^"
        }
    }
}

/// Unary operators.
public enum UnaryOp: UInt8, Sendable, Equatable, CaseIterable {
    /// `-x`.
    case negative
    /// `+x`.
    case positive
    /// `~x`.
    case invert
    /// `not x` (always a `bool`).
    case not
}

/// Comparison operators.
public enum CompareOp: UInt8, Sendable, Equatable, CaseIterable {
    case less, lessEqual, equal, notEqual, greater, greaterEqual, `is`, isNot, `in`, notIn

    /// The operator as written in Python, e.g. `<=`, `not in`.
    public var symbol: String {
        switch self {
        case .less: "<"
        case .lessEqual: "<="
        case .equal: "=="
        case .notEqual: "!="
        case .greater: ">"
        case .greaterEqual: ">="
        case .is: "is"
        case .isNot: "is not"
        case .in: "in"
        case .notIn: "not in"
        }
    }
}

/// The `!s`, `!r`, `!a` conversion of an f-string field.
public enum FormatConversion: UInt8, Sendable, Equatable {
    case none, str, repr, ascii
}

/// Which optional operands `makeFunction` pops.
public struct MakeFunctionFlags: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A tuple of positional defaults is on the stack.
    public static let defaults = MakeFunctionFlags(rawValue: 1)
    /// A dict of keyword-only defaults is on the stack.
    public static let kwDefaults = MakeFunctionFlags(rawValue: 2)
    /// A tuple of cells is on the stack.
    public static let closure = MakeFunctionFlags(rawValue: 4)
}
