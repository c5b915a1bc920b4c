import AWSClient
import ContactLensModel
import Synchronization

extension TransferChain.Leg {
    /// A polling leg: the follower, and whether it stopped because the segments API never found
    /// the contact's analysis (past the wait: the leg's flow has no Contact Lens block).
    package static func polling(_ follower: Follower) -> TransferChain.Leg {
        let stop = StopReason()
        var follower = follower
        follower.onFailure = { error in stop.set(error) }
        return TransferChain.Leg(source: follower, lacksAnalysis: { stop.wasNotFound })
    }
}

/// The error a follower stopped on, heard from its task and read by the chain's.
private final class StopReason: Sendable {
    private let error = Mutex<ClientError?>(nil)

    func set(_ value: ClientError) { error.withLock { $0 = value } }

    var wasNotFound: Bool { error.withLock { $0?.isNotFound ?? false } }
}
