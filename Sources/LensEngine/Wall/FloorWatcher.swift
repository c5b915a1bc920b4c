import AWSClient
import ContactLensModel
import FoundationEssentials

/// Discovery: asks GetCurrentUserData for the floor every `interval`, names agents and queues
/// from the listings (loaded once, again at most once a minute when an unknown id shows up),
/// tells the floor's source which calls are new and which ended, and reports the floor.
package struct FloorWatcher: Sendable {
    package var instanceId: String
    package var filter: FloorFilter
    package var interval: Duration
    let client: ConnectDirectoryClient
    /// Where a contact that a transfer began came from (nil: the wall does not follow transfers).
    let arrival: (@Sendable (String) async -> TransferLeg?)?

    package init(
        instanceId: String, filter: FloorFilter, client: ConnectDirectoryClient, interval: Duration = .seconds(10),
        arrival: (@Sendable (String) async -> TransferLeg?)? = nil
    ) {
        self.instanceId = instanceId
        self.filter = filter
        self.client = client
        self.interval = interval
        self.arrival = arrival
    }

    /// One look at the floor: every live call and chat the filters cover.
    func discover() async throws(ClientError) -> [FloorContact] {
        var users: [UserData] = []
        for filters in filter.requests {
            users += try await client.allCurrentUserData(instanceId: instanceId, filters: filters)
        }
        return FloorContact.live(in: users)
    }

    /// Watches until cancelled.
    package func run(
        directory initial: NameDirectory, source: some FloorSource, emit: @escaping @Sendable (WallEvent) -> Void
    ) async {
        var directory = initial
        var known = Set<String>()
        var lastReload: ContinuousClock.Instant?
        let clock = ContinuousClock()
        while !Task.isCancelled {
            do {
                let floor = try await discover()
                let unnamed = floor.contains {
                    directory.name(of: $0.agentId, .user) == nil || directory.name(of: $0.queueId, .queue) == nil
                }
                if unnamed, lastReload.map({ $0.duration(to: clock.now) > .seconds(60) }) ?? true {
                    lastReload = clock.now
                    var fresh = NameDirectory()
                    try await fresh.load([.user, .queue], instanceId: instanceId, client: client)
                    directory = fresh
                }
                let now = Set(floor.map(\.contactId))
                for contact in floor where !known.contains(contact.contactId) {
                    // Said before the leg's first segment, so the wall moves the row before it fills.
                    if contact.isTransfer, let arrival, let leg = await arrival(contact.contactId) { emit(.transferred(leg)) }
                    await source.add(contact.contactId, channel: contact.channel == "CHAT" ? .chat : .voice)
                }
                for gone in known.subtracting(now) { await source.ended(gone) }
                known = now
                emit(.floor(floor.map { Self.info($0, directory) }))
                emit(.discovery(problem: nil))
            } catch {
                if error == .cancelled { return }
                emit(.discovery(problem: error.advice(credentialSource: nil)))
            }
            if (try? await clock.sleep(for: interval)) == nil { return }
        }
    }

    static func info(_ contact: FloorContact, _ directory: NameDirectory) -> WallContactInfo {
        WallContactInfo(
            contactId: contact.contactId,
            agent: directory.name(of: contact.agentId, .user) ?? contact.agentId ?? "?",
            queue: directory.name(of: contact.queueId, .queue) ?? contact.queueId ?? "?",
            connectedAt: contact.connectedAt.map { Date(timeIntervalSince1970: $0) })
    }
}
