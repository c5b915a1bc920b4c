/// What a key binding does.
package enum Action: String, CaseIterable, Hashable, Sendable {
    case filterAgent, filterCustomer, filterAll, cycleFilter, cycleFilterBack
    /// Chats' other roles: CUSTOM_BOT, SYSTEM, SUPERVISOR.
    case filterBot, filterSystem, filterSupervisor
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case nextIssue, previousIssue, nextCategory, previousCategory
    case search, nextMatch, previousMatch, clearSearch
    case togglePanel, toggleSummary, saveView, help, quit, interrupt, suspend
    case playPause, playFaster, playSlower, seekBack, seekForward, playFromStart, playToEnd
    /// While typing a search.
    case keepSearch, cancelSearch, deleteSearchCharacter
    /// On the wall (`lenstail wall`).
    case rowDown, rowUp, openContact, closeContact, cycleSort, filterRows

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
        default: nil
        }
    }
}
