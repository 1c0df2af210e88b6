import MeshSchema

/// An error in the Messages API's shape: `{"type": "error", "error": {"type": …, "message": …}}`
/// with the matching HTTP status, so the official SDKs raise their usual exception classes.
public struct APIError: Error, Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// `invalid_request_error`, `authentication_error`, `permission_error`, `not_found_error`,
    /// `request_too_large`, `rate_limit_error`, `api_error` or `overloaded_error`.
    public var type: String
    public var message: String

    public init(status: Int, type: String, message: String) {
        self.status = status
        self.type = type
        self.message = message
    }

    public static func invalidRequest(_ message: String) -> APIError {
        APIError(status: 400, type: "invalid_request_error", message: message)
    }

    public static func authentication(_ message: String) -> APIError {
        APIError(status: 401, type: "authentication_error", message: message)
    }

    public static func notFound(_ message: String) -> APIError {
        APIError(status: 404, type: "not_found_error", message: message)
    }

    public static func tooLarge(_ message: String) -> APIError {
        APIError(status: 413, type: "request_too_large", message: message)
    }

    public static func api(_ message: String) -> APIError {
        APIError(status: 500, type: "api_error", message: message)
    }

    /// The error type the Messages API uses for an HTTP status from an upstream.
    public static func type(forStatus status: Int) -> String {
        switch status {
        case 400: "invalid_request_error"
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 529: "overloaded_error"
        default: "api_error"
        }
    }

    /// The response body.
    public var json: JSONValue {
        .object(JSONObject([
            ("type", .string("error")),
            ("error", .object(JSONObject([("type", .string(type)), ("message", .string(message))]))),
        ]))
    }
}
