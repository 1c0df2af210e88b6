// swift-tools-version: 6.2
// ToolMesh: programmatic tool calling over a mesh of tool services.
// Targets follow the layers in docs/architecture.md; dependencies point down only.
import PackageDescription

/// Every Swift target: Swift 6 language mode (complete concurrency checking) and no warnings.
let strictSettings: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "ToolMesh",
    products: [
        .executable(name: "toolmesh", targets: ["ToolMeshCLI"]),
        .library(name: "MeshProtocol", targets: ["MeshProtocol"]),
        .library(name: "MeshTransport", targets: ["MeshTransport"]),
        .library(name: "MeshClient", targets: ["MeshClient"]),
        .library(name: "MeshWorker", targets: ["MeshWorker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C system libraries, found through pkg-config.
        .systemLibrary(
            name: "CLibUV",
            pkgConfig: "libuv",
            providers: [.apt(["libuv1-dev"])]
        ),
        .systemLibrary(
            name: "CProtobufC",
            pkgConfig: "libprotobuf-c",
            providers: [.apt(["libprotobuf-c-dev"])]
        ),
        // protoc-c output for proto/toolmesh/v1/mesh.proto (regenerate with tools/gen-proto).
        .target(
            name: "MeshWireC",
            dependencies: ["CProtobufC"]
        ),

        // Messages, status codes and framing of the mesh protocol; no I/O.
        .target(
            name: "MeshProtocol",
            dependencies: ["MeshWireC", "CProtobufC"],
            swiftSettings: strictSettings
        ),

        // JSON values (order-preserving parser and serializer) and a JSON Schema validator.
        .target(
            name: "MeshSchema",
            swiftSettings: strictSettings
        ),

        // The libuv event loop on its own thread, TCP and Unix-socket connections carrying
        // frames, timers.
        .target(
            name: "MeshTransport",
            dependencies: ["MeshProtocol", "CLibUV"],
            swiftSettings: strictSettings
        ),

        // Routing logic as a state machine (no I/O, no clock), and its libuv driver.
        .target(
            name: "MeshRouter",
            dependencies: [
                "MeshProtocol",
                "MeshTransport",
                "MeshSchema",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // Swift async client: list tools, call with deadlines, metadata and cancellation.
        .target(
            name: "MeshClient",
            dependencies: ["MeshProtocol", "MeshTransport"],
            swiftSettings: strictSettings
        ),

        // Swift SDK for tool services: register tools, serve calls, reconnect, drain.
        .target(
            name: "MeshWorker",
            dependencies: ["MeshProtocol", "MeshTransport"],
            swiftSettings: strictSettings
        ),

        // Python front end: lexer, parser, AST with source locations, CPython-style SyntaxError.
        .target(
            name: "PyFrontend",
            swiftSettings: strictSettings
        ),

        // Python bytecode: the instruction set, code objects, and the compiler from the AST.
        .target(
            name: "PyCompiler",
            dependencies: ["PyFrontend"],
            swiftSettings: strictSettings
        ),

        // CPython-exact number and string formatting: float repr, the format-spec
        // mini-language, `%`-formatting, int/float parsing and rounding.
        .target(
            name: "PyFormat",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            swiftSettings: strictSettings
        ),

        // The Python runtime: values, objects, the VM with its task scheduler, builtins,
        // limits and the host interface for suspended tool calls.
        .target(
            name: "PyRuntime",
            dependencies: [
                "PyFrontend",
                "PyCompiler",
                "PyFormat",
                "MeshSchema",
                .product(name: "BigInt", package: "BigInt"),
            ],
            // The VM is single-threaded and its hot loop mutates frame state constantly;
            // dynamic exclusivity checks cost a fifth of its time (measured with perf).
            swiftSettings: strictSettings + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),

        // Programmatic tool calling: runs a program whose tool calls go, concurrently, to a
        // ToolBackend (the mesh, or in-process Swift functions); stubs, timelines, run records.
        .target(
            name: "PTC",
            dependencies: ["PyRuntime", "PyFrontend", "MeshClient", "MeshProtocol", "MeshSchema"],
            swiftSettings: strictSettings
        ),

        // Example tool service in Swift (company documents), served by
        // `toolmesh worker --example --service documents` and the demo.
        .target(
            name: "ExampleDocuments",
            dependencies: ["MeshWorker", "MeshProtocol", "MeshSchema"],
            path: "tools/examples/swift-documents",
            swiftSettings: strictSettings
        ),

        // The Anthropic Messages API in front of a model upstream (Anthropic or Amazon Bedrock),
        // with programmatic tool calling run here: code tool rewrite, sessions, pauses for
        // client tools.
        .target(
            name: "AnthropicProxy",
            dependencies: [
                "PTC",
                "PyRuntime",
                "MeshClient",
                "MeshSchema",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // The `toolmesh` command.
        .executableTarget(
            name: "ToolMeshCLI",
            dependencies: [
                "MeshProtocol",
                "MeshTransport",
                "MeshRouter",
                "MeshClient",
                "MeshWorker",
                "PyRuntime",
                "PyFrontend",
                "PTC",
                "AnthropicProxy",
                "ExampleDocuments",
                "CLibUV",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        .testTarget(
            name: "MeshProtocolTests",
            dependencies: ["MeshProtocol", "MeshWireC", "MeshTestSupport"],
            swiftSettings: strictSettings
        ),
        // Probes, waiting helpers and a seeded generator shared by the test targets.
        .target(
            name: "MeshTestSupport",
            dependencies: ["MeshTransport", "MeshProtocol"],
            path: "Tests/MeshTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshTransportTests",
            dependencies: ["MeshTransport", "MeshProtocol", "MeshTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshRouterTests",
            dependencies: ["MeshRouter", "MeshProtocol", "MeshTransport", "MeshTestSupport",
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MeshSchemaTests",
            dependencies: ["MeshSchema"],
            swiftSettings: strictSettings
        ),
        // Python programs shared by the front end's and the compiler's tests.
        .target(
            name: "PyTestSupport",
            path: "Tests/PyTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PyFrontendTests",
            dependencies: ["PyFrontend", "PyTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PyCompilerTests",
            dependencies: ["PyCompiler", "PyFrontend", "PyTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PyFormatTests",
            dependencies: ["PyFormat", .product(name: "BigInt", package: "BigInt")],
            exclude: ["gen_vectors.py", "vectors.jsonl"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PyRuntimeTests",
            dependencies: ["PyRuntime", "MeshSchema", "PyTestSupport"],
            swiftSettings: strictSettings
        ),
        // Python programs run under CPython and under PyRuntime, outputs compared.
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["PyRuntime", "PyFrontend", "PyTestSupport"],
            exclude: ["Cases", "pending.txt"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PTCTests",
            dependencies: ["PTC", "PyRuntime", "MeshSchema"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CInteropTests",
            dependencies: ["CLibUV", "CProtobufC", "MeshWireC"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ToolMeshCLITests",
            dependencies: ["ToolMeshCLI", "MeshTransport", "MeshProtocol", "MeshClient", "MeshTestSupport",
                           "AnthropicProxy", "MeshSchema"],
            swiftSettings: strictSettings
        ),
    ]
)
