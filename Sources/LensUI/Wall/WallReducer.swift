import ContactLensModel
import Foundation

/// The one place the wall's state changes.
package func reduceWall(into state: inout WallState, _ event: WallAppEvent) -> [WallEffect] {
    switch event {
    case .key(let key):
        return WallReducer.key(key, &state)
    case .resize(let size):
        state.size = size
        state.refreshCells()
        if let id = state.opened { state.rows[id]?.call.size = size }
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
        if let id = state.opened { state.rows[id]?.call.now = date }
        guard second else { return [] }
        state.relayout()
        return [.redraw]
    case .signal(let number):
        return [.quit(signal: number)]
    }
}

enum WallReducer {
    static func engine(_ event: WallEvent, _ state: inout WallState) -> [WallEffect] {
        switch event {
        case .floor(let infos):
            let present = Set(infos.map(\.contactId))
            for info in infos { upsert(info, &state) }
            for (id, row) in state.rows where row.endedAt == nil && row.info.agent != "-" && !present.contains(id) {
                state.rows[id]?.endedAt = state.now
            }
        case .added(let info):
            upsert(info, &state)
        case .contact(let id, let follow):
            if state.rows[id] == nil { upsert(WallContactInfo(contactId: id, agent: "-", queue: "-"), &state) }
            guard var row = state.rows[id] else { return [] }
            let raisedBefore = row.call.raisedAlerts.count
            _ = Reducer.engine(follow, &row.call)
            var effects: [WallEffect] = [.redraw]
            if case .segments = follow {
                row.refresh()
                for name in row.call.raisedAlerts.dropFirst(raisedBefore) {
                    effects += raise(&row, kind: "category", detail: name, label: name, state)
                }
                if let n = state.options.alertNegative {
                    if row.negativeRun >= n, row.negativeArmed {
                        row.negativeArmed = false
                        effects += raise(
                            &row, kind: "negative", detail: "\(row.negativeRun) negative customer turns in a row",
                            label: "\(n)×neg", state)
                    } else if row.negativeRun == 0 {
                        row.negativeArmed = true
                    }
                }
            }
            if row.endedAt == nil, row.call.isOver { row.endedAt = state.now }
            state.rows[id] = row
            return effects
        case .pace(let pace):
            state.pace = pace
        case .discovery(let problem):
            state.discoveryProblem = problem.map(TerminalText.sanitize)
        case .stream(let status):
            if case .live(let last) = status { state.streamFresh = last }
            // A warning stays until the user has seen it at least as long as a notice.
            if case .warning(let text) = status { state.notice = TerminalText.sanitize(text) }
            state.streamStatus = status
        }
        return [.redraw]
    }

    private static func upsert(_ info: WallContactInfo, _ state: inout WallState) {
        if state.rows[info.contactId] != nil {
            if info.agent != "-", state.rows[info.contactId]?.info != info {
                state.rows[info.contactId]?.info = info
                state.rows[info.contactId]?.refresh()
            }
            return
        }
        var call: AppState
        do {
            call = try AppState(
                session: SessionInfo(instanceId: state.instanceId, contactId: info.contactId, endpoint: state.scope),
                options: UIOptions(alertPatterns: state.options.alertPatterns), size: state.size, now: state.now)
        } catch {
            return  // the patterns were checked when the wall's state was made
        }
        call.showPanel = true
        state.rows[info.contactId] = WallRow(info: info, call: call, firstSeen: state.now)
    }

    private static func raise(_ row: inout WallRow, kind: String, detail: String, label: String, _ state: WallState)
        -> [WallEffect]
    {
        if !row.alerts.contains(label) { row.alerts.append(label) }
        let alert = WallAlert(
            time: state.now, contactId: row.info.contactId, agent: row.info.agent, queue: row.info.queue, kind: kind,
            detail: TerminalText.sanitize(detail))
        return [.bell, .alert(alert)]
    }

    static func key(_ key: Key, _ state: inout WallState) -> [WallEffect] {
        if key == .ctrl("c") { return [.quit(signal: SIGINT)] }
        if let id = state.opened { return openedKey(key, id, &state) }
        state.notice = nil
        if state.editingFilter { return filterInput(key, &state) }
        let action = KeyBindings.wallAction(for: key)
        if state.showHelp {
            if action == .quit { return [.quit(signal: nil)] }
            state.showHelp = false
            return [.redraw]
        }
        switch action {
        case .quit: return [.quit(signal: nil)]
        case .interrupt: return [.quit(signal: SIGINT)]
        case .suspend: return [.suspend]
        case .help: state.showHelp = true
        case .rowDown: move(by: 1, &state)
        case .rowUp: move(by: -1, &state)
        case .cycleSort:
            state.sort = state.sort.next
            state.selectionPinned = false
            state.relayout()
        case .filterRows:
            state.editingFilter = true
            state.filterDraft = state.filter ?? ""
        case .closeContact:
            state.filter = nil
            state.relayout()
        case .openContact:
            guard let id = state.selected, state.rows[id] != nil else { break }
            state.opened = id
            state.rows[id]?.call.size = state.size
            state.rows[id]?.call.now = state.now
        default: break
        }
        return [.redraw]
    }

    /// Keys of an opened call go to the follow view's reducer, but Esc (with nothing of its own
    /// to close) and q come back to the wall.
    private static func openedKey(_ key: Key, _ id: String, _ state: inout WallState) -> [WallEffect] {
        guard var call = state.rows[id]?.call else {
            state.opened = nil
            return [.redraw]
        }
        let busy = call.search.isEditing || call.search.query != nil || call.showHelp
        if (key == .escape && !busy) || (key == .char("q") && !call.search.isEditing && !call.showHelp) {
            state.opened = nil
            return [.redraw]
        }
        var effects: [WallEffect] = []
        for effect in reduce(into: &call, .key(key)) {
            switch effect {
            case .redraw: effects.append(.redraw)
            case .quit(let signal):
                guard let signal else {
                    state.rows[id]?.call = call
                    state.opened = nil
                    return [.redraw]
                }
                effects.append(.quit(signal: signal))
            case .suspend: effects.append(.suspend)
            case .saveView: call.notice = "the wall does not write views; lenstail follow does"
            case .bell, .playback: break
            }
        }
        state.rows[id]?.call = call
        return effects.isEmpty ? [.redraw] : effects
    }

    private static func move(by delta: Int, _ state: inout WallState) {
        let order = state.screenOrder
        guard !order.isEmpty else { return }
        let index = state.selected.flatMap { order.firstIndex(of: $0) } ?? 0
        state.selected = order[max(0, min(order.count - 1, index + delta))]
        state.selectionPinned = true
        state.refreshCells()
    }

    private static func filterInput(_ key: Key, _ state: inout WallState) -> [WallEffect] {
        switch KeyBindings.typingAction(for: key) {
        case .cancelSearch:
            state.editingFilter = false
        case .keepSearch:
            state.editingFilter = false
            let text = TerminalText.sanitize(state.filterDraft)
            state.filter = text.isEmpty ? nil : text
            state.relayout()
        case .deleteSearchCharacter:
            if !state.filterDraft.isEmpty { state.filterDraft.removeLast() }
        default:
            if case .char(let c) = key { state.filterDraft.append(c) }
        }
        return [.redraw]
    }
}
