import AnthropicProxy
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import MeshClient
import MeshTransport
import PTC

/// `toolmesh proxy`: the Anthropic Messages API with programmatic tool calling run here.
struct ProxyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "Serve the Anthropic Messages API with programmatic tool calling on the mesh.",
        discussion: """
            Point an Anthropic SDK's base URL at the proxy. Requests that list a code-execution \
            tool (code_execution_20250825 or code_execution_20260120) get programmatic tool \
            calling: the proxy runs the model's programs, calling mesh tools directly and pausing \
            for the client's tools; other requests pass through to the upstream.
            """
    )

    @Option(help: "Address to listen on (HOST:PORT).")
    var listen = "127.0.0.1:8080"

    @Option(help: "The model upstream: anthropic (https://api.anthropic.com), bedrock (Amazon Bedrock, credentials from the AWS environment variables), or the base URL of a Messages API server.")
    var upstream = "anthropic"

    @Option(help: "AWS region of the Bedrock upstream (default: $AWS_REGION or $AWS_DEFAULT_REGION).")
    var region: String?

    @Option(help: "Bedrock endpoint URL (default: https://bedrock-runtime.REGION.amazonaws.com).")
    var bedrockEndpoint: String?

    @Option(help: "Mesh router whose tools programs may call (none by default).")
    var router: String?

    @Option(help: "Shared secret for the router (default: $TOOLMESH_TOKEN).")
    var token: String?

    @Option(help: "Mesh tools programs may call: all, none, or NAME,NAME,….")
    var meshTools = "all"

    @Option(help: "Seconds a paused program waits for its client's tool results.")
    var sessionTimeout: Double = 270

    @Option(help: "Upstream API key used when a client sends none (default: $ANTHROPIC_API_KEY).")
    var apiKey: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard sessionTimeout > 0 else { throw ValidationError("--session-timeout must be positive") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level '\(logLevel)'") }
    }

    func run() async throws {
        let (host, port) = try Self.hostAndPort(listen)
        let model: any ModelUpstream
        let upstreamName: String
        switch upstream {
        case "anthropic":
            upstreamName = "https://api.anthropic.com"
            model = AnthropicUpstream(baseURL: upstreamName,
                                      fallbackAPIKey: apiKey ?? ProcessInfo.processInfo.environment["ANTHROPIC_API_KEY"])
        case "bedrock":
            do {
                let bedrock = try BedrockUpstream(region: region, endpoint: bedrockEndpoint)
                model = bedrock
                upstreamName = "Amazon Bedrock"
            } catch {
                throw CommandFailure("\(error)")
            }
        default:
            guard upstream.hasPrefix("http://") || upstream.hasPrefix("https://") else {
                throw ValidationError("--upstream must be anthropic, bedrock or an http(s) base URL")
            }
            upstreamName = upstream
            model = AnthropicUpstream(baseURL: upstream,
                                      fallbackAPIKey: apiKey ?? ProcessInfo.processInfo.environment["ANTHROPIC_API_KEY"])
        }
        var logger = Logger(label: "toolmesh.proxy")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info

        var client: MeshClient?
        if let router { client = try await MeshOptions.connect(router: router, token: token) }
        defer { client?.close() }
        let selection: MeshToolSelection = switch meshTools {
        case "all": .all
        case "none": .none
        default: .named(Set(meshTools.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        let service = MessagesService(upstream: model, mesh: client.map { MeshToolBackend(client: $0) },
                                      meshSelection: selection, sessionIdleTimeout: sessionTimeout, logger: logger)
        let server = ProxyServer(service: service, upstream: model, logger: logger)
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(5))
                service.sweepSessions()
            }
        }
        defer { sweeper.cancel() }
        let app = Application(router: server.router(),
                              configuration: .init(address: .hostname(host, port: port), serverName: "toolmesh-proxy"),
                              onServerRunning: { channel in
                                  print("toolmesh proxy listening on \(channel.localAddress?.description ?? "\(host):\(port)") "
                                        + "upstream \(upstreamName)")
                                  fflush(nil)
                              },
                              logger: logger)
        try await app.runService()
    }

    static func hostAndPort(_ text: String) throws -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port) else {
            throw ValidationError("--listen must be HOST:PORT")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host, port)
    }
}
