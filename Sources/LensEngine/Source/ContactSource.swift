import ContactLensModel

/// A source of one contact's segments: the API polled (`Follower`, voice or chat), the segment
/// stream (`StreamFollower`), a call played again on its clock (`PlaybackController`) or at once
/// (`RecordedCallSource`). The view, the printers and the exporters read any of them alike.
///
/// The contract: `events()` yields the contact's segments as they come, its status (warnings
/// included), and ends with `.finished` (the analysis is complete) or `.failed` (one line a person
/// can act on); the stream also ends when its consumer stops reading, which stops the source. How
/// the source reads — pages and tokens, records and shards, a file — stays inside it, and so does
/// a recording of what it read.
package protocol ContactSource: Sendable {
    /// The contact's events, from the start.
    func events() -> AsyncStream<FollowEvent>
}
