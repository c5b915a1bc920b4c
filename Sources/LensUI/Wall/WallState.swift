import ContactLensModel
import FoundationEssentials

/// The wall's command-line choices: which categories alert, and after how many negative
/// customer turns in a row.
package struct WallOptions: Sendable, Hashable {
    package var alertPatterns: [String]
    /// nil: no alert on negative runs.
    package var alertNegative: Int?
    /// How long an ended call stays in the "recently ended" section.
    package var endedKeep: TimeInterval
    /// Seconds: a queue whose oldest caller waits longer alerts (`--alert-wait`); nil: none does.
    package var alertWait: TimeInterval?
    /// Seconds of the floor's clock per real second: a demo's floor played at `--speed` runs its
    /// calls that many times faster, so their TIME does too (the turns' own times keep pace).
    package var clockRate: Double

    package init(
        alertPatterns: [String] = [], alertNegative: Int? = nil, endedKeep: TimeInterval = 300, alertWait: TimeInterval? = nil,
        clockRate: Double = 1
    ) {
        self.alertPatterns = alertPatterns
        self.alertNegative = alertNegative
        self.endedKeep = endedKeep
        self.alertWait = alertWait
        self.clockRate = clockRate
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
    /// Every row, live and ended; changed through `updateRow` and `addRow`, which note the rows
    /// whose place `relayout()` must check.
    package private(set) var rows: [String: WallRow] = [:]
    /// Live rows in the chosen order, after the filter; kept by `relayout()`.
    package var visible: [String] { live.ids }
    /// Ended rows, the most recent first, after the filter.
    package var ended: [String] { endedShown.ids }
    /// The live rows the filter lets through, in the chosen order.
    private var live = OrderedRows<RowOrder>()
    private var endedShown = OrderedRows<EndedOrder>()
    /// Every ended row, filtered or not: the oldest, last, leave first.
    private var endedAll = OrderedRows<EndedOrder>()
    /// The row of each later leg of a transferred conversation (its first leg's contact id).
    private var legRows: [String: String] = [:]
    /// Rows changed since the last `relayout()`: only they can have moved.
    private var changed: Set<String> = []
    /// The order or the filter changed: every row is placed again.
    private var orderStale = true
    /// Where `selected` is in `screenOrder`, kept with it, so a frame finds it without a search.
    private var selectedIndex: Int?
    /// Live rows with alerts (kept by `relayout()`, so a frame never counts them).
    package private(set) var alertedCount = 0
    package var sort = WallSort.attention { didSet { if sort != oldValue { orderStale = true } } }
    package var filter: String? { didSet { if filter != oldValue { orderStale = true } } }
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
    /// The first line the help box shows.
    package var helpScroll = 0
    package var notice: String?
    /// The queue strip under the header.
    package var queues: WallQueues
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
        queues = WallQueues(alertWait: options.alertWait)
        self.size = size
        self.now = now
    }

    /// Changes the row `id` in place (nil: there is none) and notes it for `relayout()`.
    @discardableResult
    package mutating func updateRow<T>(_ id: String, _ change: (inout WallRow) -> T) -> T? {
        guard rows[id] != nil else { return nil }
        changed.insert(id)
        return change(&rows[id]!)
    }

    /// The row that shows `contactId`: its own, or the row of the conversation a transfer moved to it.
    package func row(of contactId: String) -> String? {
        if let id = legRows[contactId] { return id }
        return rows[contactId] == nil ? nil : contactId
    }

    /// A transfer made `leg`: the row of the leg it came from moves to it (once). A leg that
    /// already has a row of its own (its turns came before the link) gives its turns to that row,
    /// behind the divider; a chat's row, or one that was itself transferred, stays as it is.
    mutating func transfer(_ leg: TransferLeg) {
        guard let previous = leg.previousContactId, let id = row(of: previous), id != leg.contactId,
            legRows[leg.contactId] == nil
        else { return }
        let early = rows[leg.contactId]
        if let early, !early.canBeAbsorbed { return }
        if early != nil {
            rows[leg.contactId] = nil
            changed.insert(leg.contactId)
            if selected == leg.contactId { selected = id }
        }
        legRows[leg.contactId] = id
        let now = self.now
        updateRow(id) { row in
            row.transfer(to: leg, now: now)
            if let early { row.absorb(early, now: now) }
        }
    }

    /// A new row (or one that replaces the row of its contact).
    mutating func addRow(_ row: WallRow) {
        rows[row.contactId] = row
        changed.insert(row.contactId)
    }

    /// Keeps the rows in order and filtered; called when rows, the order or the filter change, and
    /// each second. Only the rows changed since the last call are placed again (a changed order or
    /// filter places them all); ended rows past `endedKeep` leave.
    package mutating func relayout() {
        while let (id, key) = endedAll.last.map({ ($0.id, $0.key) }), now.timeIntervalSince(key.at) > options.endedKeep {
            if let legs = rows[id]?.call.store.legs { for leg in legs { legRows[leg.contactId] = nil } }
            rows[id] = nil
            changed.insert(id)
            endedAll.set(id, nil)
            if selected == id { selected = nil }
        }
        if orderStale {
            placeAll()
        } else {
            let needle = filter?.lowercased()
            for id in changed { place(id, needle: needle) }
        }
        changed.removeAll(keepingCapacity: true)
        let index = selected.flatMap { id in live.index(of: id) ?? endedShown.index(of: id).map { visible.count + $0 } }
        if !selectionPinned || index == nil {
            select(visible.isEmpty && ended.isEmpty ? nil : 0)
            selectionPinned = false
        } else {
            selectedIndex = index
        }
    }

    /// Puts one row where its keys say, or takes it out.
    private mutating func place(_ id: String, needle: String?) {
        let wasAlerted = live.keys[id]?.alerted == true
        var liveKey: RowOrder?
        var endedKey: EndedOrder?
        var shown = false
        if let row = rows[id] {
            shown = needle.map { row.haystack.contains($0) } ?? true
            if let at = row.endedAt { endedKey = EndedOrder(at: at, id: id) } else { liveKey = RowOrder(id: id, row, sort: sort) }
        }
        live.set(id, shown ? liveKey : nil)
        endedShown.set(id, shown ? endedKey : nil)
        endedAll.set(id, endedKey)
        alertedCount += (live.keys[id]?.alerted == true ? 1 : 0) - (wasAlerted ? 1 : 0)
    }

    /// Every row placed again, each list sorted once.
    private mutating func placeAll() {
        let needle = filter?.lowercased()
        var liveKeys: [(id: String, key: RowOrder)] = []
        var shownEnded: [(id: String, key: EndedOrder)] = []
        var allEnded: [(id: String, key: EndedOrder)] = []
        for (id, row) in rows {
            let shown = needle.map { row.haystack.contains($0) } ?? true
            if let at = row.endedAt {
                allEnded.append((id, EndedOrder(at: at, id: id)))
                if shown { shownEnded.append((id, EndedOrder(at: at, id: id))) }
            } else if shown {
                liveKeys.append((id, RowOrder(id: id, row, sort: sort)))
            }
        }
        live.rebuild(liveKeys)
        endedShown.rebuild(shownEnded)
        endedAll.rebuild(allEnded)
        alertedCount = liveKeys.count { $0.key.alerted }
        orderStale = false
    }

    /// The order a full sort of every row gives (what `relayout()` keeps without sorting): live,
    /// then ended, after the filter.
    func sortedFromScratch() -> [String] {
        var copy = self
        copy.orderStale = true
        copy.relayout()
        return copy.screenOrder
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

/// One line of the rows' area.
package enum WallLine: Hashable, Sendable {
    case row(String, ended: Bool)
    case endedTitle
}

extension WallState: FilteredRows {}
