import Foundation

/// The `--trace` report: one line per tool call with its start, duration, worker and status,
/// and a bar that places it on the run's timeline, so a person can see the fan-out.
public enum CallTimeline {
    /// The report for `record`, ending in a newline; `width` is the bar's width in columns.
    public static func render(_ record: RunRecord, width: Int = 40) -> String {
        let calls = record.calls
        var lines: [String] = []
        let total = max(record.duration, 1e-6)
        lines.append("tool calls: \(calls.count) in \(ms(record.duration)) (interpreter \(ms(record.interpreterTime)), "
                     + "at most \(maxInFlight(calls)) in flight)")
        guard !calls.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        let toolWidth = min(32, calls.map(\.tool.count).max() ?? 4)
        let workerWidth = min(24, max(6, calls.map { ($0.worker ?? "-").count }.max() ?? 6))
        lines.append("  " + pad("#", 4) + pad("tool", toolWidth + 2) + leftPad("start", 10) + leftPad("duration", 11)
                     + "  " + pad("worker", workerWidth + 2) + pad("timeline", width + 4) + "status")
        for call in calls {
            let start = call.startedAt.map(ms) ?? "-"
            let duration = call.duration.map(ms) ?? "-"
            var status = call.status
            if let message = call.message, call.status != "OK" {
                status += ": " + String(message.prefix(100))
            }
            lines.append("  " + pad("\(call.id)", 4) + pad(call.tool, toolWidth + 2) + leftPad(start, 10)
                         + leftPad(duration, 11) + "  " + pad(call.worker ?? "-", workerWidth + 2)
                         + bar(call, total: total, width: width) + "  " + status)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `|   ====    |`: where the call ran within the run.
    private static func bar(_ call: CallRecord, total: Double, width: Int) -> String {
        guard let start = call.startedAt else { return "|" + String(repeating: " ", count: width) + "|" }
        let end = call.endedAt ?? total
        let first = min(width - 1, max(0, Int(start / total * Double(width))))
        let last = min(width - 1, max(first, Int((end / total * Double(width)).rounded(.up)) - 1))
        var cells = Array(repeating: Character(" "), count: width)
        for i in first...last { cells[i] = "=" }
        return "|" + String(cells) + "|"
    }

    /// The most calls running at one moment.
    public static func maxInFlight(_ calls: [CallRecord]) -> Int {
        var events: [(time: Double, delta: Int)] = []
        for call in calls {
            guard let start = call.startedAt, let end = call.endedAt else { continue }
            events.append((start, 1))
            events.append((end, -1))
        }
        // Ends before starts at the same instant: back-to-back calls do not overlap.
        events.sort { ($0.time, $0.delta) < ($1.time, $1.delta) }
        var current = 0, most = 0
        for event in events {
            current += event.delta
            most = max(most, current)
        }
        return most
    }

    static func ms(_ seconds: Double) -> String {
        let value = seconds * 1000
        return value < 10 ? String(format: "%.2f ms", value) : String(format: "%.1f ms", value)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
