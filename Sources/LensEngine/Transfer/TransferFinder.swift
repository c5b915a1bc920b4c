import AWSClient
import ContactLensModel
import FoundationEssentials

/// Finds where a followed contact went when it ended, and what a divider says of the new leg.
/// Connect's contact APIs have their own quota (2 requests/s, burst 5, by default), apart from
/// Contact Lens's: every call here starts at least `spacing` after the last, and a throttled or
/// failed call is tried again a few times with backoff before the finder gives up on it.
package actor TransferFinder {
    private let calls: TransferCalls
    private let spacing: Duration
    private let retry: RetryPolicy
    private let clock = ContinuousClock()
    private var lastStart: ContinuousClock.Instant?
    /// Names by id, listed once (on the first transfer) and kept; an empty list when refused.
    private var names: [DirectoryKind: [String: String]] = [:]

    package init(
        calls: TransferCalls, spacing: Duration = .milliseconds(500),
        retry: RetryPolicy = RetryPolicy(maxAttempts: 4, base: .milliseconds(500), cap: .seconds(5))
    ) {
        self.calls = calls
        self.spacing = spacing
        self.retry = retry
    }

    /// The leg `contactId` was transferred to (numbered `number`), or nil when it was not. The
    /// chain's list (ListAssociatedContacts) names every leg with the one it came from; when it
    /// cannot be read, DescribeContact's NextContacts still names a quick connect's leg. Throws
    /// the list's error when neither answers.
    package func next(after contactId: String, number: Int) async throws(ClientError) -> TransferLeg? {
        let nextId: String?
        do {
            let chain = try await paced { () async throws(ClientError) in try await self.calls.associatedContacts(contactId) }
            nextId = chain.legs(after: contactId).first { $0.initiationMethod != .monitor }?.contactId
        } catch {
            if error == .cancelled { throw error }
            guard
                let contact = try? await paced({ () async throws(ClientError) in try await self.calls.describeContact(contactId) }
                )
            else { throw error }
            nextId = contact.quickConnectContactIds.first
        }
        guard let nextId else { return nil }
        var leg = TransferLeg(number: number, contactId: nextId, previousContactId: contactId)
        await describe(&leg)
        return leg
    }

    /// The leg `contactId` is, when a transfer made it (the wall asks once per new contact that a
    /// transfer began): its chain (ListAssociatedContacts) names the contact it came from, and
    /// counting back, its number. Nil when it came from none, or the chain cannot be read.
    package func arrival(of contactId: String) async -> TransferLeg? {
        guard
            let chain = try? await paced({ () async throws(ClientError) in try await self.calls.associatedContacts(contactId) }),
            let this = chain.first(where: { $0.contactId == contactId }), let previous = this.previousContactId
        else { return nil }
        let before = Dictionary(chain.compactMap { leg in leg.contactId.map { ($0, leg.previousContactId) } }) { a, _ in a }
        var number = 2
        var at = previous
        while let earlier = before[at] ?? nil, number <= chain.count {
            number += 1
            at = earlier
        }
        var leg = TransferLeg(
            number: number, contactId: contactId, previousContactId: previous,
            initiationMethod: this.initiationMethod?.rawValue, at: this.initiationTimestamp)
        await describe(&leg)
        return leg
    }

    /// The leg with what DescribeContact says of it now: how it began, when, its queue and (once
    /// one has it) its agent, by name. A leg that cannot be described keeps what it had.
    package func describe(_ leg: inout TransferLeg) async {
        let contactId = leg.contactId
        guard let contact = try? await paced({ () async throws(ClientError) in try await self.calls.describeContact(contactId) })
        else { return }
        leg.initiationMethod = contact.initiationMethod?.rawValue ?? leg.initiationMethod
        leg.at = contact.initiationTimestamp ?? leg.at
        if let queue = contact.queueInfo?.id { leg.queue = await name(of: queue, .queue) }
        if let agent = contact.agentInfo?.id { leg.agent = await name(of: agent, .user) }
    }

    /// Who has `contactId` now, by name (DescribeContact; names listed once): nil when it cannot
    /// be described or no agent has it yet. The stream wall names its rows with it.
    package func handler(of contactId: String) async -> WallContactInfo? {
        guard
            let contact = try? await paced({ () async throws(ClientError) in try await self.calls.describeContact(contactId) }),
            let agent = contact.agentInfo?.id
        else { return nil }
        var queue = "-"
        if let id = contact.queueInfo?.id { queue = await name(of: id, .queue) }
        return WallContactInfo(
            contactId: contactId, agent: await name(of: agent, .user), queue: queue,
            connectedAt: contact.agentInfo?.connectedToAgentTimestamp)
    }

    /// The name of a queue or user; its id when the listing does not have it or was refused.
    private func name(of id: String, _ kind: DirectoryKind) async -> String {
        if names[kind] == nil {
            let listed = (try? await paced { () async throws(ClientError) in try await self.calls.list(kind) }) ?? []
            var byId: [String: String] = [:]
            for item in listed {
                byId[item.id] = item.name
                if let arn = item.arn { byId[arn] = item.name }
            }
            names[kind] = byId
        }
        return names[kind]?[id] ?? id
    }

    /// One call, no sooner than `spacing` after the last one started, retried by the policy.
    private func paced<T: Sendable>(_ call: @Sendable () async throws(ClientError) -> T) async throws(ClientError) -> T {
        var attempt = 1
        while true {
            if let lastStart {
                let wait = lastStart.advanced(by: spacing) - clock.now
                if wait > .zero { try await sleep(wait) }
            }
            lastStart = clock.now
            do {
                return try await call()
            } catch {
                guard error != .cancelled,
                    case .retry(let delay) = retry.decide(after: error, attempt: attempt, jitter: .random(in: 0..<1))
                else { throw error }
                try await sleep(delay)
                attempt += 1
            }
        }
    }

    private func sleep(_ duration: Duration) async throws(ClientError) {
        do { try await clock.sleep(for: duration) } catch { throw .cancelled }
    }
}
