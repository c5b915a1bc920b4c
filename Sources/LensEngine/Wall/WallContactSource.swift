/// Where the wall's contacts get their segments: the quota-bound poller or the segment stream.
/// Discovery tells it which calls are on the floor.
package protocol WallContactSource: Sendable {
    /// A contact discovery found (it says the channel), or one the command line named (`.auto`).
    func add(_ contactId: String, channel: ContactChannel) async
    /// A call that left the floor.
    func ended(_ contactId: String) async
    /// An alert was raised on the call: it may deserve fresher data.
    func setAlert(_ contactId: String) async
}

extension WallPoller: WallContactSource {}
