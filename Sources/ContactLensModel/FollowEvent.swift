import FoundationEssentials

/// What a source of one contact's segments tells its consumers (the text printer, the terminal
/// UI), whatever the source: the API polled, the segment stream, a recording played again. It
/// says nothing of pages or records — those stay inside the source that reads them — and lives
/// here, beside the store, so the UI depends on the model only and not on HTTP.
package enum FollowEvent: Sendable {
    /// Segments arrived at `receivedAt` (one API page's, one batch of stream records', one step
    /// of a replay), possibly none: the source is alive and has nothing new.
    case segments([Segment], receivedAt: Date)
    /// The connection state changed (live, retrying, throttled...), or a warning.
    case status(FollowStatus)
    /// The conversation goes on in a new contact (a transfer): what follows is that leg's. A
    /// source that follows transfers says it between the legs; the others never do.
    case leg(TransferLeg)
    /// The analysis is complete; nothing more will be sent.
    case finished
    /// A fatal error: the follow has stopped. The message is one line a supervisor can act on.
    case failed(message: String)
}

/// The state of a follow, as a header shows it.
package enum FollowStatus: Sendable, Hashable {
    /// Before the first response.
    case connecting
    /// The contact's analysis does not exist yet (it starts when the call reaches an agent);
    /// polling for it since `since`. On a segment stream, `shards` says how far the reading got.
    case waitingForAnalysis(since: Date, shards: ShardTips? = nil)
    /// The last call succeeded at `lastSuccess`.
    case live(lastSuccess: Date)
    /// A call failed with a retryable error; the next try is at `retryAt`.
    /// `throttled` is true for ThrottlingException and its kin.
    case retrying(reason: String, attempt: Int, retryAt: Date, throttled: Bool)
    /// The service rejected our NextToken; the follow restarted from the beginning.
    case restarted(reason: String)
    /// Something worth knowing that does not stop the follow (a stream record that is not JSON).
    case warning(String)
    /// The analysis finished.
    case completed
    /// What was being played ended before the analysis did (a recording cut short), for `reason`.
    case ended(reason: String)
    /// The follow stopped on a fatal error.
    case failed(message: String)
}

/// Which shards of a segment stream have been read up to their tip: a follow waiting for a
/// contact's first record says how far the search has got, so a wrong id is not a silent wait.
package struct ShardTips: Sendable, Hashable {
    /// The shards read to their tip at least once.
    package var atTip: [String]
    /// Every shard being read.
    package var shards: [String]

    package init(atTip: [String], shards: [String]) {
        self.atTip = atTip
        self.shards = shards
    }

    /// "all 4 shards read to the tip", "3 of 4 shards read to the tip (not yet shardId-000000000002)".
    package var text: String {
        if !shards.isEmpty, atTip.count == shards.count {
            return shards.count == 1 ? "its 1 shard read to the tip" : "all \(shards.count) shards read to the tip"
        }
        let missing = shards.filter { !atTip.contains($0) }
        let named = missing.count <= 2 ? " (not yet \(missing.map(TerminalText.sanitize).joined(separator: ", ")))" : ""
        return "\(atTip.count) of \(shards.count) shards read to the tip" + named
    }
}
