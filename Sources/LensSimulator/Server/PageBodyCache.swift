import ContactLensModel
import FoundationEssentials

/// Page bodies assembled from each segment's JSON, encoded once: a finished contact's pages hold
/// the same segments request after request, and encoding them was most of the emulator's time
/// per page. The body is the JSON `JSONEncoder` makes of the whole `ListSegmentsResponse`
/// (with `Segments` first; `JSONEncoder`'s own member order is not fixed either).
struct PageBodyCache: Sendable {
    /// Per contact, per timeline position: the segment's JSON once encoded.
    private var encoded: [[[UInt8]?]]

    init(timelineCounts: [Int]) {
        encoded = timelineCounts.map { Array(repeating: nil, count: $0) }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// `{"Segments":[…],"NextToken":"…"}` for these timeline positions of `contact`.
    mutating func body(contact: Int, timeline: [TimedSegment], positions: [Range<Int>], nextToken: String?) -> [UInt8] {
        let encoder = Self.encoder()
        var body: [UInt8] = []
        body.reserveCapacity(64 + positions.reduce(0) { $0 + $1.count } * 320)
        body.append(contentsOf: #"{"Segments":["#.utf8)
        var first = true
        for position in positions.joined() {
            if !first { body.append(UInt8(ascii: ",")) }
            first = false
            if let bytes = encoded[contact][position] {
                body.append(contentsOf: bytes)
            } else {
                let bytes = Array((try? encoder.encode(timeline[position].segment)) ?? Data("{}".utf8))
                encoded[contact][position] = bytes
                body.append(contentsOf: bytes)
            }
        }
        body.append(UInt8(ascii: "]"))
        if let nextToken, let token = try? encoder.encode(nextToken) {
            body.append(contentsOf: #","NextToken":"#.utf8)
            body.append(contentsOf: token)
        }
        body.append(UInt8(ascii: "}"))
        return body
    }
}
