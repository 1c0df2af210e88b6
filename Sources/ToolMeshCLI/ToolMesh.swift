import ArgumentParser
import CLibUV
import MeshProtocol
import MeshWireC

/// The `toolmesh` command: one binary for the router, workers, programs and the proxy.
@main
struct ToolMesh: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "toolmesh",
        abstract: "Programmatic tool calling over a mesh of tool services.",
        discussion: """
            A model writes one Python program; ToolMesh runs it in a sandboxed interpreter and \
            sends its tool calls, concurrently, to tool services registered with a router.
            """,
        version: versionText,
        subcommands: [
            RouterCommand.self,
            RunCommand.self,
            ToolsCommand.self,
            CallCommand.self,
            ProxyCommand.self,
            DemoCommand.self,
            WorkerCommand.self,
        ]
    )

    /// The version line, with the wire protocol and the C libraries this binary runs on.
    static var versionText: String {
        let libuv = String(cString: uv_version_string())
        let protobufC = String(cString: protobuf_c_version())
        return "toolmesh \(version) (protocol \(meshProtocolVersion), libuv \(libuv), protobuf-c \(protobufC))"
    }
}
