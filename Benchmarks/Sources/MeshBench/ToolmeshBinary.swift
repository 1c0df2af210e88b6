import Foundation

/// Finds the `toolmesh` executable that runs the router.
enum ToolmeshBinary {
    /// The main package's directory: this file is `Benchmarks/Sources/MeshBench/ToolmeshBinary.swift`.
    static var mainPackageDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `explicit` if given, else the main package's release build.
    ///
    /// - Throws: ``BenchError`` naming the build command when the executable is missing.
    static func locate(_ explicit: String?) throws -> String {
        let path = explicit ?? mainPackageDirectory.appendingPathComponent(".build/release/toolmesh").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("""
                no toolmesh executable at \(path); build it first: \
                swift build -c release --product toolmesh (in \(mainPackageDirectory.path)), \
                or pass --toolmesh PATH
                """)
        }
        if explicit == nil {
            warnIfStale(path)
        }
        return path
    }

    /// Warns when a router source file is newer than the binary: the figures would then describe
    /// older code than the checkout.
    private static func warnIfStale(_ binary: String) {
        let files = FileManager.default
        guard let built = modificationDate(binary) else { return }
        for module in ["MeshProtocol", "MeshTransport", "MeshRouter", "ToolMeshCLI"] {
            let directory = mainPackageDirectory.appendingPathComponent("Sources/\(module)").path
            for name in (try? files.contentsOfDirectory(atPath: directory)) ?? [] {
                if let changed = modificationDate("\(directory)/\(name)"), changed > built {
                    Report.note("warning: \(binary) is older than Sources/\(module)/\(name); "
                        + "rebuild it with swift build -c release --product toolmesh")
                    return
                }
            }
        }
    }

    private static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
