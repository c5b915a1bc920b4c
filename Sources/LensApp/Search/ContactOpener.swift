import AWSClient
import ContactLensModel
import Foundation
import LensEngine

/// Opens a contact a search found, as one source of its segments: from the real-time API while
/// it still has it — a contact in progress followed live, a finished one fetched to its end as
/// `replay` does (`ContactFetcher`) — else from its post-contact analysis file in S3.
struct ContactOpener: Sendable {
    var instanceId: String
    var clients: WallClients
    var credentialSource: String?
    /// The least time between two page requests (Contact Lens allows about one a second).
    var interval: Duration = .seconds(1)
    var poller = PollerConfiguration()
    /// The S3 step: a contact the real-time API no longer has.
    var fromFile: @Sendable (FoundContact) -> any ContactSource = { _ in
        FailedContactSource(message: "not in the real-time API any more; its post-contact file cannot be opened yet")
    }

    /// The contact's source; what goes wrong is its `.failed` line, never a throw.
    func open(_ contact: FoundContact) -> any ContactSource {
        let channel: ContactChannel = contact.summary.channel == ConnectChannel.chat.rawValue ? .chat : .voice
        let router = ChannelRouter(channel: channel, voice: clients.lens, chat: clients.chat, outputType: .raw)
        if contact.summary.disconnectTimestamp == nil {
            return Follower(
                router: router, instanceId: instanceId, contactId: contact.id, configuration: poller,
                credentialSource: credentialSource)
        }
        let fetcher = ContactFetcher(
            instanceId: instanceId, contactId: contact.id, api: router.current, interval: interval,
            credentialSource: credentialSource
        ) { request throws(ClientError) in
            try await RetryPolicy.standard.run { () async throws(ClientError) in try await router.fetch(request) }
        }
        return FetchedContactSource(fetcher: fetcher) { fromFile(contact) }
    }
}

/// A finished contact fetched from the real-time API to its end, then given at once; when the API
/// no longer has it, the source `otherwise` makes (its analysis file) in its place.
struct FetchedContactSource: ContactSource {
    let fetcher: ContactFetcher
    let otherwise: @Sendable () -> any ContactSource

    func events() -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        let task = Task {
            continuation.yield(.status(.connecting))
            do throws(FetchError) {
                let pages = try await fetcher.fetchAll()
                for await event in RecordedCallSource(pages: pages).events() { continuation.yield(event) }
            } catch {
                if error.isCancellation {
                    continuation.finish()
                    return
                }
                guard error.isNotFound else {
                    continuation.yield(.failed(message: error.message))
                    continuation.finish()
                    return
                }
                for await event in otherwise().events() { continuation.yield(event) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return events
    }
}

/// A contact that cannot be opened: one line, and the end.
struct FailedContactSource: ContactSource {
    var message: String

    func events() -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        continuation.yield(.failed(message: message))
        continuation.finish()
        return events
    }
}
