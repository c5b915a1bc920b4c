import AWSClient
import ContactLensModel
import Foundation
import LensRecording

/// Records a follow: wraps the Follower's fetch so each page is appended to a recording,
/// with the body as the server sent it, before the follower sees it.
public enum Recorder {
    /// One attempt that also returns the raw response body (`ContactLensClient.sendWithBody`).
    public typealias RawFetch = @Sendable (ListSegmentsRequest) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8])

    /// A fetch that records every page it returns. A page that cannot be written stops the
    /// follow (a recording with holes would mislead), with the file and the reason.
    public static func recording(_ fetch: @escaping RawFetch, to writer: RecordingWriter,
                                 now: @escaping @Sendable () -> Date = Date.init) -> Follower.Fetch {
        { request throws(ClientError) in
            let (response, body) = try await fetch(request)
            let page = RecordedPage(receivedAt: now(), requestToken: request.nextToken, instanceId: request.instanceId,
                                    contactId: request.contactId, response: response, rawResponse: body)
            do {
                try writer.append(page)
            } catch {
                throw .invalidRequest(RequestValidationError("cannot record the page: \(error)"))
            }
            return response
        }
    }
}

extension Follower {
    /// Follows through a client; with a writer, every page is recorded as it arrives.
    public init(client: ContactLensClient, instanceId: String, contactId: String, configuration: PollerConfiguration,
                credentialSource: String? = nil, recordingTo writer: RecordingWriter?) {
        guard let writer else {
            self.init(client: client, instanceId: instanceId, contactId: contactId, configuration: configuration,
                      credentialSource: credentialSource)
            return
        }
        let fetch = Recorder.recording({ request throws(ClientError) in try await client.sendWithBody(request) },
                                       to: writer)
        self.init(instanceId: instanceId, contactId: contactId, configuration: configuration,
                  credentialSource: credentialSource, fetch: fetch)
    }
}
