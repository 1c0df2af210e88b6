import Foundation
import PTC

/// Calls from a program to the client's tools, waiting for the client's `tool_result`s.
///
/// A call parks until `deliver` brings its result (which may arrive first: it is then kept
/// until the call asks). Cancelling the waiting task answers `CANCELLED`.
final class ClientToolCalls: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: CheckedContinuation<ToolCallResult, Never>] = [:]
    private var early: [Int: ToolCallResult] = [:]

    func wait(for id: Int) async -> ToolCallResult {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<ToolCallResult, Never>) in
                lock.lock()
                if let result = early.removeValue(forKey: id) {
                    lock.unlock()
                    continuation.resume(returning: result)
                    return
                }
                waiting[id] = continuation
                lock.unlock()
            }
        } onCancel: {
            deliver(id, .failure(ToolFailure(code: "CANCELLED", message: "the program ended before the client answered")))
        }
    }

    func deliver(_ id: Int, _ result: ToolCallResult) {
        lock.lock()
        if let continuation = waiting.removeValue(forKey: id) {
            lock.unlock()
            continuation.resume(returning: result)
            return
        }
        early[id] = result
        lock.unlock()
    }
}

/// The tools of a program run by the proxy: the client's (answered through the client) and
/// the mesh's (called directly). A client tool wins when both have a name.
struct ProxyToolBackend: ToolBackend {
    let clientTools: [ToolDescription]
    let meshTools: [ToolDescription]
    let mesh: MeshToolBackend?
    let clientCalls: ClientToolCalls

    /// Every tool a program may call: the client's, then the mesh's it does not shadow.
    var callableTools: [ToolDescription] {
        let clientNames = Set(clientTools.map(\.name))
        return clientTools + meshTools.filter { !clientNames.contains($0.name) }
    }

    func tools() async throws(ToolFailure) -> [ToolDescription] { callableTools }

    func call(_ call: ToolCall) async -> ToolCallResult {
        if clientTools.contains(where: { $0.name == call.tool }) {
            return await clientCalls.wait(for: call.id)
        }
        guard let mesh else {
            return .failure(ToolFailure(code: "NOT_FOUND", message: "no tool named '\(call.tool)'"))
        }
        return await mesh.call(call)
    }

    func isClientTool(_ name: String) -> Bool { clientTools.contains { $0.name == name } }
}
