/// Bounds on the work a schema may ask for, so a hostile schema or argument cannot exhaust the
/// router's stack, memory or time.
///
/// Compilation fails with ``SchemaError/Kind/limitExceeded`` beyond the schema limits. A
/// validation that reaches a validation limit stops and reports a ``SchemaViolation`` whose
/// keyword names the limit: the value is rejected, never accepted unchecked.
public struct SchemaLimits: Sendable, Hashable {
    /// The most subschemas that may enclose one another in the schema document. (Compilation
    /// does not recurse; this keeps schemas within what tool schemas plausibly need.)
    public var maxSchemaDepth: Int
    /// The most instructions a compiled `pattern` may have; counted repetitions (`{1,1000}`)
    /// multiply the size of what they repeat.
    public var maxPatternSize: Int
    /// The most subschema applications that may be nested during one validation: about one
    /// per level of the value, plus one per `$ref`/`allOf`/… link followed at that level.
    ///
    /// Validation recurses once per application; each costs about 0.5 KiB of stack in an
    /// optimized build (about 2.7 KiB unoptimized), so the default needs roughly 0.5 MiB.
    /// Validate on threads with at least 1 MiB of stack (4 MiB for debug builds).
    public var maxValidationDepth: Int
    /// The most units of work one validation may spend: one per subschema applied, one per
    /// element hashed for `uniqueItems`, one per regex thread step. Bounds schemas whose cost
    /// grows exponentially (nested `anyOf`, `$ref` fan-out) and regexes on long strings.
    public var maxValidationSteps: Int

    /// Defaults: schema depth 64, patterns of 10 000 instructions, validation depth 1 024
    /// (enough for a value at the parser's 512-level limit through a recursive schema such as
    /// a tree of `{"children": [...]}` nodes), 10 million steps.
    public init(
        maxSchemaDepth: Int = 64,
        maxPatternSize: Int = 10_000,
        maxValidationDepth: Int = 1_024,
        maxValidationSteps: Int = 10_000_000
    ) {
        self.maxSchemaDepth = maxSchemaDepth
        self.maxPatternSize = maxPatternSize
        self.maxValidationDepth = maxValidationDepth
        self.maxValidationSteps = maxValidationSteps
    }
}
