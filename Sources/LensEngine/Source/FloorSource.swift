import ContactLensModel

/// A source of a floor's segments: many contacts at once, as the wall shows them — the API
/// polled under one quota (`WallPoller`) or every contact on the segment stream
/// (`WallStreamReader`). Discovery and the command line say which contacts it should give.
///
/// The contract: `run()` reads until cancelled, or until a fatal error, which it says first as
/// `.stream(.failed)`. `events` is what it tells the wall: each contact's `FollowEvent`s (the
/// same contract as a `ContactSource`'s) as `.contact`, and its own state — the pace of a shared
/// quota (`.pace`), the state of a reader of every contact (`.stream`).
package protocol FloorSource: Sendable {
    /// The source's events, for one reader.
    var events: AsyncStream<WallEvent> { get }
    /// Reads the floor until cancelled or a fatal error.
    func run() async
    /// A contact discovery found (it says the channel), or one the command line named (`.auto`).
    func add(_ contactId: String, channel: ContactChannel) async
    /// A contact that left the floor.
    func ended(_ contactId: String) async
    /// An alert was raised on the contact: it may deserve fresher data.
    func setAlert(_ contactId: String) async
}
