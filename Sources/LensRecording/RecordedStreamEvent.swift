import ContactLensModel
import FoundationEssentials

/// One record of the Contact Lens segment stream as lenstail read it: one line of a stream
/// recording (see Docs/RECORDING.md). `"source":"kinesis"` tells it from an API page's line.
package struct RecordedStreamEvent: Hashable, Sendable {
    static let source = "kinesis"

    /// When the record was read (wall clock, UTC).
    package var receivedAt: Date
    /// The stream's name or ARN, as given.
    package var stream: String?
    package var shardId: String?
    package var sequenceNumber: String?
    /// Kinesis's ApproximateArrivalTimestamp.
    package var arrivedAt: Date?
    package var partitionKey: String?
    /// The record's data exactly as it was read: the event's JSON.
    package var data: [UInt8]

    package init(
        receivedAt: Date, stream: String?, shardId: String?, sequenceNumber: String?, arrivedAt: Date?,
        partitionKey: String?, data: [UInt8]
    ) {
        self.receivedAt = receivedAt
        self.stream = stream
        self.shardId = shardId
        self.sequenceNumber = sequenceNumber
        self.arrivedAt = arrivedAt
        self.partitionKey = partitionKey
        self.data = data
    }

    /// The line as written, newline included; the event is embedded as it came (line breaks
    /// between tokens become spaces, as for API pages).
    package func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        var body = data
        for index in body.indices where body[index] == UInt8(ascii: "\n") || body[index] == UInt8(ascii: "\r") {
            body[index] = UInt8(ascii: " ")
        }
        var head = "{\"receivedAt\":" + (try json(RecordingTime.format(receivedAt)))
        head += ",\"source\":" + (try json(Self.source))
        head += ",\"stream\":" + (try json(stream))
        head += ",\"shardId\":" + (try json(shardId))
        head += ",\"sequenceNumber\":" + (try json(sequenceNumber))
        head += ",\"arrivedAt\":" + (try json(arrivedAt.map(RecordingTime.format)))
        head += ",\"partitionKey\":" + (try json(partitionKey))
        head += ",\"event\":"
        return Array(head.utf8) + body + Array("}\n".utf8)
    }

    /// The keys a line must have to count as a recorded stream event.
    static let requiredKeys = ["receivedAt", "source", "event"]

    /// A stream line read back as the page a follow reported for it: the event's segments, with
    /// a NextToken ("more may come") unless it is the COMPLETED or FAILED event.
    static func decodePage(line: Data) throws -> RecordedPage {
        let object = try JSONValue.parse(Array(line))
        guard object.members != nil, let received = object[member: "receivedAt"]?.string, let event = object[member: "event"]
        else {
            throw RecordingError("a stream line needs receivedAt and event")
        }
        guard let date = RecordingTime.parse(received) else {
            throw RecordingError("receivedAt \(received) is not an ISO 8601 time")
        }
        let bytes = event.serialized()
        guard case .event(let decoded) = StreamRecordDecoder.decode(bytes) else {
            throw RecordingError("the event is not a Contact Lens segment-stream event")
        }
        let final = decoded.eventType == .completed || decoded.eventType == .failed
        return RecordedPage(
            receivedAt: date, requestToken: nil, instanceId: decoded.instanceId, contactId: decoded.contactId,
            response: ListSegmentsResponse(segments: decoded.segments, nextToken: final ? nil : streamToken),
            streamEventType: decoded.eventType)
    }

    /// The NextToken a non-final stream event reads with.
    static let streamToken = "kinesis-stream"
}

extension RecordingWriter {
    /// Writes one stream record as one line; it is on disk when this returns.
    package func append(_ event: RecordedStreamEvent) throws(RecordingError) {
        let line: [UInt8]
        do { line = try event.line() } catch { throw RecordingError("\(path): cannot encode a stream event (\(error))") }
        try write(line)
    }
}
