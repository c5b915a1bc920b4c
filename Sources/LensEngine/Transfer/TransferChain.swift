import AWSClient
import ContactLensModel
import FoundationEssentials
import LensRecording

/// Follows a conversation across transfers: a source of each leg in turn, in one run. When the
/// followed contact's analysis completes, the finder asks Connect where it went (the contact
/// whose PreviousContactId it is); if it went somewhere, the chain says so (`.leg`) and goes on
/// with that contact's source, so A → B → C is one follow. A leg whose analysis never starts
/// (its flow has no Contact Lens block) is said once, and the follow ends as the leg before did.
///
/// Pulled like its legs: the next event of a leg is asked for only when the consumer took the
/// last one, so a leg's backpressure reaches through the chain.
package struct TransferChain: ContactSource {
    /// A leg's source, and whether it stopped because the leg's analysis never started (the
    /// segments API said not found past the wait).
    package struct Leg: Sendable {
        package var source: any ContactSource
        package var lacksAnalysis: @Sendable () -> Bool

        package init(source: any ContactSource, lacksAnalysis: @escaping @Sendable () -> Bool = { false }) {
            self.source = source
            self.lacksAnalysis = lacksAnalysis
        }
    }

    /// Makes the source of a leg: the contact followed first (nil), or the transfer's new leg.
    package typealias MakeLeg = @Sendable (_ contactId: String, _ transfer: TransferLeg?) -> Leg

    let contactId: String
    let finder: TransferFinder?
    let makeLeg: MakeLeg
    let recording: RecordingWriter?
    let wallClock: @Sendable () -> Date

    /// `finder` nil follows the first leg only (`--no-follow-transfers`); `recording` gets a
    /// line for each new leg, between the legs' pages.
    package init(
        contactId: String, finder: TransferFinder?, recordingTo recording: RecordingWriter? = nil,
        wallClock: @escaping @Sendable () -> Date = Date.init, makeLeg: @escaping MakeLeg
    ) {
        self.contactId = contactId
        self.finder = finder
        self.makeLeg = makeLeg
        self.recording = recording
        self.wallClock = wallClock
    }

    package func events() -> AsyncStream<FollowEvent> {
        let run = ChainRun(chain: self)
        return AsyncStream(unfolding: { await run.next() })
    }
}

/// One chain's progress: the leg being followed, and the events the consumer has not taken.
private actor ChainRun {
    let chain: TransferChain
    var leg: TransferChain.Leg
    var events: AsyncStream<FollowEvent>.Iterator
    /// The leg followed now: nil for the first.
    var transfer: TransferLeg?
    var contactId: String
    var sawSegments = false
    /// A leg's `.completed`, held until the chain knows whether another leg follows.
    var completed = false
    var askedForAgent = false
    var pending: [FollowEvent] = []
    var ended = false

    init(chain: TransferChain) {
        self.chain = chain
        contactId = chain.contactId
        leg = chain.makeLeg(chain.contactId, nil)
        events = leg.source.events().makeAsyncIterator()
    }

    func next() async -> FollowEvent? {
        while pending.isEmpty, !ended { await step() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    private func step() async {
        var iterator = events
        let event = await iterator.next(isolation: self)
        events = iterator
        guard let event else {
            ended = true
            return
        }
        switch event {
        case .status(.completed):
            completed = true
        case .status(.failed) where transfer != nil && !sawSegments:
            break  // said with `.failed`, unless the leg just has no analysis
        case .segments(let segments, _):
            if !segments.isEmpty, !sawSegments { await firstSegments() }
            sawSegments = sawSegments || !segments.isEmpty
            pending.append(event)
        case .finished:
            await legFinished()
        case .failed(let message):
            ended = true
            if transfer != nil, !sawSegments {
                pending +=
                    leg.lacksAnalysis()
                    ? [.status(.ended(reason: "the transfer's flow has no Contact Lens block")), .finished]
                    : [.status(.failed(message: message)), event]
            } else {
                pending.append(event)
            }
        case .status, .leg:
            pending.append(event)
        }
    }

    /// A new leg's analysis started: its agent has the contact now, so the divider can name them.
    private func firstSegments() async {
        guard var known = transfer, known.agent == nil, !askedForAgent, let finder = chain.finder else { return }
        askedForAgent = true
        await finder.describe(&known)
        guard known != transfer else { return }
        transfer = known
        record(known)
        pending.append(.leg(known))
    }

    /// The leg's analysis is complete: go on with the contact it was transferred to, if any.
    private func legFinished() async {
        guard let finder = chain.finder else { return end() }
        let number = (transfer?.number ?? 1) + 1
        let next: TransferLeg?
        do {
            next = try await finder.next(after: contactId, number: number)
        } catch {
            if error == .cancelled {
                ended = true
                return
            }
            let advice = error.connectAdvice(action: "ListAssociatedContacts", credentialSource: nil)
            pending.append(.status(.warning("cannot tell whether the call was transferred: \(advice)")))
            return end()
        }
        guard let next else { return end() }
        record(next)
        transfer = next
        contactId = next.contactId
        sawSegments = false
        completed = false
        askedForAgent = false
        pending.append(.leg(next))
        leg = chain.makeLeg(next.contactId, next)
        events = leg.source.events().makeAsyncIterator()
    }

    private func end() {
        if completed { pending.append(.status(.completed)) }
        pending.append(.finished)
        ended = true
    }

    /// The recording says where the leg begins (and again when more is known of it). A line that
    /// cannot be written stops nothing here: the leg's own pages fail loudly if the file does.
    private func record(_ leg: TransferLeg) {
        try? chain.recording?.append(RecordedLeg(receivedAt: chain.wallClock(), leg: leg))
    }
}
