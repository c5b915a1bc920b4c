import ContactLensModel
import FoundationEssentials
import LensBasics

/// The contacts a search found, as the list screen shows them: their order, the filter typed
/// over them, the selected row and the first row on screen. Rows are fixed once the search is
/// done; only the view of them changes.
package struct ContactListState: Sendable {
    /// The orders `o` cycles through.
    package enum Sort: String, CaseIterable, Sendable {
        case newest = "newest first"
        case oldest = "oldest first"
        case longest = "longest"
        case agent, queue, channel
    }

    package var rows: [ContactListRow]
    /// What the search was, for the header ("initiated in the last 24h · queue Billing").
    package var scope: String
    /// "first 100 of 2,341 contacts": what was fetched against what the service counted.
    package var countText: String
    package var timeZone: LocalZone
    package var size: Size
    package var now: Date
    package var sort = Sort.newest
    package var filter: String?
    package var filterDraft = ""
    package var editingFilter = false
    package var showHelp = false
    /// The first line the help box shows.
    package var helpScroll = 0
    /// One line for the status bar (a contact that cannot be opened, a key that does nothing).
    package var notice: String?
    /// The selected contact's id, kept across sorting and filtering.
    package var selected: String?
    /// The index in `visible` of the first row on screen.
    package var top = 0
    /// Indices into `rows` in the order and under the filter shown.
    package private(set) var visible: [Int] = []

    package init(
        rows: [ContactListRow], scope: String, countText: String, size: Size, now: Date = Date(), timeZone: LocalZone = .current
    ) {
        self.rows = rows
        self.scope = scope
        self.countText = countText
        self.size = size
        self.now = now
        self.timeZone = timeZone
        relayout()
    }

    /// The rows on screen at once: the frame less the header, titles, status and key lines.
    package var bodyHeight: Int { max(1, size.height - 4) }

    package var selectedIndex: Int? { selected.flatMap { id in visible.firstIndex { rows[$0].contactId == id } } }

    package var selectedRow: ContactListRow? { selectedIndex.map { rows[visible[$0]] } }

    /// Sorts and filters again, keeping the selection when it is still shown.
    package mutating func relayout() {
        let needle = filter?.lowercased()
        var shown = rows.indices.filter { needle == nil || rows[$0].haystack.contains(needle!) }
        let at = now
        shown.sort { a, b in
            let (x, y) = (rows[a], rows[b])
            let order: ComparisonResult
            switch sort {
            case .newest: order = Self.compare(y.start, x.start)
            case .oldest: order = Self.compare(x.start, y.start)
            case .longest: order = Self.compare(y.seconds(at: at), x.seconds(at: at))
            case .agent: order = Self.compare(x.agent?.lowercased(), y.agent?.lowercased())
            case .queue: order = Self.compare(x.queue?.lowercased(), y.queue?.lowercased())
            case .channel: order = Self.compare(x.channel, y.channel)
            }
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        visible = shown
        if selectedIndex == nil { selected = visible.first.map { rows[$0].contactId } }
        scrollToSelection()
    }

    /// Moves the selection by `delta` rows, within the list.
    package mutating func move(_ delta: Int) {
        guard !visible.isEmpty else { return }
        let index = min(max(0, (selectedIndex ?? 0) + delta), visible.count - 1)
        selected = rows[visible[index]].contactId
        scrollToSelection()
    }

    /// Keeps the selected row between the first and the last row on screen.
    mutating func scrollToSelection() {
        let index = selectedIndex ?? 0
        if index < top { top = index }
        if index >= top + bodyHeight { top = index - bodyHeight + 1 }
        top = max(0, min(top, max(0, visible.count - bodyHeight)))
    }

    /// Values first in order, missing ones last.
    private static func compare<T: Comparable>(_ a: T?, _ b: T?) -> ComparisonResult {
        switch (a, b) {
        case (let a?, let b?): a < b ? .orderedAscending : (b < a ? .orderedDescending : .orderedSame)
        case (nil, nil): .orderedSame
        case (nil, _): .orderedDescending
        case (_, nil): .orderedAscending
        }
    }
}

extension ContactListState: FilteredRows {}
