import AWSClient
import ContactLensModel
import FoundationEssentials
import LensEngine

/// Opens a contact a search found, as one source of its segments: from the real-time API while
/// it still has it — a contact in progress followed live, a finished one fetched to its end as
/// `replay` does (`ContactFetcher`) — else from its post-contact analysis file in S3; or from
/// that file alone when the user asks for it (`P` on the list).
struct ContactOpener: Sendable {
    var instanceId: String
    var clients: WallClients
    var credentialSource: String?
    /// The least time between two page requests (Contact Lens allows about one a second).
    var interval: Duration = .seconds(1)
    var poller = PollerConfiguration()
    /// The S3 step: a contact the real-time API no longer has, read from its post-contact
    /// analysis file (`AnalysisFileFinder`); nil when there is no S3 to ask.
    var fromFile: (@Sendable (FoundContact) async throws(FatalError) -> AnalysisFileSource)?

    /// The contact's source; what goes wrong is its `.failed` line, never a throw. `found` hears
    /// of the analysis file when the contact is read from one (its insights are for the panel).
    /// With `fromFile`, only from its analysis file, whatever the real-time API still has.
    func open(
        _ contact: FoundContact, fromFile: Bool = false, found: @escaping @Sendable (AnalysisFileSource) -> Void = { _ in }
    ) -> any ContactSource {
        if fromFile {
            return fileSource(contact, found: found) ?? FailedContactSource(message: "no S3 to read its analysis file from")
        }
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
        return FetchedContactSource(fetcher: fetcher) { [self] in
            fileSource(contact, found: found)
                ?? FailedContactSource(message: "not in the real-time API any more, and no S3 to read its analysis file from")
        }
    }

    /// The contact read from its analysis file; nil when there is no S3 to ask.
    private func fileSource(_ contact: FoundContact, found: @escaping @Sendable (AnalysisFileSource) -> Void) -> (
        any ContactSource
    )? {
        guard let fromFile else { return nil }
        return AnalysisFileLookup(found: found) { () async throws(FatalError) in try await fromFile(contact) }
    }
}

extension ContactOpener {
    /// The S3 step on `s3`: the contact's analysis file in the instance's call-recordings bucket
    /// (ListInstanceStorageConfigs), found and read as `replay --from-s3` does, the raw copy.
    static func analysisFiles(instanceId: String, connect: ConnectClient, s3: S3Client, credentialSource: String?)
        -> @Sendable (FoundContact) async throws(FatalError) -> AnalysisFileSource
    {
        let finder = AnalysisFileFinder(
            connect: connect, s3: s3, settings: AnalysisFileSettings(), credentialSource: credentialSource)
        return { contact throws(FatalError) in try await finder.open(instanceId: instanceId, contactId: contact.id) }
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
