/// What a key binding does.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case filterAgent, filterCustomer, filterAll, cycleFilter
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case nextIssue, previousIssue, nextCategory, previousCategory
    case search, nextMatch, previousMatch, clearSearch
    case togglePanel, toggleSummary, help, quit, interrupt
}
