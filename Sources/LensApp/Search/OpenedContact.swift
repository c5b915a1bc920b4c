import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensUI

/// The contact opened from the search's list: one at a time, its events as the list's messages;
/// opening another, or leaving, stops the one before.
final class OpenedContact: @unchecked Sendable {
    let messages: AsyncStream<ContactListMessage>
    private let continuation: AsyncStream<ContactListMessage>.Continuation
    private let opener: ContactOpener
    private let contacts: [String: FoundContact]
    private let lock = Lock()
    private var task: Task<Void, Never>?

    init(opener: ContactOpener, contacts: [FoundContact]) {
        (messages, continuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
        self.opener = opener
        self.contacts = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func perform(_ request: ContactListRequest) {
        switch request {
        case .open(let id, let fromFile):
            guard let contact = contacts[id] else { return }
            let continuation = self.continuation
            let source = opener.open(contact, fromFile: fromFile) { file in
                continuation.yield(.postContact(id, file.insights, location: file.location))
            }
            let next = Task {
                for await event in source.events() { continuation.yield(.contact(id, event)) }
            }
            lock.withLock {
                task?.cancel()
                task = next
            }
        case .close:
            lock.withLock {
                task?.cancel()
                task = nil
            }
        }
    }

    func stop() {
        lock.withLock { task?.cancel() }
        continuation.finish()
    }
}
