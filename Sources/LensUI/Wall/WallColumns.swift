/// Column widths of the wall for a terminal width: the essentials always, the trend and the
/// categories when there is room; the customer's latest line takes what is left.
struct WallColumns: Sendable, Hashable {
    static let mark = 3
    static let agent = 14
    static let queue = 10
    static let time = 7
    static let turns = 6
    static let age = 5
    static let trend = WallRow.sparkLength + 1
    /// The alerts column at its narrowest; a wide terminal gives it up to `alertsExtra` more, so
    /// `3×neg,Escalation` is read whole.
    static let alerts = 14
    static let alertsExtra = 16
    /// Agent to alerts and the age, with a header, the titles, two rows, the status and the keys.
    static let minimum = Size(width: mark + agent + queue + time + turns + alerts + age + 1, height: 6)
    /// Where the time on the call starts.
    static let timeX = mark + agent + queue
    var showTrend: Bool
    var alerts: Int
    var categories: Int
    var latest: Int

    init(width: Int) {
        let base = Self.mark + Self.agent + Self.queue + Self.time + Self.turns + Self.age + Self.alerts
        var left = width - base
        showTrend = left >= Self.trend + 20
        if showTrend { left -= Self.trend }
        let extra = min(Self.alertsExtra, max(0, left - 80))
        alerts = Self.alerts + extra
        left -= extra
        categories = left >= 60 ? min(30, left - 40) : 0
        left -= categories
        latest = max(0, left)
    }

    /// A column's title and its place: `WallView.titles` draws them and a click on one orders
    /// the wall by its `sort`.
    struct Title: Hashable, Sendable {
        var name: String
        var x: Int
        var width: Int
        /// The order a click on the title chooses; nil: the column orders nothing.
        var sort: WallSort?
    }

    /// The titles left to right; the customer's words take the rest of the line.
    var titles: [Title] {
        var out: [Title] = []
        var x = 0
        func add(_ name: String, _ width: Int, _ sort: WallSort? = nil) {
            out.append(Title(name: name, x: x, width: width, sort: sort))
            x += width
        }
        add("", Self.mark)
        add("AGENT", Self.agent, .agent)
        add("QUEUE", Self.queue, .queue)
        add("TIME", Self.time, .longest)
        add("TURNS", Self.turns)
        if showTrend { add("TREND", Self.trend, .attention) }
        add("ALERTS", alerts, .attention)
        if categories > 0 { add("CATEGORIES", categories) }
        add("AGE", Self.age)
        add("CUSTOMER SAID", latest)
        return out
    }

    /// Where the data age starts.
    var ageX: Int { Self.timeX + Self.time + Self.turns + (showTrend ? Self.trend : 0) + alerts + categories }
}
