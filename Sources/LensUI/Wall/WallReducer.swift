import ContactLensModel
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place the wall's state changes.
package func reduceWall(into state: inout WallState, _ event: WallAppEvent) -> [WallEffect] {
    switch event {
    case .key(let key):
        return WallReducer.key(key, &state)
    case .mouse(let mouse):
        return WallReducer.mouse(mouse, &state)
    case .resize(let size):
        state.size = size
        return [.redraw]
    case .engine(let event):
        let effects = WallReducer.engine(event, &state)
        state.relayout()
        return effects
    case .engineBatch(let events):
        let effects = events.flatMap { WallReducer.engine($0, &state) }
        state.relayout()
        return effects.filter { $0 != .redraw } + [.redraw]
    case .tick(let date):
        let second = Int(date.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970)
        state.now = date
        guard second else { return [] }
        state.relayout()
        return [.redraw]
    case .act(let update):
        return WallReducer.act(update, &state)
    }
}

enum WallReducer {
    static func engine(_ event: WallEvent, _ state: inout WallState) -> [WallEffect] {
        switch event {
        case .floor(let infos):
            let present = Set(infos.map(\.contactId))
            for info in infos { found(info, &state) }
            // A contact listed by id stays until its analysis ends: discovery need not know it.
            // A transferred row is on the floor while its latest leg is.
            let now = state.now
            let gone = state.rows.compactMap { id, row in
                row.endedAt == nil && row.found != nil && !present.contains(row.currentContactId) ? id : nil
            }
            for id in gone { state.updateRow(id) { $0.endedAt = now } }
        case .named(let infos):
            for info in infos { found(info, &state) }
        case .listed(let id):
            if state.row(of: id) == nil { add(id, found: nil, &state) }
        case .contact(let contactId, let follow):
            let id = state.row(of: contactId) ?? contactId
            if state.rows[id] == nil { add(id, found: nil, &state) }
            let now = state.now
            // In place: a copy of the row would copy its call's store on the first change.
            return state.updateRow(id) { row in
                // An earlier leg's end is not the conversation's: only its late turns count.
                if contactId != row.currentContactId, !Self.isSegments(follow) { return [] }
                let raisedBefore = row.call.alerted.raised.count
                _ = Reducer.engine(follow, &row.call)
                var effects: [WallEffect] = [.redraw]
                if case .segments = follow {
                    row.refresh()
                    for alert in row.call.alerted.raised.dropFirst(raisedBefore) {
                        row.mark(alert)
                        effects += [.bell, .alert(WallAlert(alert, contactId: id, names: row.found, at: now))]
                    }
                }
                if row.endedAt == nil, row.call.isOver { row.endedAt = now }
                return effects
            } ?? []
        case .pace(let pace):
            state.pace = pace
        case .discovery(let problem):
            state.discoveryProblem = problem.map(TerminalText.sanitize)
        case .stream(let status):
            if case .live(let last) = status { state.streamFresh = last }
            // A warning stays until the user has seen it at least as long as a notice.
            if case .warning(let text) = status { state.notice = TerminalText.sanitize(text) }
            state.streamStatus = status
        case .notice(let text):
            state.notice = TerminalText.sanitize(text)
        case .transferred(let leg):
            state.transfer(leg)
        case .queues(let report):
            return queues(report, &state)
        }
        return [.redraw]
    }

    private static func isSegments(_ event: FollowEvent) -> Bool { if case .segments = event { true } else { false } }

    /// Discovery found the contact: a new row, or new names for a row.
    private static func found(_ info: WallContactInfo, _ state: inout WallState) {
        guard let id = state.row(of: info.contactId) else { return add(info.contactId, found: info, &state) }
        // An earlier leg still on the floor does not name a row that moved on.
        if state.rows[id]?.currentContactId == info.contactId, state.rows[id]?.found != info {
            state.updateRow(id) { row in
                row.found = info
                row.refresh()
            }
        }
    }

    private static func add(_ id: String, found: WallContactInfo?, _ state: inout WallState) {
        var call = AppState(
            session: SessionInfo(instanceId: state.instanceId, contactId: id, endpoint: state.scope), alerts: state.rules,
            size: state.size, now: state.now)
        call.showPanel = true
        state.addRow(WallRow(contactId: id, found: found, call: call, firstSeen: state.now))
    }

    static func key(_ key: Key, _ state: inout WallState) -> [WallEffect] {
        let general = KeyBindings.generalAction(for: key)
        // Ctrl-C quits from anywhere, even while a filter is typed.
        if general == .interrupt { return [.quit(signal: SIGINT)] }
        state.notice = nil
        if state.editingFilter { return filterInput(key, &state) }
        if state.showHelp {
            if general == .quit { return [.quit(signal: nil)] }
            if let step = HelpOverlay.rowsScroll(key) {
                state.helpScroll = WallHelp.scrolled(state.helpScroll, by: step, height: state.size.height, legend: true)
            } else {
                state.showHelp = false
            }
            return [.redraw]
        }
        if let general {
            switch general {
            case .quit: return [.quit(signal: nil)]
            case .interrupt: return [.quit(signal: SIGINT)]
            case .suspend: return [.suspend]
            case .help:
                state.showHelp = true
                state.helpScroll = 0
            }
            return [.redraw]
        }
        guard let action = KeyBindings.wallAction(for: key) else { return [.redraw] }
        switch action {
        case .rowDown: move(by: 1, &state)
        case .rowUp: move(by: -1, &state)
        case .cycleSort: order(by: state.sort.next, &state)
        case .filterRows:
            state.editingFilter = true
            state.filterDraft = state.filter ?? ""
        case .back:
            state.filter = nil
            state.relayout()
        case .openContact:
            guard let id = state.selected, state.rows[id] != nil else { break }
            return [.redraw, .open(contactId: id)]
        case .listenIn:
            return listenIn(&state)
        case .openAnalysisFile:
            // A wall's calls are live: their analysis files are written when they end.
            return []
        }
        return [.redraw]
    }

    static func order(by sort: WallSort, _ state: inout WallState) {
        state.sort = sort
        state.selectionPinned = false
        state.relayout()
    }

    static func move(by delta: Int, _ state: inout WallState) {
        let count = state.screenOrder.count
        guard count > 0 else { return }
        state.select(max(0, min(count - 1, (state.selectedPosition ?? 0) + delta)))
        state.selectionPinned = true
    }

    private static func filterInput(_ key: Key, _ state: inout WallState) -> [WallEffect] {
        state.typeFilter(key)
        return [.redraw]
    }
}
