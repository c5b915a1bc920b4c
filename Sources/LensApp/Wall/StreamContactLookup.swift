import ContactLensModel
import LensEngine
import Synchronization

/// What the stream does not say of a contact, asked of Amazon Connect once per new contact (in
/// the background, paced by the finder under Connect's quota) on a stream wall with
/// `--instance-id` and no discovery. Every leg of a transfer arrives on the stream as a contact of
/// its own: ListAssociatedContacts says whether a transfer began it, and a link is said as
/// `.transferred` (the conversation's row takes the leg's turns). Any other contact is named by
/// DescribeContact — its agent and queue, as `.named` — so rows are not told apart by id alone.
final class StreamContactLookup: Sendable {
    private let finder: TransferFinder
    private let asked = Mutex<Set<String>>([])

    init(finder: TransferFinder) { self.finder = finder }

    /// Called for each event of the stream's reader, before the view has it.
    func saw(_ event: WallEvent, emit: @escaping @Sendable (WallEvent) -> Void) {
        let id: String
        switch event {
        case .contact(let contactId, _), .listed(let contactId): id = contactId
        default: return
        }
        guard asked.withLock({ $0.insert(id).inserted }) else { return }
        let finder = self.finder
        Task {
            if let leg = await finder.arrival(of: id) {
                emit(.transferred(leg))
            } else if let info = await finder.handler(of: id) {
                emit(.named([info]))
            }
        }
    }

    /// How many contacts were asked about.
    var askedCount: Int { asked.withLock { $0.count } }
}
