import Foundation
import MeshSchema

/// The documents the example service holds, and a plain word-overlap search over them.
enum DocumentLibrary {
    static let documents: [Document] = [
        Document(
            id: "travel-policy", title: "Travel policy 2026", updated: "2026-01-15",
            text: """
                Each employee has a quarterly travel budget set by level (see data). Travel \
                covers flights, trains, hotels and ground transport booked for work. Book economy \
                for flights under six hours. Trips over the approval threshold need a manager's \
                approval before booking. Spending above the quarterly budget is reviewed by finance.
                """,
            data: .table([
                "budgets_usd_per_quarter": .table([
                    "junior": .number(3000), "mid": .number(4500), "senior": .number(6000), "staff": .number(8000),
                ]),
                "approval_over_usd": .number(1500),
                "flight_class": .text("economy under 6 hours, premium economy above"),
            ])),
        Document(
            id: "expense-policy", title: "Expense policy", updated: "2025-11-02",
            text: """
                Submit expenses within 30 days with a receipt. Categories: travel, meals, \
                equipment, training, software. Meals are reimbursed up to the daily limit. \
                Amounts in other currencies are converted to USD at the rate of the expense date.
                """,
            data: .table([
                "categories": .list([.text("travel"), .text("meals"), .text("equipment"), .text("training"), .text("software")]),
                "meal_limit_usd_per_day": .number(75),
                "submit_within_days": .number(30),
            ])),
        Document(
            id: "remote-work", title: "Remote work handbook", updated: "2025-06-20",
            text: """
                Teams agree on core hours that overlap by at least four hours. Equipment for a \
                home office is an equipment expense, up to the yearly allowance.
                """,
            data: .table(["core_overlap_hours": .number(4), "equipment_allowance_usd_per_year": .number(1200)])),
        Document(
            id: "security-handbook", title: "Security handbook", updated: "2026-03-01",
            text: """
                Use the company password manager and hardware keys. Report lost devices within \
                one hour. Do not store customer data on personal devices, including while travelling.
                """,
            data: .table(["report_lost_device_within_hours": .number(1)])),
        Document(
            id: "onboarding-engineering", title: "Engineering onboarding", updated: "2026-02-10",
            text: """
                New engineers pair with a buddy for their first two weeks, ship a change in week \
                one, and join the on-call rotation after their first quarter.
                """,
            data: .table(["buddy_weeks": .number(2), "on_call_after_quarters": .number(1)])),
    ]

    /// Documents sharing words with `query`, best first (ties by id); the snippet is the
    /// first sentence that mentions one of the words.
    static func search(_ query: String, limit: Int) -> [SearchHit] {
        let terms = Set(words(query))
        let hits = documents.compactMap { document -> SearchHit? in
            let titleWords = words(document.title)
            let textWords = words(document.text)
            let score = titleWords.filter(terms.contains).count * 3 + textWords.filter(terms.contains).count
            guard score > 0 else { return nil }
            let sentences = document.text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }
            let snippet = sentences.first { !Set(words($0)).isDisjoint(with: terms) } ?? sentences.first ?? ""
            return SearchHit(id: document.id, title: document.title, score: score, snippet: snippet + ".")
        }
        return Array(hits.sorted { ($0.score, $1.id) > ($1.score, $0.id) }.prefix(limit))
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}

/// One document as `get_document` returns it.
struct Document: Sendable {
    var id: String
    var title: String
    var updated: String
    var text: String
    var data: Figure

    var json: JSONValue {
        .object(JSONObject([("id", .string(id)), ("title", .string(title)), ("updated", .string(updated)),
                            ("text", .string(text)), ("data", data.json)]))
    }
}

/// One search result.
struct SearchHit: Sendable {
    var id: String
    var title: String
    var score: Int
    var snippet: String

    var json: JSONValue {
        .object(JSONObject([("id", .string(id)), ("title", .string(title)), ("score", .number(JSONNumber(score))),
                            ("snippet", .string(snippet))]))
    }
}

/// A document's structured data: numbers, texts, lists and tables of them (in order).
indirect enum Figure: Sendable {
    case number(Int)
    case text(String)
    case list([Figure])
    case table(KeyValuePairs<String, Figure>)

    var json: JSONValue {
        switch self {
        case .number(let value): .number(JSONNumber(value))
        case .text(let value): .string(value)
        case .list(let values): .array(values.map(\.json))
        case .table(let pairs): .object(JSONObject(pairs.map { (key: $0.key, value: $0.value.json) }))
        }
    }
}
