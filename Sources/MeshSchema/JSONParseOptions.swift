/// Limits and policies for `JSONValue(parsing:options:)`.
///
/// The parser does not bound the input size: the caller does (a frame limit, for instance).
/// It never recurses, so the depth limit protects code that later walks the value recursively
/// (equality, validation, destruction), not the parser itself.
public struct JSONParseOptions: Sendable, Hashable {
    /// What to do with a `\uD800`-style escape that is not half of a surrogate pair.
    ///
    /// Swift strings cannot hold lone surrogates; CPython's `json.loads` keeps them in its `str`.
    public enum LoneSurrogatePolicy: Sendable, Hashable {
        /// Decode it as U+FFFD REPLACEMENT CHARACTER (one character, as in Python's length).
        case replace
        /// Fail with ``JSONParseError/Kind/unpairedSurrogate``.
        case reject
    }

    /// The most arrays and objects that may enclose one another; the value `[[1]]` has depth 2.
    /// Deeper input fails with ``JSONParseError/Kind/nestingTooDeep``.
    public var maxDepth: Int
    /// Handling of lone surrogate escapes.
    public var loneSurrogates: LoneSurrogatePolicy

    /// Defaults: depth 512, lone surrogates replaced.
    public init(maxDepth: Int = 512, loneSurrogates: LoneSurrogatePolicy = .replace) {
        self.maxDepth = maxDepth
        self.loneSurrogates = loneSurrogates
    }
}
