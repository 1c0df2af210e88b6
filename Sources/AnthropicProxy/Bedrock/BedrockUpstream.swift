import AsyncHTTPClient
import Foundation
import MeshSchema
import NIOCore
import NIOHTTP1

/// Anthropic models on Amazon Bedrock: `InvokeModel` with the Messages request (without
/// `model`, with `anthropic_version: bedrock-2023-05-31`), signed with SigV4 from the standard
/// AWS environment variables.
public struct BedrockUpstream: ModelUpstream {
    private let endpoint: String
    private let host: String
    private let signer: SigV4
    private let client: HTTPClient
    private let timeout: TimeAmount
    private let maxResponseBytes = 64 << 20

    /// Errors when credentials or the region are missing.
    public enum ConfigurationError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let what): "the Bedrock upstream needs \(what)"
            }
        }
    }

    /// - Parameters:
    ///   - region: the AWS region; by default `AWS_REGION` or `AWS_DEFAULT_REGION`.
    ///   - endpoint: the service URL; by default `https://bedrock-runtime.REGION.amazonaws.com`.
    public init(region: String? = nil, endpoint: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                client: HTTPClient = .shared, timeout: TimeAmount = .seconds(600)) throws {
        guard let region = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] else {
            throw ConfigurationError.missing("a region (--region, AWS_REGION or AWS_DEFAULT_REGION)")
        }
        guard let keyID = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] else {
            throw ConfigurationError.missing("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        }
        let url = endpoint ?? "https://bedrock-runtime.\(region).amazonaws.com"
        self.endpoint = url.hasSuffix("/") ? String(url.dropLast()) : url
        host = URL(string: self.endpoint).map { url in url.port.map { "\(url.host ?? ""):\($0)" } ?? (url.host ?? "") } ?? ""
        signer = SigV4(credentials: .init(accessKeyID: keyID, secretAccessKey: secret,
                                          sessionToken: environment["AWS_SESSION_TOKEN"]),
                       region: region, service: "bedrock")
        self.client = client
        self.timeout = timeout
    }

    public func createMessage(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject {
        guard let model = request["model"]?.stringValue, !model.isEmpty else {
            throw .invalidRequest("model: Field required")
        }
        var body = request
        _ = body.removeValue(forKey: "model")
        _ = body.removeValue(forKey: "stream")
        body.setValue(.string("bedrock-2023-05-31"), forKey: "anthropic_version")
        if !headers.betas.isEmpty { body.setValue(.array(headers.betas.map { .string($0) }), forKey: "anthropic_beta") }
        let path = "/model/" + SigV4.encode(model) + "/invoke"
        let response = try await send(path: path, body: JSONValue.object(body).serialized())
        guard response.status == 200 else { throw Self.error(from: response) }
        guard var message = try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)).objectValue else {
            throw APIError(status: 502, type: "api_error", message: "Bedrock's response is not a JSON object")
        }
        if message["model"] == nil { message.setValue(.string(model), forKey: "model") }
        return message
    }

    /// Bedrock streams in AWS's binary event-stream framing, not SSE: the proxy streams the
    /// whole message itself.
    public func stream(path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError) -> UpstreamStream? {
        nil
    }

    public func forward(method: String, path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError)
        -> UpstreamResponse {
        throw .notFound("\(method) \(path) is not available on the Bedrock upstream")
    }

    private func send(path: String, body: [UInt8]) async throws(APIError) -> UpstreamResponse {
        var request = HTTPClientRequest(url: endpoint + path)
        request.method = .POST
        let timestamp = Self.timestamp(Date())
        let signed = signer.sign(method: "POST", path: path,
                                 headers: [("host", host), ("content-type", "application/json"), ("accept", "application/json")],
                                 body: body, timestamp: timestamp)
        for (name, value) in signed { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: timeout)
            let collected = try await response.body.collect(upTo: maxResponseBytes)
            return UpstreamResponse(status: Int(response.status.code), contentType: "application/json",
                                    body: Array(buffer: collected))
        } catch {
            throw APIError(status: 502, type: "api_error", message: "Bedrock at \(endpoint) failed: \(error)")
        }
    }

    /// Bedrock's errors (`{"message": …}` with an HTTP status) as Messages API errors.
    static func error(from response: UpstreamResponse) -> APIError {
        let message = (try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)))?.objectValue?["message"]?
            .stringValue ?? "Bedrock answered HTTP \(response.status)"
        switch response.status {
        case 400: return APIError(status: 400, type: "invalid_request_error", message: message)
        case 401, 403: return APIError(status: 403, type: "permission_error", message: message)
        case 404: return APIError(status: 404, type: "not_found_error", message: message)
        case 429: return APIError(status: 429, type: "rate_limit_error", message: message)
        case 503: return APIError(status: 529, type: "overloaded_error", message: message)
        default: return APIError(status: response.status >= 500 ? response.status : 502, type: "api_error", message: message)
        }
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
