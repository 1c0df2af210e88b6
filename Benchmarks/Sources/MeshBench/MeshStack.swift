import MeshClient
import MeshTransport

/// The mesh under test: a router child process, workers in this process, one client connection.
///
/// Not thread-safe: used by the one task that drives the benchmark.
final class MeshStack {
    /// The router process.
    let router: RouterProcess
    /// The one client connection every call goes through.
    let client: MeshClient
    /// Workers started so far.
    let workers = WorkerGroup()

    private init(router: RouterProcess, client: MeshClient) {
        self.router = router
        self.client = client
    }

    /// Starts a router from `binary` and connects a client to it.
    static func start(binary: String) async throws -> MeshStack {
        let router = try await RouterProcess.launch(binary: binary)
        do {
            let client = try await MeshClient.connect(MeshClient.Options(address: router.address, name: "mesh-bench"))
            return MeshStack(router: router, client: client)
        } catch {
            await router.stop()
            throw error
        }
    }

    /// One `echo` call through the router.
    var echo: EchoCall {
        { [client] payload in try await client.call("echo", arguments: payload).result }
    }

    /// Stops the workers, closes the client and stops the router.
    func shutdown() async {
        await workers.stopAll()
        client.close()
        await router.stop()
    }
}

extension MeshStack {
    /// Runs `body` with a fresh stack and shuts the stack down afterwards, also when `body` throws,
    /// so no router process outlives the benchmark.
    static func with<Result>(binary: String, _ body: (MeshStack) async throws -> Result) async throws -> Result {
        let stack = try await start(binary: binary)
        do {
            let result = try await body(stack)
            await stack.shutdown()
            return result
        } catch {
            await stack.shutdown()
            throw error
        }
    }
}
