import ContactLensModel
import LensEngine
import Synchronization

/// The stream wall's transfers: on the Kinesis stream every leg arrives as a contact of its own,
/// so the first event of each contact the wall did not know asks ListAssociatedContacts (once a
/// contact, in the background, paced by the finder under Connect's quota) whether a transfer
/// began it; a link is said as `.transferred`, and the conversation's row takes the leg's turns.
final class StreamLegLinks: Sendable {
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
            if let leg = await finder.arrival(of: id) { emit(.transferred(leg)) }
        }
    }

    /// How many contacts were asked about.
    var askedCount: Int { asked.withLock { $0.count } }
}
