import Dispatch
import Foundation
import MeshTransport

/// A `toolmesh router` child process listening on a free loopback port.
///
/// A separate process, so that its memory can be read on its own (`/proc/PID/status`) and its
/// event loop does not share an address space with the clients and workers driving it.
/// Not thread-safe: used by the one task that drives the benchmark.
final class RouterProcess {
    /// Where the router accepts connections.
    let address: SocketAddress
    private let process: Process

    private init(process: Process, address: SocketAddress) {
        self.process = process
        self.address = address
    }

    /// The router's process id.
    var pid: Int32 { process.processIdentifier }

    /// Starts `binary router` on 127.0.0.1 port 0 and waits for the address it announces.
    ///
    /// - Throws: when the process cannot start or does not announce an address.
    static func launch(binary: String) async throws -> RouterProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["router", "--listen", "127.0.0.1:0", "--log-level", "warning"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = await firstLine(of: output.fileHandleForReading.fileDescriptor)
        let prefix = "toolmesh router listening on "
        guard line.hasPrefix(prefix),
              let address = try? SocketAddress(parsing: String(line.dropFirst(prefix.count)))
        else {
            process.terminate()
            throw BenchError("router did not announce its address; its first line was '\(line)'")
        }
        return RouterProcess(process: process, address: address)
    }

    /// The router's resident set size in bytes (`VmRSS` of `/proc/PID/status`).
    func residentBytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            // "VmRSS:	   12345 kB"
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count >= 2, let kibibytes = Int(fields[1]) {
                return kibibytes * 1024
            }
        }
        throw BenchError("no VmRSS line in /proc/\(pid)/status")
    }

    /// Sends SIGTERM and waits for the process to exit; sends SIGKILL if it has not after 5 s.
    func stop() async {
        process.terminate()
        // Polled rather than `waitUntilExit()`, which spins a run loop (a busy CPU) on threads
        // that have no run loop sources, as the cooperative pool's do.
        for attempt in 0... {
            guard process.isRunning else { return }
            if attempt == 1_000 {
                kill(pid, SIGKILL)
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Reads `descriptor` up to the first newline or end of file, off the cooperative pool.
    private static func firstLine(of descriptor: Int32) async -> String {
        await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            DispatchQueue.global().async {
                var bytes: [UInt8] = []
                var byte: UInt8 = 0
                // One byte at a time so nothing after the line is consumed; it is one short line.
                while read(descriptor, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
                    bytes.append(byte)
                }
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}
