/// A semantic style role; a `Theme` maps each to colours and attributes per terminal.
package enum Style: String, CaseIterable, Hashable, Sendable {
    case text, dim, status, agent, customer, participant
    case positive, negative, neutral, issue, category, alert
    case searchMatch, warning, failure, title, key, border

    /// One character per role for the compact style map of snapshots.
    package var code: Character {
        switch self {
        case .text: "."
        case .dim: "d"
        case .status: "s"
        case .agent: "A"
        case .customer: "C"
        case .participant: "P"
        case .positive: "+"
        case .negative: "-"
        case .neutral: "="
        case .issue: "i"
        case .category: "c"
        case .alert: "!"
        case .searchMatch: "m"
        case .warning: "w"
        case .failure: "f"
        case .title: "t"
        case .key: "k"
        case .border: "b"
        }
    }
}
