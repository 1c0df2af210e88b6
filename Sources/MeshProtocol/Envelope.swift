/// One frame's content: exactly one protocol message.
public enum Envelope: Sendable, Hashable {
    case hello(Hello)
    case welcome(Welcome)
    case register(Register)
    case registerAck(RegisterAck)
    case call(Call)
    case result(CallResult)
    case cancel(Cancel)
    case ping(Ping)
    case pong(Pong)
    case drain(Drain)
    case listToolsRequest(ListToolsRequest)
    case listToolsResponse(ListToolsResponse)
    case protocolError(ProtocolError)

    /// The message's name in `mesh.proto`, for logs and error messages.
    public var messageName: String {
        switch self {
        case .hello: "Hello"
        case .welcome: "Welcome"
        case .register: "Register"
        case .registerAck: "RegisterAck"
        case .call: "Call"
        case .result: "CallResult"
        case .cancel: "Cancel"
        case .ping: "Ping"
        case .pong: "Pong"
        case .drain: "Drain"
        case .listToolsRequest: "ListToolsRequest"
        case .listToolsResponse: "ListToolsResponse"
        case .protocolError: "ProtocolError"
        }
    }
}
