import LensEngine

/// Whether a follow goes on with the contact a transfer makes (`--no-follow-transfers` stops at
/// the first leg), and how a new leg is waited for.
package struct TransferSettings: Sendable, Hashable {
    package var followsTransfers: Bool

    /// A new leg's analysis starts only when an agent answers it: its caller waits in the new
    /// queue first. So a leg is waited for at least this long, whatever `--wait` says.
    package static let minimumLegWait = Duration.seconds(60)

    package init(followsTransfers: Bool = true) { self.followsTransfers = followsTransfers }

    /// The paging of a transfer's new leg: the follow's, waited for at least `minimumLegWait`.
    package static func legPoller(_ poller: PollerConfiguration) -> PollerConfiguration {
        var leg = poller
        leg.maxWaitForAnalysis = max(poller.maxWaitForAnalysis, minimumLegWait)
        return leg
    }
}
