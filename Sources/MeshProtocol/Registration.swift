/// A tool as its worker declares it.
public struct ToolSpec: Sendable, Hashable {
    /// Unique in the mesh and a Python identifier (`[A-Za-z_][A-Za-z0-9_]*`, ≤ 64 characters,
    /// not a keyword), because programs call the tool as a function of that name.
    public var name: String
    /// What the tool does; shown to the model as the function's docstring.
    public var description: String
    /// JSON Schema of the arguments object, as UTF-8 JSON text; empty means `{"type":"object"}`.
    /// The order of its `properties` is the order of positional arguments.
    public var inputSchema: [UInt8]
    /// JSON Schema of the result, as UTF-8 JSON text; empty means unspecified.
    public var outputSchema: [UInt8]
    /// Running the tool twice equals running it once; only such calls are retried on failover.
    public var idempotent: Bool
    /// The most calls of this tool the worker runs at once; 0 means bounded by the worker only.
    public var maxConcurrency: UInt32
    /// Deadline for calls that arrive without one, in milliseconds; 0 means the router's.
    public var defaultDeadlineMs: UInt64

    public init(
        name: String,
        description: String = "",
        inputSchema: [UInt8] = [],
        outputSchema: [UInt8] = [],
        idempotent: Bool = false,
        maxConcurrency: UInt32 = 0,
        defaultDeadlineMs: UInt64 = 0
    ) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.outputSchema = outputSchema
        self.idempotent = idempotent
        self.maxConcurrency = maxConcurrency
        self.defaultDeadlineMs = defaultDeadlineMs
    }
}

/// A worker declares itself and its tools; sending it again replaces the tool set atomically.
public struct Register: Sendable, Hashable {
    /// The service's logical name, shared by its replicas.
    public var workerName: String
    /// This process's identity, stable across reconnects.
    public var workerID: String
    /// The tools served.
    public var tools: [ToolSpec]
    /// The most calls, of all tools together, the worker runs at once; 0 means 1.
    public var maxConcurrency: UInt32
    /// Free-form labels for operators (host, version, zone).
    public var labels: Metadata

    public init(
        workerName: String,
        workerID: String,
        tools: [ToolSpec],
        maxConcurrency: UInt32,
        labels: Metadata = Metadata()
    ) {
        self.workerName = workerName
        self.workerID = workerID
        self.tools = tools
        self.maxConcurrency = maxConcurrency
        self.labels = labels
    }
}

/// Why one tool of a ``Register`` was refused.
public struct ToolRefusal: Sendable, Hashable {
    /// The tool's name as sent.
    public var tool: String
    /// ``StatusCode/invalidArgument`` or ``StatusCode/alreadyExists``.
    public var code: StatusCode
    /// What is wrong, precise enough to fix the worker.
    public var message: String

    public init(tool: String, code: StatusCode, message: String) {
        self.tool = tool
        self.code = code
        self.message = message
    }
}

/// The router's answer to ``Register``: all tools registered (``StatusCode/ok``) or none.
public struct RegisterAck: Sendable, Hashable {
    /// OK, or why nothing was registered.
    public var code: StatusCode
    /// Empty on OK; otherwise a summary.
    public var message: String
    /// On refusal, one entry per offending tool.
    public var refusals: [ToolRefusal]

    public init(code: StatusCode, message: String = "", refusals: [ToolRefusal] = []) {
        self.code = code
        self.message = message
        self.refusals = refusals
    }
}
