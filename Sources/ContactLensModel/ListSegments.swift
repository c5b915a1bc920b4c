/// The one operation lenstail calls, as the service model describes it.
package enum ListSegments {
    package static let method = "POST"
    package static let path = "/realtime-contact-analysis/analysis-segments"
    /// SigV4 signing name (the host's prefix is `contact-lens`).
    package static let signingName = "connect"
    package static let maxResultsRange = 1...100
    static let idLengthRange = 1...256
    static let nextTokenLengthRange = 1...131_070
}

/// `ListRealtimeContactAnalysisSegmentsRequest`.
package struct ListSegmentsRequest: Codable, Hashable, Sendable {
    package var instanceId: String
    package var contactId: String
    package var maxResults: Int?
    package var nextToken: String?

    package init(instanceId: String, contactId: String, maxResults: Int? = nil, nextToken: String? = nil) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case contactId = "ContactId"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
    }

    /// Checks the model's constraints; the message names the field and the rule broken.
    package func validate() throws(RequestValidationError) {
        try Self.checkId(instanceId, field: "InstanceId")
        try Self.checkId(contactId, field: "ContactId")
        if let maxResults, !ListSegments.maxResultsRange.contains(maxResults) {
            throw RequestValidationError("MaxResults must be between 1 and 100 (got \(maxResults))")
        }
        if let nextToken {
            if !ListSegments.nextTokenLengthRange.contains(nextToken.unicodeScalars.count) {
                throw RequestValidationError("NextToken must be 1 to 131070 characters (got \(nextToken.unicodeScalars.count))")
            }
            if nextToken.allSatisfy(\.isWhitespace) {
                throw RequestValidationError("NextToken must not be blank")
            }
        }
    }

    private static func checkId(_ value: String, field: String) throws(RequestValidationError) {
        if !ListSegments.idLengthRange.contains(value.unicodeScalars.count) {
            throw RequestValidationError("\(field) must be 1 to 256 characters (got \(value.unicodeScalars.count))")
        }
        if value.allSatisfy(\.isWhitespace) {
            throw RequestValidationError("\(field) must not be blank")
        }
    }
}

/// A request that breaks the service model's constraints, caught before sending.
package struct RequestValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// `ListRealtimeContactAnalysisSegmentsResponse`, or the chat API's
/// `ListRealtimeContactAnalysisSegmentsV2Response` (which adds `Channel` and `Status`).
package struct ListSegmentsResponse: Codable, Hashable, Sendable {
    /// The page's segments; an object that sets several members counts once per member.
    package var segments: [Segment]
    /// Voice: present while the analysis may still grow, absent once it is finished.
    /// Chat: present while more pages are waiting (completion is `status`).
    package var nextToken: String?
    /// Chat only (required there): VOICE or CHAT.
    package var channel: String?
    /// Chat only (required there): IN_PROGRESS, COMPLETED or FAILED.
    package var status: AnalysisStatus?

    package init(segments: [Segment], nextToken: String? = nil, channel: String? = nil, status: AnalysisStatus? = nil) {
        self.segments = segments
        self.nextToken = nextToken
        self.channel = channel
        self.status = status
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case channel = "Channel"
        case status = "Status"
        case segments = "Segments"
        case nextToken = "NextToken"
    }

    /// A page of the chat API is told by its `Status` (required there, absent from the voice API).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decodeIfPresent(AnalysisStatus.self, forKey: .status)
        if status != nil {
            channel = try container.decode(String.self, forKey: .channel)
            segments = try container.decode([ChatSegmentObject].self, forKey: .segments).flatMap(\.segments)
        } else {
            channel = nil
            segments = try container.decode([SegmentObject].self, forKey: .segments).flatMap(\.segments)
        }
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
    }

    /// True for a page of the chat API.
    package var isChat: Bool { status != nil }
}

/// The errors of the operations, with their HTTP status codes (the chat API adds
/// OutputTypeNotFoundException).
package enum ServiceErrorCode: String, CaseIterable, Sendable {
    case invalidRequest = "InvalidRequestException"
    case outputTypeNotFound = "OutputTypeNotFoundException"
    case accessDenied = "AccessDeniedException"
    case resourceNotFound = "ResourceNotFoundException"
    case internalService = "InternalServiceException"
    case throttling = "ThrottlingException"

    package var httpStatus: Int {
        switch self {
        case .invalidRequest: 400
        case .accessDenied: 403
        case .resourceNotFound, .outputTypeNotFound: 404
        case .internalService: 500
        case .throttling: 429
        }
    }
}
