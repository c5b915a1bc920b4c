/// The one operation lenstail calls, as the service model describes it.
public enum ListSegments {
    public static let operationName = "ListRealtimeContactAnalysisSegments"
    public static let method = "POST"
    public static let path = "/realtime-contact-analysis/analysis-segments"
    /// SigV4 signing name (the endpoint prefix is `contact-lens`).
    public static let signingName = "connect"
    public static let endpointPrefix = "contact-lens"
    public static let maxResultsRange = 1...100
    public static let idLengthRange = 1...256
    public static let nextTokenLengthRange = 1...131_070
}

/// `ListRealtimeContactAnalysisSegmentsRequest`.
public struct ListSegmentsRequest: Codable, Hashable, Sendable {
    public var instanceId: String
    public var contactId: String
    public var maxResults: Int?
    public var nextToken: String?

    public init(instanceId: String, contactId: String, maxResults: Int? = nil, nextToken: String? = nil) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId", contactId = "ContactId"
        case maxResults = "MaxResults", nextToken = "NextToken"
    }

    /// Checks the model's constraints; the message names the field and the rule broken.
    public func validate() throws(RequestValidationError) {
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
public struct RequestValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// `ListRealtimeContactAnalysisSegmentsResponse`.
public struct ListSegmentsResponse: Codable, Hashable, Sendable {
    /// The page's segments; an object that sets several members counts once per member.
    public var segments: [Segment]
    /// Present while the analysis may still grow; absent once it is finished.
    public var nextToken: String?

    public init(segments: [Segment], nextToken: String? = nil) {
        self.segments = segments
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey { case segments = "Segments", nextToken = "NextToken" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        segments = try container.decode([SegmentObject].self, forKey: .segments).flatMap(\.segments)
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
    }
}

/// The five errors of the operation, with their HTTP status codes.
public enum ServiceErrorCode: String, CaseIterable, Sendable {
    case invalidRequest = "InvalidRequestException"
    case accessDenied = "AccessDeniedException"
    case resourceNotFound = "ResourceNotFoundException"
    case internalService = "InternalServiceException"
    case throttling = "ThrottlingException"

    public var httpStatus: Int {
        switch self {
        case .invalidRequest: 400
        case .accessDenied: 403
        case .resourceNotFound: 404
        case .internalService: 500
        case .throttling: 429
        }
    }
}
