/// What a key binding does, and on which screen: each screen switches over its own actions
/// (no `default:`), so a new action is handled wherever the compiler says.
package enum Action: Hashable, Sendable {
    /// Every screen's keys: help, quit, interrupt, suspend.
    case general(GeneralAction)
    /// The view of one call: live, replayed, or opened from the wall.
    case call(CallAction)
    /// A search or a filter being typed.
    case typing(TypingAction)
    /// The wall's rows.
    case wall(WallAction)
    /// A yes/no question in the footer (listen in?).
    case prompt(PromptAction)

    package static var allCases: [Action] {
        GeneralAction.allCases.map(Action.general) + CallAction.allCases.map(Action.call)
            + TypingAction.allCases.map(Action.typing) + WallAction.allCases.map(Action.wall)
            + PromptAction.allCases.map(Action.prompt)
    }
}

/// The keys every screen has.
package enum GeneralAction: String, CaseIterable, Hashable, Sendable {
    case help, quit, interrupt, suspend
}

/// The call view's keys.
package enum CallAction: String, CaseIterable, Hashable, Sendable {
    case filterAgent, filterCustomer, filterAll, cycleFilter, cycleFilterBack
    /// Chats' other roles: CUSTOM_BOT, SYSTEM, SUPERVISOR.
    case filterBot, filterSystem, filterSupervisor
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case nextIssue, previousIssue, nextCategory, previousCategory
    case search, nextMatch, previousMatch, clearSearch
    case togglePanel, toggleSummary, saveView
    /// Ask to listen in to the call (MonitorContact as the supervisor's user).
    case listenIn
    /// Only while replaying.
    case playPause, playFaster, playSlower, seekBack, seekForward, playFromStart, playToEnd

    /// The player command of a replay key.
    var playback: PlaybackCommand? {
        switch self {
        case .playPause: .togglePause
        case .playFaster: .faster
        case .playSlower: .slower
        case .seekBack: .seek(seconds: -PlaybackCommand.seekStep)
        case .seekForward: .seek(seconds: PlaybackCommand.seekStep)
        case .playFromStart: .toStart
        case .playToEnd: .toEnd
        case .filterAgent, .filterCustomer, .filterAll, .cycleFilter, .cycleFilterBack, .filterBot, .filterSystem,
            .filterSupervisor, .lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .nextIssue, .previousIssue,
            .nextCategory, .previousCategory, .search, .nextMatch, .previousMatch, .clearSearch, .togglePanel,
            .toggleSummary, .saveView, .listenIn:
            nil
        }
    }
}

/// The keys of a line being typed (a search, the wall's filter); other keys are typed.
package enum TypingAction: String, CaseIterable, Hashable, Sendable {
    case keepSearch, cancelSearch, deleteSearchCharacter
}

/// The wall's keys.
package enum WallAction: String, CaseIterable, Hashable, Sendable {
    case rowDown, rowUp, openContact, cycleSort, filterRows
    /// Ask to listen in to the selected row's call.
    case listenIn
    /// A search's list: open the selected contact from its post-contact analysis file, even
    /// while the real-time API still has it (a wall's calls are live: none has a file yet).
    case openAnalysisFile
    /// Back to the wall from an opened call; on the wall, clear the filter.
    case back
}

/// The keys of a yes/no question: only `confirm` acts.
package enum PromptAction: String, CaseIterable, Hashable, Sendable {
    case confirm, cancel
}
