/// A segment object of the API's JSON: `{"Transcript":{…}}`. The model makes it a structure of
/// optional members of which the service sets one; an object that sets several decodes to one
/// `Segment` per member, in the model's order, then unknown members by name.
struct SegmentObject: Decodable {
    var segments: [Segment]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        var segments: [Segment] = []
        for kind in Segment.Kind.allCases {
            let key = MemberKey(kind.rawValue)
            switch kind {
            case .transcript:
                if let value = try container.decodeIfPresent(Transcript.self, forKey: key) { segments.append(.transcript(value)) }
            case .categories:
                if let value = try container.decodeIfPresent(Categories.self, forKey: key) { segments.append(.categories(value)) }
            case .postContactSummary:
                if let value = try container.decodeIfPresent(PostContactSummary.self, forKey: key) {
                    segments.append(.postContactSummary(value))
                }
            case .utterance:
                if let value = try container.decodeIfPresent(Utterance.self, forKey: key) { segments.append(.utterance(value)) }
            }
        }
        let unknown = container.allKeys.filter { Segment.Kind(rawValue: $0.stringValue) == nil }
        for key in unknown.sorted(by: { $0.stringValue < $1.stringValue }) {
            segments.append(.unknown(kind: key.stringValue, json: try container.decode(RawJSON.self, forKey: key)))
        }
        self.segments = segments
    }
}

extension ListSegmentsResponse {
    /// The segments of one segment object being decoded, one per member (see `SegmentObject`).
    package static func members(of decoder: any Decoder) throws -> [Segment] {
        try SegmentObject(from: decoder).segments
    }
}

extension Segment: Codable {
    /// One segment on its own (a scenario's or a stream's): exactly one member. Chat shapes when
    /// the decoder's `userInfo[.chatSegments]` is true.
    package init(from decoder: any Decoder) throws {
        let chat = decoder.userInfo[.chatSegments] as? Bool == true
        let segments = chat ? try ChatSegmentObject(from: decoder).segments : try SegmentObject(from: decoder).segments
        guard segments.count == 1, let segment = segments.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "a segment has exactly one member (found \(segments.map(\.kind)))"))
        }
        self = segment
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        let key = MemberKey(kind)
        switch self {
        case .transcript(let value): try container.encode(value, forKey: key)
        case .categories(let value): try container.encode(value, forKey: key)
        case .postContactSummary(let value): try container.encode(value, forKey: key)
        case .utterance(let value): try container.encode(value, forKey: key)
        case .chat(let value): try container.encode(value, forKey: key)
        case .unknown(_, let json): try container.encode(json, forKey: key)
        }
    }
}

/// A member name as a coding key.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension CodingUserInfoKey {
    /// True: segments are read in the chat API's shapes (`ChatSegmentObject`).
    static let chatSegments = CodingUserInfoKey(rawValue: "lenstail.chatSegments")!
}
