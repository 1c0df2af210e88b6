import Foundation
import MeshTransport

/// The demo's tool services that run as child processes (Python and C), with what they
/// printed kept in a file for when one fails to start.
final class ServiceProcess: @unchecked Sendable {
    let name: String
    let process = Process()
    let logPath: String

    /// Starts `executable arguments… --router ADDRESS`.
    init(name: String, executable: String, arguments: [String], router: SocketAddress) throws {
        self.name = name
        logPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("toolmesh-demo-\(name)-\(getpid()).log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + ["--router", router.description]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try Self.runWithSignalsUnblocked(process)
    }

    /// Starts `process` from a thread that blocks no signals. A child inherits its parent
    /// thread's signal mask, and the threads Swift concurrency runs on block SIGTERM: a child
    /// started from one would ignore `terminate()`.
    private static func runWithSignalsUnblocked(_ process: Process) throws {
        final class Outcome: @unchecked Sendable { var error: (any Error)? }
        let outcome = Outcome()
        let started = DispatchSemaphore(value: 0)
        let thread = Thread {
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            do { try process.run() } catch { outcome.error = error }
            started.signal()
        }
        thread.start()
        started.wait()
        if let error = outcome.error { throw error }
    }

    /// The end of what the service printed, for error messages.
    var logTail: String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(8).joined(separator: "\n")
    }

    /// SIGTERM (the service drains and leaves), SIGKILL if it is still there after `grace`
    /// seconds; waits for the exit and removes the log.
    func stop(grace: Double = 3) {
        // `waitUntilExit` notices the exit promptly where polling `isRunning` lags by seconds.
        let exited = DispatchSemaphore(value: 0)
        let process = process
        Thread.detachNewThread {
            process.waitUntilExit()
            exited.signal()
        }
        if process.isRunning { process.terminate() }
        if exited.wait(timeout: .now() + grace) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        try? FileManager.default.removeItem(atPath: logPath)
    }
}

/// Where the demo finds its example services and program: under the repository (the
/// current directory by default), with the Python SDK in the virtual environment that
/// `tools/demo` creates and the C worker built by `make -C tools/c`.
struct DemoLayout {
    var root: String

    var program: String { root + "/tools/examples/travel_budget.py" }
    var teamService: String { root + "/tools/examples/python/team_service.py" }
    var python: String { root + "/.build-python/venv/bin/python" }
    var geoWorker: String { root + "/tools/c/build/geo_worker" }

    /// What is missing, as one message that says how to get it.
    func problems(python: String, geoWorker: String, program: String) -> String? {
        var missing: [String] = []
        let files = FileManager.default
        if !files.fileExists(atPath: program) { missing.append("the example program \(program)") }
        if !files.fileExists(atPath: teamService) { missing.append("the Python team service \(teamService)") }
        if !files.isExecutableFile(atPath: python) {
            missing.append("a Python with the toolmesh SDK at \(python) (tools/demo creates it)")
        }
        if !files.isExecutableFile(atPath: geoWorker) {
            missing.append("the C geo worker at \(geoWorker) (make -C tools/c)")
        }
        guard !missing.isEmpty else { return nil }
        return "cannot start the demo; missing " + missing.joined(separator: "; ")
            + ". Run tools/demo from the repository, which sets everything up."
    }
}
