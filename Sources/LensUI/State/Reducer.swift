import ContactLensModel
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place the call view's state changes: keys, resizes, engine events and ticks all pass here.
package func reduce(into state: inout AppState, _ event: AppEvent) -> [Effect] {
    switch event {
    case .key(let key):
        return Reducer.key(key, &state)
    case .mouse(let mouse):
        return Reducer.mouse(mouse, &state)
    case .resize(let size):
        state.size = size
        return [.redraw]
    case .engine(let follow):
        return Reducer.engine(follow, &state)
    case .tick(let date):
        let before = state.now
        state.now = date
        if Reducer.countSearchStep(&state) { return [.redraw] }
        // Only what shows a clock needs a frame, once a second.
        if let replay = state.replay {
            return replay.position(at: date) / 1000 != replay.position(at: before) / 1000 ? [.redraw] : []
        }
        return state.showsClock && Int(date.timeIntervalSince1970) != Int(before.timeIntervalSince1970) ? [.redraw] : []
    case .replay(let clock):
        state.replay = clock
        state.now = max(state.now, clock.asOf)
        return [.redraw]
    case .notice(let text):
        state.notice = TerminalText.sanitize(text)
        return [.redraw]
    case .act(let update):
        return Reducer.act(update, &state)
    }
}

enum Reducer {
    static func engine(_ event: FollowEvent, _ state: inout AppState) -> [Effect] {
        switch event {
        case .segments(let segments, let receivedAt):
            var oldRoles: [String: String?] = [:]
            for segment in segments {
                for id in segment.affectedTurnIds where oldRoles[id] == nil {
                    oldRoles[id] = .some(state.store.turn(id: id)?.participantRole)
                }
            }
            let before = (state.store.revision, state.store.turns.count, state.store.turns.last?.id)
            let change = state.store.apply(segments)
            state.search.storeChanged(from: before, by: change, in: state.store)
            if change.summary != nil, !state.showSummary { state.summaryArrivedHidden = true }
            var counted = Set<String>()
            var arrived = 0
            for t in change.turns where counted.insert(t.id).inserted {
                // A chat's events and attachments are lines, not turns: they are not counted.
                guard let now = state.store.turn(id: t.id), !now.isChatNotice else { continue }
                if let old = oldRoles[t.id] ?? nil {
                    state.roleCounts[old.uppercased(), default: 1] -= 1
                } else if state.filter.admits(now) {
                    arrived += 1
                }
                let role = now.participantRole.uppercased()
                if state.roleCounts[role] == nil { state.roleOrder.append(role) }
                state.roleCounts[role, default: 0] += 1
                if case .callOffset(_, let end) = now.time { state.callMillis = max(state.callMillis, end) }
            }
            if !state.follow { state.newBelow += arrived }
            state.lastSuccess = receivedAt
            if state.replay == nil { state.advanceLiveClock(to: receivedAt) }
            // An alert raised for the first time (a category the user named): one bell.
            let raised = state.alerted.update(in: state.store, rules: state.alerts)
            return raised.isEmpty ? [.redraw] : [.redraw, .bell]
        case .status(let status):
            // A replay that moves back sends the call so far again, from the start.
            if case .restarted = status, state.replay != nil { state.forgetCall() }
            state.status = status
            if case .live(let last) = status { state.lastSuccess = last }
            return [.redraw]
        case .leg(let leg):
            return Reducer.leg(leg, &state)
        case .finished:
            if !state.isOver { state.status = .completed }
            state.store.releaseSpareRoom()
            // An --alert that could never fire on this call is said once, on the status line.
            if let note = state.alerts.unmatchedNote(categories: state.store.categories.map(\.name)) { state.notice = note }
            return [.redraw]
        case .failed(let message):
            state.status = .failed(message: message)
            return [.redraw]
        }
    }

    static func key(_ key: Key, _ state: inout AppState) -> [Effect] {
        let general = KeyBindings.generalAction(for: key)
        // Ctrl-C quits from anywhere, even while a search is typed.
        if general == .interrupt { return [.quit(signal: SIGINT)] }
        state.notice = nil
        if state.search.isEditing { return searchInput(key, &state) }
        let action = KeyBindings.callAction(for: key, replaying: state.replay != nil)
        if state.showHelp {
            if general == .quit { return [.quit(signal: nil)] }
            let page = max(1, state.size.height - 4)
            guard let step = action.flatMap({ helpScroll($0, page: page) }) else {
                state.showHelp = false
                return [.redraw]
            }
            scrollHelp(by: step, &state)
            return [.redraw]
        }
        if let general { return perform(general, &state) }
        guard let action else { return [.redraw] }
        return perform(action, &state)
    }

    static func perform(_ action: GeneralAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .quit: return [.quit(signal: nil)]
        case .interrupt: return [.quit(signal: SIGINT)]
        case .suspend: return [.suspend]
        case .help:
            state.showHelp = true
            state.helpScroll = 0
            return [.redraw]
        }
    }

    static func perform(_ action: CallAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .saveView: return [.saveView]
        case .listenIn: return listenIn(&state)
        case .playPause, .playFaster, .playSlower, .seekBack, .seekForward, .playFromStart, .playToEnd:
            return action.playback.map { [.playback($0)] } ?? []
        case .togglePanel: state.showPanel.toggle()
        case .toggleSummary:
            state.showSummary.toggle()
            if state.showSummary { state.summaryArrivedHidden = false }
        case .filterAgent: setFilter(.agent, &state)
        case .filterCustomer: setFilter(.customer, &state)
        case .filterAll: setFilter(.all, &state)
        case .filterBot: setFilter(.bot, &state)
        case .filterSystem: setFilter(.system, &state)
        case .filterSupervisor: setFilter(.supervisor, &state)
        case .cycleFilter: setFilter(state.filter.next(chat: state.store.isChat), &state)
        case .cycleFilterBack: setFilter(state.filter.next(chat: state.store.isChat, by: -1), &state)
        case .lineDown: scroll(by: 1, &state)
        case .lineUp: scroll(by: -1, &state)
        case .pageDown: scroll(by: max(1, window(state).height - 1), &state)
        case .pageUp: scroll(by: -max(1, window(state).height - 1), &state)
        case .top: goToTop(&state)
        case .bottom: resumeFollow(&state)
        case .nextIssue: jump(forward: true, what: "issue", &state) { $0.issueRanges.isEmpty == false }
        case .previousIssue: jump(forward: false, what: "issue", &state) { $0.issueRanges.isEmpty == false }
        case .nextCategory, .previousCategory:
            let w = window(state)
            jump(forward: action == .nextCategory, what: "category match", &state) { !w.tags(for: $0).isEmpty }
        case .search:
            state.search.isEditing = true
            state.search.draft = ""
        case .nextMatch, .previousMatch:
            guard state.search.query != nil else {
                state.notice = "no search: press \(KeyBindings.label(.search)) to search"
                break
            }
            jumpToMatch(forward: action == .nextMatch, &state)
        case .clearSearch:
            // Nothing to clear: the screen below, if any, comes back (the wall under an opened call).
            guard state.search.query != nil else { return [.redraw, .back] }
            state.search = SearchState()
        }
        return [.redraw]
    }

    /// Moves the help overlay by `step` lines, within its length.
    static func scrollHelp(by step: Int, _ state: inout AppState) {
        let page = max(1, state.size.height - 4)
        state.helpScroll = max(0, min(state.helpScroll + step, HelpContent.lines(replaying: state.replay != nil).count - page))
    }

    /// How far a key scrolls the help overlay; nil: the key closes it.
    static func helpScroll(_ action: CallAction, page: Int) -> Int? {
        switch action {
        case .lineDown: 1
        case .lineUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .filterAgent, .filterCustomer, .filterAll, .cycleFilter, .cycleFilterBack, .filterBot, .filterSystem,
            .filterSupervisor, .top, .bottom, .nextIssue, .previousIssue, .nextCategory, .previousCategory, .search,
            .nextMatch, .previousMatch, .clearSearch, .togglePanel, .toggleSummary, .saveView, .listenIn, .playPause,
            .playFaster, .playSlower, .seekBack, .seekForward, .playFromStart, .playToEnd:
            nil
        }
    }

    static func searchInput(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch KeyBindings.typingAction(for: key) {
        case .cancelSearch:
            state.search.isEditing = false
        case .keepSearch:
            state.search.isEditing = false
            let query = TerminalText.sanitize(state.search.draft)
            state.search.query = query.isEmpty ? nil : query
            if state.search.query != nil {
                state.focusId = nil
                jumpToMatch(forward: true, newSearch: true, &state)
            }
        case .deleteSearchCharacter:
            if !state.search.draft.isEmpty { state.search.draft.removeLast() }
        case nil:
            if case .char(let c) = key { state.search.draft.append(c) }
        }
        return [.redraw]
    }
}
