import ContactLensModel
import Foundation

/// The wall's command-line choices: which categories alert, and after how many negative
/// customer turns in a row.
package struct WallOptions: Sendable, Hashable {
    package var alertPatterns: [String]
    /// nil: no alert on negative runs.
    package var alertNegative: Int?
    /// How long an ended call stays in the "recently ended" section.
    package var endedKeep: TimeInterval

    package init(alertPatterns: [String] = [], alertNegative: Int? = nil, endedKeep: TimeInterval = 300) {
        self.alertPatterns = alertPatterns
        self.alertNegative = alertNegative
        self.endedKeep = endedKeep
    }

    /// The alert rules the options make; throws naming a pattern that is not a regular expression.
    package func alertRules() throws(AlertRulesError) -> AlertRules {
        try AlertRules(patterns: alertPatterns, negativeRun: alertNegative)
    }
}

/// The orders `o` cycles through.
package enum WallSort: String, CaseIterable, Sendable {
    case attention, longest, agent, queue

    var next: WallSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

/// Everything the wall shows; owned by `reduceWall`.
package struct WallState: Sendable {
    package var instanceId: String
    /// What is watched and where, for the header ("queues Billing, Support · us-east-1").
    package var scope: String
    package var options: WallOptions
    /// The options' alert rules, which every row's call applies.
    let rules: AlertRules
    package var rows: [String: WallRow] = [:]
    /// Live rows in the chosen order, after the filter; kept by `relayout()`.
    package private(set) var visible: [String] = []
    /// Ended rows, the most recent first.
    package private(set) var ended: [String] = []
    /// Where `selected` is in `screenOrder`, kept with it, so a frame finds it without a search.
    private var selectedIndex: Int?
    /// Live rows with alerts (kept by `relayout()`, so a frame never counts them).
    package private(set) var alertedCount = 0
    package var sort = WallSort.attention
    package var filter: String?
    package var filterDraft = ""
    package var editingFilter = false
    package var selected: String?
    /// The user moved the selection: it stays on its call; otherwise it is the top row.
    package var selectionPinned = false
    package var pace: WallPace?
    package var discoveryProblem: String?
    /// The segment stream's reader, when the wall reads one.
    package var streamStatus: FollowStatus?
    /// When the stream was last read to its tip: every live row's data is that fresh.
    package var streamFresh: Date?
    package var showHelp = false
    package var notice: String?
    /// The supervisor's Amazon Connect user, found once per run when `L` first needs it.
    package var supervisor = SupervisorLookup.unknown
    package var size: Size
    package var now: Date

    package init(instanceId: String, scope: String, options: WallOptions, size: Size, now: Date = Date()) throws(AlertRulesError)
    {
        self.instanceId = instanceId
        self.scope = scope
        self.options = options
        rules = try options.alertRules()
        self.size = size
        self.now = now
    }

    /// Sorts and filters the rows; called when rows, the order or the filter change, and each second.
    package mutating func relayout() {
        let now = self.now
        let keep = options.endedKeep
        let expired = rows.indices.compactMap { index in
            rows.values[index].endedAt.map { now.timeIntervalSince($0) > keep } == true ? rows.keys[index] : nil
        }
        for id in expired {
            rows[id] = nil
            if selected == id { selected = nil }
        }
        let needle = filter?.lowercased()
        let sort = self.sort
        var live: [RowOrder] = []
        var done: [(id: String, at: Date)] = []
        for index in rows.indices {
            let id = rows.keys[index]
            if let needle, !rows.values[index].haystack.contains(needle) { continue }
            if let at = rows.values[index].endedAt {
                done.append((id, at))
            } else {
                live.append(RowOrder(id: id, rows.values[index], sort: sort, now: now))
            }
        }
        // Small keys, worked out once a row, are sorted: not the rows themselves.
        live.sort { a, b in a.precedes(b, sort: sort) ?? (a.id < b.id) }
        visible = live.map(\.id)
        alertedCount = live.count { $0.alerted }
        ended = done.sorted { ($0.at, $0.id) > ($1.at, $1.id) }.map(\.id)
        let index = selected.flatMap { id in visible.firstIndex(of: id) ?? ended.firstIndex(of: id).map { visible.count + $0 } }
        if !selectionPinned || index == nil {
            select(visible.isEmpty && ended.isEmpty ? nil : 0)
            selectionPinned = false
        } else {
            selectedIndex = index
        }
    }

    /// Selects the row at `index` of `screenOrder` (nil: none).
    mutating func select(_ index: Int?) {
        selectedIndex = index
        selected = index.map { $0 < visible.count ? visible[$0] : ended[$0 - visible.count] }
    }

    /// Where the selected row is in `screenOrder`.
    var selectedPosition: Int? {
        guard let id = selected else { return nil }
        if let i = selectedIndex, i < visible.count + ended.count,
            (i < visible.count ? visible[i] : ended[i - visible.count]) == id
        {
            return i
        }
        return visible.firstIndex(of: id) ?? ended.firstIndex(of: id).map { visible.count + $0 }
    }

    /// What the rows' area shows from its top: rows (live, then ended) and the ended section's
    /// title, scrolled so the selected row is on screen.
    package func screenLines(height: Int) -> [WallLine] {
        let endedTitle = ended.isEmpty ? 0 : 1
        let total = visible.count + endedTitle + ended.count
        var selectedLine = 0
        if let i = selectedPosition { selectedLine = i < visible.count ? i : i + endedTitle }
        let top = max(0, min(selectedLine - height + 1, total - height))
        return (top..<min(total, top + max(0, height))).map { index in
            if index < visible.count { return .row(visible[index], ended: false) }
            if index == visible.count { return .endedTitle }
            return .row(ended[index - visible.count - endedTitle], ended: true)
        }
    }

    /// The rows in screen order: live, then recently ended.
    package var screenOrder: [String] { visible + ended }
}

/// What a live row is ordered by.
struct RowOrder {
    let id: String
    let alerted: Bool
    /// Recent customer sentiment against the call's: below 0 is falling.
    let trend: Double
    /// The agent's or the queue's name when the order is by one; contacts listed by id have none
    /// yet and come first.
    let name: String
    let seconds: TimeInterval

    init(id: String, _ row: WallRow, sort: WallSort, now: Date) {
        self.id = id
        alerted = !row.alerts.isEmpty
        trend = row.trend
        switch sort {
        case .agent: name = row.found?.agent ?? ""
        case .queue: name = row.found?.queue ?? ""
        case .attention, .longest: name = ""
        }
        seconds = row.callSeconds(at: now)
    }

    /// Attention: alerts, then a falling customer sentiment, then the longest call; the other
    /// orders by name, then the longest call. Nil: a tie.
    func precedes(_ b: RowOrder, sort: WallSort) -> Bool? {
        switch sort {
        case .attention:
            if alerted != b.alerted { return alerted }
            if (trend < 0) != (b.trend < 0) { return trend < 0 }
            if trend < 0, trend != b.trend { return trend < b.trend }
        case .agent, .queue:
            if name != b.name { return name < b.name }
        case .longest:
            break
        }
        return seconds != b.seconds ? seconds > b.seconds : nil
    }
}

/// One line of the rows' area.
package enum WallLine: Hashable, Sendable {
    case row(String, ended: Bool)
    case endedTitle
}

extension WallState: FilteredRows {}
