import ContactLensModel
import FoundationEssentials
import LensRecording

/// Records a follow: each page appended to a recording, with the body as the server sent it.
/// After the service refused a token and the follow started again from the beginning, pages
/// that hold only segments already recorded are not written a second time.
struct Recorder: Sendable {
    let writer: RecordingWriter
    private let now: @Sendable () -> Date
    /// Hashes of the segments written so far (hashes, not copies: the store holds the call).
    private var recorded: Set<Int> = []
    private var skippingRepeats = false

    init(writer: RecordingWriter, now: @escaping @Sendable () -> Date = Date.init) {
        self.writer = writer
        self.now = now
    }

    /// The follow starts again from the beginning: what comes next was mostly recorded already.
    mutating func restarted() { skippingRepeats = true }

    /// Writes the page (it is on disk when this returns), unless it repeats what a restart re-sent.
    mutating func record(
        _ request: ListSegmentsRequest, response: ListSegmentsResponse,
        body: [UInt8]?
    ) throws(RecordingError) {
        let hashes = response.segments.map(\.hashValue)
        if skippingRepeats {
            if hashes.allSatisfy(recorded.contains) { return }
            skippingRepeats = false
        }
        recorded.formUnion(hashes)
        try writer.append(
            RecordedPage(
                receivedAt: now(), requestToken: request.nextToken, instanceId: request.instanceId,
                contactId: request.contactId, response: response, rawResponse: body))
    }
}
