import FoundationEssentials

/// What the wall's engine tells its consumers (the wall view, the JSON-lines stream): the
/// floor as discovery saw it, each contact's follow events, and the pace the quota allows.
package enum WallEvent: Sendable {
    /// Every live contact discovery found, with names (replaces the previous list).
    case floor([WallContactInfo])
    /// Names for contacts found one at a time (DescribeContact, on the stream): the rest of the
    /// floor is as it was.
    case named([WallContactInfo])
    /// A contact named by id (`--contact-id`, `--contacts-from`) rather than found by discovery:
    /// it has no agent or queue until discovery finds it.
    case listed(contactId: String)
    /// One contact's follow event.
    case contact(String, FollowEvent)
    /// The scheduler's pace changed.
    case pace(WallPace)
    /// Discovery failed (nil: it works again); the wall keeps what it had.
    case discovery(problem: String?)
    /// The segment stream's reader (the wall on `--kinesis-stream`): live, retrying, or failed
    /// for good (then no contact gets anything new).
    case stream(FollowStatus)
    /// A transfer made a new leg of a conversation on the wall: the leg names the contact it came
    /// from, whose row goes on in it.
    case transferred(TransferLeg)
    /// Something the user should see once in the header (an `--on-alert` command failed).
    case notice(String)
    /// The watched queues' figures (GetCurrentMetricData, every 5 s), or why there are none.
    case queues(QueueReport)
}

/// A contact as a row shows it before any segment arrived.
package struct WallContactInfo: Sendable, Hashable {
    package var contactId: String
    package var agent: String
    package var queue: String
    /// When the agent got the call, if known.
    package var connectedAt: Date?

    package init(contactId: String, agent: String, queue: String, connectedAt: Date? = nil) {
        self.contactId = contactId
        self.agent = agent
        self.queue = queue
        self.connectedAt = connectedAt
    }
}

/// The shared quota as it is being used: the header shows it.
package struct WallPace: Sendable, Hashable {
    /// Contacts still polled.
    package var live: Int
    /// Requests per second in effect (lower than `--max-rate` after throttling).
    package var rate: Double
    /// Seconds between two refreshes of one call at that rate.
    package var refreshSeconds: Double
    package var throttled: Bool

    package init(live: Int, rate: Double, refreshSeconds: Double, throttled: Bool) {
        self.live = live
        self.rate = rate
        self.refreshSeconds = refreshSeconds
        self.throttled = throttled
    }
}
