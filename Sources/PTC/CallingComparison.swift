import Foundation

/// What the same task would cost a model calling tools directly, one turn per round of
/// calls, next to what it cost with programmatic tool calling.
///
/// Direct calling needs a model turn for each round of calls that depend on earlier results
/// (calls of one round can be batched into one turn), plus the final answer; every result
/// enters the model's context. With PTC the model writes one program and reads what it
/// printed: two turns, and only the output enters the context.
public struct CallingComparison: Sendable, Equatable {
    public var toolCalls: Int
    public var directTurns: Int
    public var directContextBytes: Int
    public var programTurns: Int
    public var programContextBytes: Int

    public init(_ record: RunRecord) {
        toolCalls = record.calls.count
        let rounds = Set(record.calls.map(\.round)).count
        directTurns = rounds + 1
        directContextBytes = record.calls.reduce(0) { $0 + $1.resultBytes }
        programTurns = 2
        programContextBytes = record.outputBytes + record.errorText.utf8.count
    }

    /// A small table for people, ending in a newline.
    public var text: String {
        func row(_ label: String, _ turns: Int, _ bytes: Int) -> String {
            label.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(turns).leftPadded(14) + String(bytes).leftPadded(16)
        }
        return """
            \("".padding(toLength: 30, withPad: " ", startingAt: 0))\("model turns".leftPadded(14))\("context bytes".leftPadded(16))
            \(row("direct tool calling", directTurns, directContextBytes))
            \(row("programmatic (this run)", programTurns, programContextBytes))

            """
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
