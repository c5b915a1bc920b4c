import ContactLensModel
import FoundationEssentials
import LensBasics

/// Which participants' turns the transcript shows. Chats have three roles more.
package enum ParticipantFilter: String, CaseIterable, Hashable, Sendable {
    case all, agent, customer, bot, system, supervisor

    /// The participant role (upper-cased) shown alone; nil shows everyone.
    package var role: String? {
        switch self {
        case .all: nil
        case .agent: "AGENT"
        case .customer: "CUSTOMER"
        case .bot: "CUSTOM_BOT"
        case .system: "SYSTEM"
        case .supervisor: "SUPERVISOR"
        }
    }

    package func admits(_ turn: Turn) -> Bool {
        guard let role else { return true }
        return turn.hasRole(role)
    }

    /// The filters Tab cycles through: a call's three, or a chat's six.
    static func cycle(chat: Bool) -> [ParticipantFilter] { chat ? allCases : [.all, .agent, .customer] }

    /// The next (or previous, `by: -1`) filter of the cycle.
    func next(chat: Bool, by step: Int = 1) -> ParticipantFilter {
        let cycle = Self.cycle(chat: chat)
        let index = cycle.firstIndex(of: self) ?? 0
        return cycle[(index + step + cycle.count) % cycle.count]
    }
}

/// The top line of the transcript view when follow is off: a line of a turn's block.
package struct ScrollAnchor: Hashable, Sendable {
    package var turnId: String
    package var line: Int
    package init(turnId: String, line: Int) {
        self.turnId = turnId
        self.line = line
    }
}

/// The search: a query being typed, or one kept.
package struct SearchState: Hashable, Sendable {
    package var draft = ""
    package var isEditing = false
    /// The committed query (non-empty), highlighted and used by n/N.
    package var query: String?
    /// The turns `query` matches, kept between jumps (`Reducer.jumpToMatch`).
    package var matches: SearchMatches?
    /// Set by a run loop that sends `.tick` whenever `nextTick` is due: the turns tested at
    /// once. A call longer than that is then counted on ticks, after the jump is drawn
    /// (`Reducer.countSearchStep`); nil counts every turn before the jump.
    package var countStep: Int?
    /// True while such a count runs; the jump's notice then waits for its numbers.
    package internal(set) var counting = false
    var pending: PendingMatch?
    package init() {}
}

/// Everything the view shows: the merged call plus the view state. Owned by one reducer.
package struct AppState: Sendable {
    package var session: SessionInfo
    /// What raises an alert (`--alert`, and on the wall `--alert-negative`).
    package var alerts: AlertRules
    /// The alerts this call has raised so far.
    package var alerted = ContactAlerts()
    package var store = TranscriptStore()
    package var size: Size
    package var filter = ParticipantFilter.all
    /// True: the view sticks to the newest turn.
    package var follow = true
    /// Where the view starts when `follow` is false.
    package var anchor: ScrollAnchor?
    /// Turns that arrived (and pass the filter) while follow was paused.
    package var newBelow = 0
    /// The turn the last jump (issue, category, search match) landed on; jumps go on from it.
    package var focusId: String?
    package var search = SearchState()
    package var showHelp = false
    /// The first help line shown when the help is taller than the screen.
    package var helpScroll = 0
    package var showPanel = true
    package var showSummary = true
    /// The summary arrived while `s` had it hidden: the status line says so until `s` shows it.
    package var summaryArrivedHidden = false
    package var status = FollowStatus.connecting
    package var lastSuccess: Date?
    package var now: Date
    /// A one-line notice (e.g. "no more issues below"), cleared by the next key.
    package var notice: String?
    /// Set while replaying: where the player is. Replay keys work only then.
    package var replay: ReplayClock?
    /// Listening in to this call (`L`): asked, or the supervisor's softphone rings.
    package var monitor: MonitorStatus?
    /// The supervisor's Amazon Connect user, found once per run when `L` first needs it.
    package var supervisor = SupervisorLookup.unknown
    /// Categories matching `--alert` that have matched, in the order they first did.
    package var raisedAlerts: [String] { alerted.categories }
    /// The time zone chat times of day are shown in (tests fix it).
    package var timeZone = LocalZone.current

    package init(session: SessionInfo, options: UIOptions = UIOptions(), size: Size, now: Date = Date()) throws(AlertRulesError) {
        self.init(session: session, alerts: try AlertRules(patterns: options.alertPatterns), size: size, now: now)
    }

    package init(session: SessionInfo, alerts: AlertRules, size: Size, now: Date = Date()) {
        self.session = session
        self.alerts = alerts
        self.size = size
        self.now = now
    }

    /// Participant roles (upper-cased) in first-seen order, with their turn counts; kept by the reducer.
    package var roleOrder: [String] = []
    package var roleCounts: [String: Int] = [:]
    /// Call time so far: the latest end offset of any turn; kept by the reducer.
    package var callMillis = 0
    /// Where the header's call clock runs from while the call is live (`shownCallMillis`).
    package var liveClock: CallClock?

    /// A replay begins: its clock, and room for the `turns` it will bring (they come one by one).
    package mutating func beginReplay(_ clock: ReplayClock, turns: Int) {
        replay = clock
        store = TranscriptStore(room: turns)
    }

    /// Forgets the call (a replay moved back and is sending it again) and follows the newest turn.
    mutating func forgetCall() {
        // The room the turns had, kept: the replay sends them again.
        store = TranscriptStore(room: store.turns.capacity)
        roleOrder = []
        roleCounts = [:]
        callMillis = 0
        liveClock = nil
        alerted = ContactAlerts()
        follow = true
        anchor = nil
        newBelow = 0
        focusId = nil
        search.matches = nil
    }

    /// True once the follow has ended (completed or failed): no clock ticks then.
    package var isOver: Bool {
        switch status {
        case .completed, .ended, .failed: true
        default: false
        }
    }
}
