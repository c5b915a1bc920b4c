import ContactLensModel
import FoundationEssentials

/// What a live row is ordered by, as one key per row: worked out when the row changes, and only
/// from what the chosen order looks at, so a change the order does not see leaves the key alike.
/// The keys of one wall are a total order (the contact id breaks ties).
struct RowOrder: Comparable, Sendable {
    let sort: WallSort
    let alerted: Bool
    /// Recent customer sentiment against the call's, when it is falling (below 0); else 0.
    let falling: Double
    /// The agent's or the queue's name when the order is by one; contacts listed by id have none
    /// yet and come first.
    let name: String
    /// The longer call comes first: every row's clock runs alike, so the order by the time the
    /// call connected is the order by seconds on the call at any moment, and the key does not
    /// change as time passes.
    let connectedAt: Date
    let id: String

    init(id: String, _ row: WallRow, sort: WallSort) {
        self.sort = sort
        self.id = id
        alerted = !row.alerts.isEmpty
        falling = sort == .attention && row.trend < 0 ? row.trend : 0
        switch sort {
        case .agent: name = row.found?.agent ?? ""
        case .queue: name = row.found?.queue ?? ""
        case .attention, .longest: name = ""
        }
        connectedAt = row.connectedAt
    }

    /// Attention: alerts, then a falling customer sentiment (the steepest first), then the longest
    /// call; the other orders by name, then the longest call; then the contact id.
    static func < (a: RowOrder, b: RowOrder) -> Bool {
        switch a.sort {
        case .attention:
            if a.alerted != b.alerted { return a.alerted }
            if a.falling != b.falling { return a.falling < b.falling }
        case .agent, .queue:
            if a.name != b.name { return a.name < b.name }
        case .longest:
            break
        }
        if a.connectedAt != b.connectedAt { return a.connectedAt < b.connectedAt }
        return a.id < b.id
    }
}

/// What an ended row is ordered by: the most recently ended first.
struct EndedOrder: Comparable, Sendable {
    let at: Date
    let id: String

    static func < (a: EndedOrder, b: EndedOrder) -> Bool { (a.at, a.id) > (b.at, b.id) }
}
