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
}

/// The orders `o` cycles through.
package enum WallSort: String, CaseIterable, Sendable {
    case attention, longest, agent, queue

    var next: WallSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

/// One alert, for the bell, the row and the `--alert-log` line.
package struct WallAlert: Sendable, Hashable, Codable {
    package var time: Date
    package var contactId: String
    package var agent: String
    package var queue: String
    /// "category" or "negative".
    package var kind: String
    /// The category name, or how many negative customer turns came in a row.
    package var detail: String

    enum CodingKeys: String, CodingKey {
        case time = "Time"
        case contactId = "ContactId"
        case agent = "Agent"
        case queue = "Queue"
        case kind = "Kind"
        case detail = "Detail"
    }
}

/// Everything the wall shows; owned by `reduceWall`.
package struct WallState: Sendable {
    package var instanceId: String
    /// What is watched and where, for the header ("queues Billing, Support · us-east-1").
    package var scope: String
    package var options: WallOptions
    let matcher: AlertMatcher
    package var rows: [String: WallRow] = [:]
    /// Live rows in the chosen order, after the filter; kept by `relayout()`.
    package private(set) var visible: [String] = []
    /// Ended rows, the most recent first.
    package private(set) var ended: [String] = []
    /// The cells of the rows on screen, without their clocks, for the width in `size`; kept by
    /// `refreshCells()` so a frame copies them whatever the floor's size.
    package private(set) var rowCells: [String: [Cell]] = [:]
    /// `screenLines` for the rows' area of `size`, kept with `rowCells`.
    package private(set) var lines: [WallLine] = []
    /// Live rows with alerts (kept by `relayout()`, so a frame never counts them).
    package private(set) var alertedCount = 0
    package var sort = WallSort.attention
    package var filter: String?
    package var filterDraft = ""
    package var editingFilter = false
    package var selected: String?
    /// The user moved the selection: it stays on its call; otherwise it is the top row.
    package var selectionPinned = false
    /// The contact open in the follow view.
    package var opened: String?
    package var pace: WallPace?
    package var discoveryProblem: String?
    /// The segment stream's reader, when the wall reads one.
    package var streamStatus: FollowStatus?
    /// When the stream was last read to its tip: every live row's data is that fresh.
    package var streamFresh: Date?
    package var showHelp = false
    package var notice: String?
    package var size: Size
    package var now: Date

    package init(instanceId: String, scope: String, options: WallOptions, size: Size, now: Date = Date()) throws(UIOptionsError) {
        self.instanceId = instanceId
        self.scope = scope
        self.options = options
        matcher = try AlertMatcher(patterns: options.alertPatterns)
        self.size = size
        self.now = now
    }

    /// Sorts and filters the rows; called when rows, the order or the filter change, and each second.
    package mutating func relayout() {
        let now = self.now
        let keep = options.endedKeep
        for (id, row) in rows where row.endedAt.map({ now.timeIntervalSince($0) > keep }) ?? false {
            rows[id] = nil
            if selected == id { selected = nil }
        }
        let needle = filter?.lowercased()
        var live: [(id: String, row: WallRow)] = []
        var done: [(id: String, at: Date)] = []
        for (id, row) in rows {
            if let needle, !row.haystack.contains(needle) { continue }
            if let at = row.endedAt { done.append((id, at)) } else { live.append((id, row)) }
        }
        let sort = self.sort
        live.sort { a, b in Self.precedes(a.row, b.row, sort: sort, now: now) ?? (a.id < b.id) }
        visible = live.map(\.id)
        alertedCount = live.count { !$0.row.alerts.isEmpty }
        ended = done.sorted { ($0.at, $0.id) > ($1.at, $1.id) }.map(\.id)
        if !selectionPinned || selected == nil || !(visible.contains(selected!) || ended.contains(selected!)) {
            selected = visible.first ?? ended.first
            selectionPinned = false
        }
        refreshCells()
    }

    /// What the rows' area shows from its top: rows (live, then ended) and the ended section's
    /// title, scrolled so the selected row is on screen.
    package func screenLines(height: Int) -> [WallLine] {
        let endedTitle = ended.isEmpty ? 0 : 1
        let total = visible.count + endedTitle + ended.count
        var selectedLine = 0
        if let id = selected {
            if let i = visible.firstIndex(of: id) {
                selectedLine = i
            } else if let i = ended.firstIndex(of: id) {
                selectedLine = visible.count + endedTitle + i
            }
        }
        let top = max(0, min(selectedLine - height + 1, total - height))
        return (top..<min(total, top + max(0, height))).map { index in
            if index < visible.count { return .row(visible[index], ended: false) }
            if index == visible.count { return .endedTitle }
            return .row(ended[index - visible.count - endedTitle], ended: true)
        }
    }

    /// Lays out the cells of the rows on screen (after a change of rows, order, selection or size).
    package mutating func refreshCells() {
        let width = size.width
        let columns = WallColumns(width: width)
        var cells: [String: [Cell]] = [:]
        lines = screenLines(height: max(0, size.height - 4))
        let rect = Rect(x: 0, y: 0, width: width, height: 1)
        for case .row(let id, let ended) in lines {
            guard let row = rows[id] else { continue }
            var line = Screen(size: Size(width: width, height: 1))
            line.put(WallView.rowLine(row, selected: id == selected, ended: ended, columns), x: 0, y: 0, clip: rect)
            WallView.clock(row, ended: ended, self, columns, in: rect, on: &line)
            cells[id] = line.cells
        }
        rowCells = cells
    }

    /// Attention: alerts, then a falling customer sentiment, then the longest call.
    static func precedes(_ a: WallRow, _ b: WallRow, sort: WallSort, now: Date) -> Bool? {
        switch sort {
        case .attention:
            if a.alerts.isEmpty != b.alerts.isEmpty { return !a.alerts.isEmpty }
            if (a.trend < 0) != (b.trend < 0) { return a.trend < 0 }
            if a.trend < 0, a.trend != b.trend { return a.trend < b.trend }
        case .agent:
            if a.info.agent != b.info.agent { return a.info.agent < b.info.agent }
        case .queue:
            if a.info.queue != b.info.queue { return a.info.queue < b.info.queue }
        case .longest:
            break
        }
        let (x, y) = (a.callSeconds(at: now), b.callSeconds(at: now))
        return x != y ? x > y : nil
    }

    /// The rows in screen order: live, then recently ended.
    package var screenOrder: [String] { visible + ended }
}

/// One line of the rows' area.
package enum WallLine: Hashable, Sendable {
    case row(String, ended: Bool)
    case endedTitle
}
