import ContactLensModel
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The contacts a search found as a screen: sorted and filtered with the wall's keys; Enter
/// opens the selected contact over it (`ContactCallScreen`) and asks the app to read it.
package struct ContactListScreen: ScreenProgram {
    package var state: ContactListState
    /// For the opened contact's header.
    package var instanceId: String
    package var place: String

    package init(_ state: ContactListState, instanceId: String, place: String) {
        self.state = state
        self.instanceId = instanceId
        self.place = place
    }

    package var now: Date { state.now }

    package mutating func reduce(_ event: ScreenEvent<ContactListMessage>) -> [ScreenEffect<
        ContactListMessage, ContactListRequest
    >] {
        switch event {
        case .key(let key): return self.key(key)
        case .mouse(let mouse): return self.mouse(mouse)
        case .resize(let size):
            state.size = size
            state.scrollToSelection()
            return [.redraw]
        case .tick(let date):
            state.now = date
            return []
        case .messages(let messages):
            // The opened contact's screen above draws them.
            return messages.isEmpty ? [] : [.redraw]
        }
    }

    private mutating func key(_ key: Key) -> [ScreenEffect<ContactListMessage, ContactListRequest>] {
        let general = KeyBindings.generalAction(for: key)
        // Ctrl-C quits from anywhere, even while a filter is typed.
        if general == .interrupt { return [.quit(signal: SIGINT)] }
        state.notice = nil
        if state.editingFilter {
            state.typeFilter(key)
            return [.redraw]
        }
        if state.showHelp {
            if general == .quit { return [.quit(signal: nil)] }
            if let step = HelpOverlay.rowsScroll(key) {
                state.helpScroll = WallHelp.scrolled(state.helpScroll, by: step, height: state.size.height, legend: false)
            } else {
                state.showHelp = false
            }
            return [.redraw]
        }
        if let general {
            switch general {
            case .quit: return [.quit(signal: nil)]
            case .interrupt: return [.quit(signal: SIGINT)]
            case .help:
                state.showHelp = true
                state.helpScroll = 0
            case .suspend: return [.suspend]
            }
            return [.redraw]
        }
        if let action = KeyBindings.wallAction(for: key) {
            switch action {
            case .rowDown: state.move(1)
            case .rowUp: state.move(-1)
            case .cycleSort:
                let all = ContactListState.Sort.allCases
                state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
                state.relayout()
            case .filterRows:
                state.editingFilter = true
                state.filterDraft = state.filter ?? ""
            case .back:
                guard state.filter != nil else { return [] }
                state.filter = nil
                state.relayout()
            case .openContact:
                return open()
            case .openAnalysisFile:
                return open(fromFile: true)
            case .listenIn:
                return []  // listening in is on the wall and in an opened call of follow, not on the list
            }
            return [.redraw]
        }
        switch KeyBindings.callAction(for: key) {
        case .pageDown: state.move(state.bodyHeight)
        case .pageUp: state.move(-state.bodyHeight)
        case .top: state.move(-state.rows.count)
        case .bottom: state.move(state.rows.count)
        default: return []
        }
        return [.redraw]
    }

    /// A gesture found in the list's layout, doing what the keys do.
    private mutating func mouse(_ mouse: MouseEvent) -> [ScreenEffect<ContactListMessage, ContactListRequest>] {
        guard !state.editingFilter else { return [] }
        if state.showHelp {
            if let step = HelpOverlay.rowsScroll(mouse.kind) {
                state.helpScroll = WallHelp.scrolled(state.helpScroll, by: step, height: state.size.height, legend: false)
            } else {
                state.showHelp = false
            }
            return [.redraw]
        }
        let hit = ContactListView.hit(x: mouse.x, y: mouse.y, state)
        guard let action = MouseBindings.action(mouse.kind, on: hit?.target, screen: .rows) else { return [] }
        state.notice = nil
        switch action {
        case .scrollUp: state.move(-1)
        case .scrollDown: state.move(1)
        case .selectRow, .openRow:
            guard case .row(let id) = hit else { return [] }
            state.selected = id
            state.scrollToSelection()
            if action == .openRow { return open() }
        case .sortByColumn:
            guard case .title(let sort?) = hit else { return [] }
            state.sort = sort
            state.relayout()
        case .jumpToCategory: return []
        }
        return [.redraw]
    }

    /// The selected contact's view over the list, and the request to read it.
    private mutating func open(fromFile: Bool = false) -> [ScreenEffect<ContactListMessage, ContactListRequest>] {
        guard let row = state.selectedRow else {
            state.notice = "no contact to open"
            return [.redraw]
        }
        if fromFile, row.end == nil {
            state.notice =
                "in progress: Contact Lens writes its analysis file when it ends (\(KeyBindings.label(.openContact)) follows it live)"
            return [.redraw]
        }
        var call = AppState(
            session: SessionInfo(instanceId: instanceId, contactId: row.contactId, endpoint: place), alerts: .none,
            size: state.size, now: state.now)
        call.showPanel = true
        return [
            .push(ContactCallScreen(contactId: row.contactId, call: call)),
            .request(.open(contactId: row.contactId, fromFile: fromFile)),
        ]
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen { renderContactList(state, size: size) }

    /// Nothing on the list changes by itself.
    package func nextTick(after date: Date) -> Date? { nil }

    /// Under an opened contact: how to come back.
    package var backLine: StyledLine? {
        var back = StyledLine("\(KeyBindings.label(.back))/\(KeyBindings.label(.quit))", .key)
        back.append(" back to the \(state.visible.count) contacts found", .dim)
        return back
    }
}
