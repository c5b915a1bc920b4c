import AWSClient
import Foundation
import LensEngine
import LensRecording

/// A finished call, read from a recording or fetched from the API.
struct LoadedCall {
    var pages: [RecordedPage]
    var instanceId: String?
    var contactId: String?
    /// Where it came from, for the header of the view.
    var origin: String
}

enum CallLoader {
    /// Loads the call; warnings (a cut-off recording, an unfinished analysis) go to stderr.
    static func load(_ source: SourceOptions, aws: AWSOptions, maxResults: Int, maxRate: Double) async throws -> LoadedCall {
        if let file = source.file {
            let recording: Recording
            do { recording = try Recording.load(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw FatalError(error.message)
            }
            if let warning = recording.warning { Console.err("lenstail: warning: \(file): \(warning)\n") }
            if recording.pages.last?.response.nextToken != nil {
                Console.err("lenstail: warning: \(file): the recording stops before the analysis completed\n")
            }
            let first = recording.pages.first
            return LoadedCall(pages: recording.pages, instanceId: first?.instanceId, contactId: first?.contactId,
                              origin: "recording \(file)")
        }
        guard let instanceId = source.instanceId, let contactId = source.contactId else {
            throw FatalError("give a recording file or --instance-id and --contact-id")
        }
        let (client, endpoint) = try aws.makeClient()
        let credentialSource: String
        do { credentialSource = try await client.credentials.resolve().source } catch {
            throw FatalError(String(describing: error))
        }
        let fetcher = ContactFetcher(client: client, instanceId: instanceId, contactId: contactId, maxResults: maxResults,
                                     interval: PollerConfiguration.spacing(forRate: maxRate), credentialSource: credentialSource)
        // At the quota's one page a second a long call takes a while: say how far it has got.
        let showProgress = isatty(STDERR_FILENO) == 1
        defer { if showProgress { Console.err("\r\u{1B}[K") } }
        do {
            // On the client's event loop: no thread hand-offs per page.
            let pages = try await client.onEventLoop { () async throws(FetchError) in
                try await fetcher.fetchAll { pages, segments in
                    if showProgress { Console.err("\rlenstail: fetching the contact… \(pages) page\(pages == 1 ? "" : "s"), \(segments) segments") }
                }
            }
            return LoadedCall(pages: pages, instanceId: instanceId, contactId: contactId, origin: endpoint)
        } catch {
            throw FatalError(error.message)
        }
    }
}
