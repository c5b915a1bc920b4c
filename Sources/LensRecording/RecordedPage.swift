import ContactLensModel
import FoundationEssentials

/// One API page as lenstail received it: one line of a recording (see Docs/RECORDING.md).
package struct RecordedPage: Hashable, Sendable {
    /// When the response arrived (wall clock, UTC).
    package var receivedAt: Date
    /// The NextToken that was sent; nil for the first request of a follow.
    package var requestToken: String?
    package var instanceId: String?
    package var contactId: String?
    /// The response, decoded.
    package var response: ListSegmentsResponse
    /// The response body exactly as the server sent it, when known; written verbatim.
    package var rawResponse: [UInt8]?
    /// Set when the line was an event of the segment stream (its segments are `response`'s).
    var streamEventType: StreamEventType?

    package init(
        receivedAt: Date, requestToken: String?, instanceId: String?, contactId: String?,
        response: ListSegmentsResponse, rawResponse: [UInt8]? = nil, streamEventType: StreamEventType? = nil
    ) {
        self.receivedAt = receivedAt
        self.requestToken = requestToken
        self.instanceId = instanceId
        self.contactId = contactId
        self.response = response
        self.rawResponse = rawResponse
        self.streamEventType = streamEventType
    }

    /// The line as written to a recording, newline included. The raw body is embedded as it came;
    /// only line breaks between JSON tokens become spaces (strings cannot hold raw line breaks).
    package func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func json<T: Encodable>(_ value: T) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        var body: [UInt8]
        if let rawResponse { body = rawResponse } else { body = Array(try JSONEncoder().encode(response)) }
        for index in body.indices where body[index] == UInt8(ascii: "\n") || body[index] == UInt8(ascii: "\r") {
            body[index] = UInt8(ascii: " ")
        }
        var head = "{\"receivedAt\":" + (try json(RecordingTime.format(receivedAt)))
        head += ",\"instanceId\":" + (try json(instanceId))
        head += ",\"contactId\":" + (try json(contactId))
        head += ",\"requestToken\":" + (try json(requestToken))
        // Which API answered: only the chat API is named, so every older line reads as before.
        if response.isChat { head += ",\"api\":" + (try json(ListSegmentsV2.operation)) }
        head += ",\"response\":"
        return Array(head.utf8) + body + Array("}\n".utf8)
    }

    /// The keys a line must have to count as a recorded page.
    static let requiredKeys = ["receivedAt", "response"]

    /// Decodes one line; nil `rawResponse` (the decoded response is what readers need).
    static func decode(line: Data) throws -> RecordedPage {
        let envelope = try JSONDecoder().decode(Envelope.self, from: line)
        guard let date = RecordingTime.parse(envelope.receivedAt) else {
            throw RecordingError("receivedAt \(envelope.receivedAt) is not an ISO 8601 time")
        }
        if envelope.api == ListSegmentsV2.operation, !envelope.response.isChat {
            throw RecordingError("the response of \(ListSegmentsV2.operation) has no Status")
        }
        return RecordedPage(
            receivedAt: date, requestToken: envelope.requestToken, instanceId: envelope.instanceId,
            contactId: envelope.contactId, response: envelope.response)
    }

    private struct Envelope: Decodable {
        var receivedAt: String
        var requestToken: String?
        var instanceId: String?
        var contactId: String?
        /// The API that answered: absent for ListRealtimeContactAnalysisSegments (every recording
        /// made before chats), `ListRealtimeContactAnalysisSegmentsV2` for the chat API.
        var api: String?
        var response: ListSegmentsResponse
    }
}

/// The time format of `receivedAt`: ISO 8601 in UTC with milliseconds, e.g. 2026-01-31T09:15:02.250Z.
enum RecordingTime {
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func parse(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}
