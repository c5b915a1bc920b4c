import AWSClient
import ContactLensModel

/// One contact's records as a stream reader has had them: Kinesis delivers at least once, so a
/// record seen before is nothing new; COMPLETED is remembered with the round it arrived in.
struct ContactStreamLedger {
    /// What a new record of the contact brings.
    enum Step: Equatable {
        case segments([Segment])
        case failed
        /// STARTED, COMPLETED (see `completedAtRound`), a type this version does not know, or a
        /// record delivered again.
        case nothing
    }

    /// A hash of each record: a record delivered again is nothing new.
    private var seen: Set<Int> = []
    /// The reader's round count when COMPLETED arrived.
    private(set) var completedAtRound: Int?

    mutating func take(_ event: SegmentStreamEvent, data: [UInt8], round: Int) -> Step {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        guard seen.insert(hasher.finalize()).inserted else { return .nothing }
        switch event.eventType {
        case .segments: return event.segments.isEmpty ? .nothing : .segments(event.segments)
        case .completed:
            if completedAtRound == nil { completedAtRound = round }
            return .nothing
        case .failed: return .failed
        default: return .nothing
        }
    }

    /// COMPLETED ends the contact once a whole round has passed after it, so that its records on
    /// other shards are read first.
    func isFinished(atRound round: Int) -> Bool {
        completedAtRound.map { round >= $0 + 2 } ?? false
    }
}
