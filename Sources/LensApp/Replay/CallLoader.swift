import AWSClient
import ContactLensModel
import FoundationEssentials
import LensEngine
import LensRecording

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a finished call comes from: a recording file, or the API.
package enum CallSource: Sendable, Hashable {
    /// A recording; `contactId` picks one contact when it holds several.
    case recording(path: String, contactId: String? = nil)
    case api(instanceId: String, contactId: String)
    /// The contact's post-contact analysis file in S3 (`--from-s3`).
    case s3(instanceId: String, contactId: String, settings: AnalysisFileSettings)
}

/// A finished call, read from a recording or fetched from the API.
struct LoadedCall {
    var pages: [RecordedPage]
    var instanceId: String?
    var contactId: String?
    /// Where each transfer's leg begins among `pages` (a recording of a transferred call).
    var legs: [RecordedLegStart] = []
    /// Where it came from, for the header of the view.
    var origin: String
    /// What only a post-contact analysis file tells (talk time, loudness, outcomes…).
    var postContact: PostContactInsights?
}

/// How a finished call is fetched from the API: page size and the request rate.
package struct FetchSettings: Sendable {
    package var maxResults: Int
    package var maxRate: Double
    /// Which API: voice, chat, or auto (DescribeContact once, as in follow).
    package var channel: ContactChannel
    package var outputType: ChatOutputType

    package init(maxResults: Int = 100, maxRate: Double = 1, channel: ContactChannel = .auto, outputType: ChatOutputType = .raw) {
        self.maxResults = maxResults
        self.maxRate = maxRate
        self.channel = channel
        self.outputType = outputType
    }
}

enum CallLoader {
    /// Loads the call; warnings (a cut-off recording, an unfinished analysis) go to stderr.
    /// With `legs`, a recording of a transferred call (each contact after the first a leg it
    /// names) loads whole; without, one of its contacts is chosen with `--contact-id`. Pages
    /// fetched from the API are also handed to `merge` as each arrives.
    static func load(
        _ source: CallSource, aws: AWSSettings, fetch: FetchSettings, legs: Bool = false, merge: PageMerge? = nil,
        console: Console
    ) async throws -> LoadedCall {
        switch source {
        case .recording(let file, let contactId):
            let recording: Recording
            do { recording = try Recording.load(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw FatalError(error.message)
            }
            if let warning = recording.warning { console.note("lenstail: warning: \(file): \(warning)\n") }
            if legs, contactId == nil, isTransferredCall(recording) {
                return LoadedCall(
                    pages: recording.pages, instanceId: recording.pages.first?.instanceId,
                    contactId: recording.pages.first?.contactId, legs: recording.legs, origin: "recording \(file)")
            }
            let pages = try onePerContact(recording, file: file, contactId: contactId)
            if pages.last?.response.isLast == false {
                console.note("lenstail: warning: \(file): the recording stops before the analysis completed\n")
            }
            return LoadedCall(
                pages: pages, instanceId: pages.first?.instanceId, contactId: pages.first?.contactId,
                origin: "recording \(file)")
        case .api(let instanceId, let contactId):
            return try await fetchFromAPI(
                instanceId: instanceId, contactId: contactId, aws: aws, settings: fetch, merge: merge, console: console)
        case .s3(let instanceId, let contactId, let settings):
            let file = try await AnalysisFileFinder.open(
                instanceId: instanceId, contactId: contactId, settings: settings, aws: aws)
            let page = RecordedPage(
                receivedAt: Date(), requestToken: nil, instanceId: instanceId, contactId: contactId, response: file.page)
            return LoadedCall(
                pages: [page], instanceId: instanceId, contactId: contactId, origin: file.location, postContact: file.insights)
        }
    }

    /// True when every contact after the first page's is a leg the recording says a transfer began.
    private static func isTransferredCall(_ recording: Recording) -> Bool {
        guard !recording.legs.isEmpty, let first = recording.pages.first?.contactId else { return false }
        let legs = Set(recording.legs.map(\.leg.contactId))
        return recording.pages.allSatisfy { $0.contactId == first || legs.contains($0.contactId ?? "") }
    }

    /// The pages of one contact: two follows recorded into one file are never merged into one call.
    private static func onePerContact(_ recording: Recording, file: String, contactId: String?) throws -> [RecordedPage] {
        var contacts: [String] = []
        for page in recording.pages where !contacts.contains(page.contactId ?? "") { contacts.append(page.contactId ?? "") }
        let named = contacts.map { $0.isEmpty ? "(no contact id)" : TerminalText.sanitize($0) }.joined(separator: ", ")
        guard let contactId else {
            guard contacts.count == 1 else {
                throw FatalError("\(file) holds \(contacts.count) contacts: \(named) — choose one with --contact-id")
            }
            return recording.pages
        }
        let pages = recording.pages.filter { $0.contactId == contactId }
        guard !pages.isEmpty else { throw FatalError("\(file) has no contact \(contactId); it holds \(named)") }
        return pages
    }

    private static func fetchFromAPI(
        instanceId: String, contactId: String, aws: AWSSettings, settings: FetchSettings, merge: PageMerge?,
        console: Console
    ) async throws -> LoadedCall {
        let (router, client, endpoint) = try aws.makeRouter(channel: settings.channel, outputType: settings.outputType)
        let credentialSource = try await AWSSettings.credentialSource(of: client)
        // A chat goes to the chat API; in auto, DescribeContact says which (its decision on stderr).
        let fetcher = ContactFetcher(
            instanceId: instanceId, contactId: contactId, api: router.current, maxResults: settings.maxResults,
            interval: PollerConfiguration.spacing(forRate: settings.maxRate), credentialSource: credentialSource
        ) { request throws(ClientError) in
            let page = try await RetryPolicy.standard.run { () async throws(ClientError) in
                try await router.fetch(request)
            }
            for notice in router.takeNotices() { console.note("lenstail: \(notice)\n") }
            merge?.add(page.response)
            return page
        }
        // At the quota's one page a second a long call takes a while: say how far it has got.
        let showProgress = isatty(STDERR_FILENO) == 1
        defer { if showProgress { console.note("\r\u{1B}[K") } }
        do {
            // On the client's event loop: no thread hand-offs per page.
            let pages = try await client.onEventLoop { () async throws(FetchError) in
                try await fetcher.fetchAll { pages, segments in
                    if showProgress {
                        console.note(
                            "\rlenstail: fetching the contact… \(pages) page\(pages == 1 ? "" : "s"), \(segments) segments")
                    }
                }
            }
            return LoadedCall(pages: pages, instanceId: instanceId, contactId: contactId, origin: endpoint)
        } catch {
            if error.isCancellation { throw Interrupted() }
            throw FatalError(error.message)
        }
    }
}
