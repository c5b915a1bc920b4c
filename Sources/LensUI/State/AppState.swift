import ContactLensModel
import Foundation

/// Which participants' turns the transcript shows.
public enum ParticipantFilter: String, CaseIterable, Hashable, Sendable {
    case all, agent, customer

    /// The participant role (upper-cased) shown alone; nil shows everyone.
    public var role: String? {
        switch self {
        case .all: nil
        case .agent: "AGENT"
        case .customer: "CUSTOMER"
        }
    }

    public func admits(_ turn: Transcript) -> Bool {
        guard let role else { return true }
        return turn.participantRole.uppercased() == role
    }

    var next: ParticipantFilter {
        switch self {
        case .all: .agent
        case .agent: .customer
        case .customer: .all
        }
    }
}

/// The top line of the transcript view when follow is off: a line of a turn's block.
public struct ScrollAnchor: Hashable, Sendable {
    public var turnId: String
    public var line: Int
    public init(turnId: String, line: Int) {
        self.turnId = turnId
        self.line = line
    }
}

/// The search: a query being typed, or one kept.
public struct SearchState: Hashable, Sendable {
    public var draft = ""
    public var isEditing = false
    /// The committed query (non-empty), highlighted and used by n/N.
    public var query: String?
    public init() {}
}

/// Everything the view shows: the merged call plus the view state. Owned by one reducer.
public struct AppState: Sendable {
    public var session: SessionInfo
    public var alerts: AlertMatcher
    public var store = TranscriptStore()
    public var size: Size
    public var filter = ParticipantFilter.all
    /// True: the view sticks to the newest turn.
    public var follow = true
    /// Where the view starts when `follow` is false.
    public var anchor: ScrollAnchor?
    /// Turns that arrived (and pass the filter) while follow was paused.
    public var newBelow = 0
    /// The turn the last jump (issue, category, search match) landed on; jumps go on from it.
    public var focusId: String?
    public var search = SearchState()
    public var showHelp = false
    /// The first help line shown when the help is taller than the screen.
    public var helpScroll = 0
    public var showPanel = true
    public var showSummary = true
    public var status = FollowStatus.connecting
    public var lastSuccess: Date?
    public var now: Date
    /// A one-line notice (e.g. "no more issues below"), cleared by the next key.
    public var notice: String?
    /// Set while replaying: where the player is. Replay keys work only then.
    public var replay: ReplayClock?
    /// Categories matching `--alert` that have matched, in the order they first did.
    public var raisedAlerts: [String] = []

    public init(session: SessionInfo, options: UIOptions = UIOptions(), size: Size, now: Date = Date()) throws(UIOptionsError) {
        self.session = session
        self.alerts = try AlertMatcher(patterns: options.alertPatterns)
        self.size = size
        self.now = now
    }

    /// Participant roles (upper-cased) in first-seen order, with their turn counts; kept by the reducer.
    public var roleOrder: [String] = []
    public var roleCounts: [String: Int] = [:]
    /// Call time so far: the latest end offset of any turn; kept by the reducer.
    public var callMillis = 0

    /// Forgets the call (a replay moved back and is sending it again) and follows the newest turn.
    mutating func forgetCall() {
        store = TranscriptStore()
        roleOrder = []
        roleCounts = [:]
        callMillis = 0
        raisedAlerts = []
        follow = true
        anchor = nil
        newBelow = 0
        focusId = nil
    }

    /// True once the follow has ended (completed or failed): no clock ticks then.
    public var isOver: Bool {
        switch status {
        case .completed, .failed: true
        default: false
        }
    }
}
