import ArgumentParser
import LensApp

/// Whether a follow goes on with the contact a transfer makes.
struct TransferOptions: ParsableArguments {
    @Flag(
        name: .customLong("no-follow-transfers"),
        help: "Stop when the followed contact ends, even if it was transferred (by default the new leg is followed too).")
    var noFollowTransfers = false

    var settings: TransferSettings { TransferSettings(followsTransfers: !noFollowTransfers) }
}
