import MeshSchema

/// The credentials and protocol headers a client sent, passed on to the upstream.
public struct ClientHeaders: Sendable, Equatable {
    /// `x-api-key`, or the token of `authorization: Bearer …`.
    public var apiKey: String?
    public var anthropicVersion: String?
    /// `anthropic-beta` values, minus the ones only the proxy understands.
    public var betas: [String]

    public init(apiKey: String? = nil, anthropicVersion: String? = nil, betas: [String] = []) {
        self.apiKey = apiKey
        self.anthropicVersion = anthropicVersion
        self.betas = betas
    }
}

/// A raw HTTP exchange with the upstream, for requests the proxy passes through unchanged.
public struct UpstreamResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]

    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// Where the model runs: the Anthropic API, Amazon Bedrock, or any server speaking the
/// Messages API (a test fixture, another proxy).
public protocol ModelUpstream: Sendable {
    /// `POST /v1/messages` without streaming: the model's message, or the upstream's error
    /// mapped to the Messages API's error types.
    func createMessage(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject

    /// Sends a request through unchanged (`count_tokens`, `models`, streaming without PTC).
    func forward(method: String, path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError)
        -> UpstreamResponse

    /// Sends a streaming request through: the upstream's status and content type, and its
    /// body as it arrives. nil when this upstream cannot pass streams through (the proxy then
    /// gets the whole message and streams it itself).
    func stream(path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError) -> UpstreamStream?
}

/// A response whose body is still arriving.
public struct UpstreamStream: Sendable {
    public var status: Int
    public var contentType: String
    public var chunks: AsyncThrowingStream<[UInt8], any Error>

    public init(status: Int, contentType: String, chunks: AsyncThrowingStream<[UInt8], any Error>) {
        self.status = status
        self.contentType = contentType
        self.chunks = chunks
    }
}
