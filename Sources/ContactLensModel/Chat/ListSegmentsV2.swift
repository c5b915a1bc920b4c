/// The chat operation, `ListRealtimeContactAnalysisSegmentsV2` (service `connect`, rest-json).
package enum ListSegmentsV2 {
    package static let operation = "ListRealtimeContactAnalysisSegmentsV2"
    package static let method = "POST"
    package static let signingName = "connect"
    package static let pathPrefix = "/contact/list-real-time-analysis-segments-v2/"
    package static let maxResultsRange = 1...100
    static let instanceIdLengthRange = 1...100
    static let contactIdLengthRange = 1...256
    static let nextTokenLengthRange = 1...100_000

    /// `/contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}`, each label
    /// percent-encoded as a URI label (everything but the unreserved characters).
    package static func path(instanceId: String, contactId: String) -> String {
        pathPrefix + uriLabel(instanceId) + "/" + uriLabel(contactId)
    }

    static func uriLabel(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}

/// `RealTimeContactAnalysisOutputType`: Raw, or Redacted (when the flow produced it).
package struct ChatOutputType: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let raw = ChatOutputType(rawValue: "Raw")
    package static let redacted = ChatOutputType(rawValue: "Redacted")
    package static let knownValues: [ChatOutputType] = [.raw, .redacted]
}

/// `RealTimeContactAnalysisStatus` of a chat page: IN_PROGRESS until COMPLETED or FAILED.
package struct AnalysisStatus: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let inProgress = AnalysisStatus(rawValue: "IN_PROGRESS")
    package static let completed = AnalysisStatus(rawValue: "COMPLETED")
    package static let failed = AnalysisStatus(rawValue: "FAILED")
    package static let knownValues: [AnalysisStatus] = [.inProgress, .completed, .failed]

    /// Nothing more will be analysed (an unknown status is not taken for an end).
    package var isFinal: Bool { self == .completed || self == .failed }
}

/// The request body of `ListRealtimeContactAnalysisSegmentsV2` (the ids travel in the path).
package struct ListSegmentsV2Request: Codable, Hashable, Sendable {
    /// Every segment type the model lists (at most 6): lenstail shows them all.
    package static let allSegmentTypes = ChatSegment.Kind.allCases.map(\.rawValue)

    package var instanceId: String
    package var contactId: String
    package var maxResults: Int?
    package var nextToken: String?
    package var outputType: ChatOutputType
    package var segmentTypes: [String]

    package init(
        instanceId: String, contactId: String, maxResults: Int? = nil, nextToken: String? = nil,
        outputType: ChatOutputType = .raw, segmentTypes: [String] = allSegmentTypes
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.outputType = outputType
        self.segmentTypes = segmentTypes
    }

    /// The voice request's place and size, asked of the chat API.
    package init(_ request: ListSegmentsRequest, outputType: ChatOutputType) {
        self.init(
            instanceId: request.instanceId, contactId: request.contactId, maxResults: request.maxResults,
            nextToken: request.nextToken, outputType: outputType)
    }

    /// Only the body members: the ids are URI labels.
    enum CodingKeys: String, CodingKey {
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
        case outputType = "OutputType"
        case segmentTypes = "SegmentTypes"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instanceId = ""
        contactId = ""
        maxResults = try c.decodeIfPresent(Int.self, forKey: .maxResults)
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        outputType = try c.decode(ChatOutputType.self, forKey: .outputType)
        segmentTypes = try c.decode([String].self, forKey: .segmentTypes)
    }

    package var path: String { ListSegmentsV2.path(instanceId: instanceId, contactId: contactId) }

    /// Checks the model's constraints; the message names the field and the rule broken.
    package func validate() throws(RequestValidationError) {
        try Self.check(instanceId, "InstanceId", ListSegmentsV2.instanceIdLengthRange)
        try Self.check(contactId, "ContactId", ListSegmentsV2.contactIdLengthRange)
        if let maxResults, !ListSegmentsV2.maxResultsRange.contains(maxResults) {
            throw RequestValidationError("MaxResults must be between 1 and 100 (got \(maxResults))")
        }
        if let nextToken, !ListSegmentsV2.nextTokenLengthRange.contains(nextToken.unicodeScalars.count) {
            throw RequestValidationError("NextToken must be 1 to 100000 characters (got \(nextToken.unicodeScalars.count))")
        }
        if !outputType.isKnown { throw RequestValidationError("OutputType must be Raw or Redacted (got \(outputType))") }
        if segmentTypes.count > 6 { throw RequestValidationError("SegmentTypes has at most 6 members") }
        if let bad = segmentTypes.first(where: { !Self.allSegmentTypes.contains($0) }) {
            throw RequestValidationError("SegmentTypes: unknown segment type \(bad)")
        }
    }

    private static func check(_ value: String, _ field: String, _ range: ClosedRange<Int>) throws(RequestValidationError) {
        let count = value.unicodeScalars.count
        if !range.contains(count) {
            throw RequestValidationError("\(field) must be \(range.lowerBound) to \(range.upperBound) characters (got \(count))")
        }
        if value.allSatisfy(\.isWhitespace) { throw RequestValidationError("\(field) must not be blank") }
    }
}
