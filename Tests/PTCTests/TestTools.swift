import Foundation
import MeshSchema
import PTC

/// Counts calls in flight, to observe how concurrent a run really was.
actor InFlightCounter {
    private(set) var current = 0
    private(set) var most = 0
    private(set) var total = 0
    private(set) var cancelled = 0

    func enter() {
        current += 1
        total += 1
        most = max(most, current)
    }

    func leave(cancelled wasCancelled: Bool) {
        current -= 1
        if wasCancelled { cancelled += 1 }
    }
}

/// JSON Schema text helpers for the tests' tools.
func schema(_ text: String) -> JSONValue {
    // The texts are literals of the tests; a typo should fail loudly.
    (try? JSONValue(parsing: text)) ?? .string("bad schema literal: \(text)")
}

func number(_ value: JSONValue?) -> Double {
    value?.numberValue?.doubleValue ?? .nan
}

/// A small team/expenses service in process: the shape of the demo's tools.
func teamBackend(counter: InFlightCounter, sleepMs: UInt64 = 20) throws -> LocalToolBackend {
    let members: [String: [String]] = ["engineering": ["ana", "bo", "cy", "dee"], "sales": ["eve"]]
    return try LocalToolBackend([
        (ToolDescription(name: "get_team_members", description: "Members of a department.",
                         inputSchema: schema(#"{"type":"object","properties":{"department":{"type":"string"}},"required":["department"],"additionalProperties":false}"#)),
         { @Sendable arguments in
             let department = arguments["department"]?.stringValue ?? ""
             guard let names = members[department] else {
                 throw ToolFailure(code: "NOT_FOUND", message: "unknown department: \(department)")
             }
             return .array(names.map { .object(JSONObject([("id", .string($0)), ("name", .string($0.capitalized))])) })
         }),
        (ToolDescription(name: "get_expenses", description: "Expense items of an employee in a quarter.",
                         inputSchema: schema(#"{"type":"object","properties":{"employee_id":{"type":"string"},"quarter":{"type":"string","enum":["Q1","Q2","Q3","Q4"]}},"required":["employee_id","quarter"],"additionalProperties":false}"#)),
         { @Sendable arguments in
             await counter.enter()
             var wasCancelled = false
             do {
                 try await Task.sleep(nanoseconds: sleepMs * 1_000_000)
             } catch {
                 wasCancelled = true
             }
             await counter.leave(cancelled: wasCancelled)
             if wasCancelled { throw CancellationError() }
             let id = arguments["employee_id"]?.stringValue ?? ""
             let amount = id.count * 1000 + 500
             return .array([.object(JSONObject([("amount", .number(JSONNumber(amount)))]))])
         }),
        (ToolDescription(name: "hang", description: "Never answers.", inputSchema: schema(#"{"type":"object"}"#)),
         { @Sendable _ in
             await counter.enter()
             while !Task.isCancelled { try? await Task.sleep(nanoseconds: 5_000_000) }
             await counter.leave(cancelled: true)
             throw CancellationError()
         }),
    ])
}
