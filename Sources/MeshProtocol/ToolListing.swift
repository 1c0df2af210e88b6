/// Asks the router which tools the mesh offers.
public struct ListToolsRequest: Sendable, Hashable {
    /// Chosen by the requester; echoed in the response.
    public var requestID: UInt64
    /// Only these tools; empty means all.
    public var names: [String]

    public init(requestID: UInt64, names: [String] = []) {
        self.requestID = requestID
        self.names = names
    }
}

/// A worker currently registered for a tool.
public struct WorkerInfo: Sendable, Hashable {
    public var workerID: String
    public var workerName: String
    /// Calls of the tool running on this worker now.
    public var inFlight: UInt32
    /// The tool's effective concurrency limit on this worker.
    public var maxConcurrency: UInt32
    /// The worker has sent ``Drain`` and receives no new calls.
    public var draining: Bool
    /// The worker's remote address as the router sees it.
    public var address: String

    public init(
        workerID: String,
        workerName: String,
        inFlight: UInt32 = 0,
        maxConcurrency: UInt32 = 0,
        draining: Bool = false,
        address: String = ""
    ) {
        self.workerID = workerID
        self.workerName = workerName
        self.inFlight = inFlight
        self.maxConcurrency = maxConcurrency
        self.draining = draining
        self.address = address
    }
}

/// A tool and the workers serving it.
public struct ToolInfo: Sendable, Hashable {
    public var spec: ToolSpec
    public var workers: [WorkerInfo]

    public init(spec: ToolSpec, workers: [WorkerInfo] = []) {
        self.spec = spec
        self.workers = workers
    }
}

/// The router's answer to ``ListToolsRequest``.
public struct ListToolsResponse: Sendable, Hashable {
    /// The request's ``ListToolsRequest/requestID``.
    public var requestID: UInt64
    /// Sorted by name; requested names that do not exist are absent.
    public var tools: [ToolInfo]

    public init(requestID: UInt64, tools: [ToolInfo] = []) {
        self.requestID = requestID
        self.tools = tools
    }
}
