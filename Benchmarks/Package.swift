// swift-tools-version: 6.2
// ToolMesh benchmarks: the mesh against grpc-swift-2 on loopback.
// A package of its own so that the gRPC dependency never slows the main package's build.
import PackageDescription

/// The main package is the parent directory. A path dependency's identity is its directory's
/// name, which depends on where the repository was cloned, so derive it instead of spelling it.
let toolMesh = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "main"

let package = Package(
    name: "ToolMeshBenchmarks",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/grpc/grpc-swift-2", exact: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport", exact: "2.9.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // `mesh-bench`: latency, throughput, fan-out and router memory, mesh and gRPC side by side.
        .executableTarget(
            name: "mesh-bench",
            dependencies: [
                .product(name: "MeshClient", package: toolMesh),
                .product(name: "MeshWorker", package: toolMesh),
                .product(name: "MeshProtocol", package: toolMesh),
                .product(name: "MeshTransport", package: toolMesh),
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/MeshBench",
            swiftSettings: [.treatAllWarnings(as: .error)]
        ),
    ]
)
