/// `PostContactSummary`: the generated summary that ends an analysis.
public struct PostContactSummary: Codable, Hashable, Sendable {
    public var content: String?
    public var status: Status
    public var failureCode: FailureCode?

    public init(content: String? = nil, status: Status, failureCode: FailureCode? = nil) {
        self.content = content
        self.status = status
        self.failureCode = failureCode
    }

    enum CodingKeys: String, CodingKey {
        case content = "Content", status = "Status", failureCode = "FailureCode"
    }

    /// `PostContactSummaryStatus`.
    public struct Status: OpenEnum {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let completed = Status(rawValue: "COMPLETED")
        public static let failed = Status(rawValue: "FAILED")
        public static let knownValues: [Status] = [.completed, .failed]
    }

    /// `PostContactSummaryFailureCode`, with the service model's explanation of each.
    public struct FailureCode: OpenEnum {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let quotaExceeded = FailureCode(rawValue: "QUOTA_EXCEEDED")
        public static let insufficientConversationContent = FailureCode(rawValue: "INSUFFICIENT_CONVERSATION_CONTENT")
        public static let failedSafetyGuidelines = FailureCode(rawValue: "FAILED_SAFETY_GUIDELINES")
        public static let invalidAnalysisConfiguration = FailureCode(rawValue: "INVALID_ANALYSIS_CONFIGURATION")
        public static let internalError = FailureCode(rawValue: "INTERNAL_ERROR")
        public static let knownValues: [FailureCode] = [
            .quotaExceeded, .insufficientConversationContent, .failedSafetyGuidelines,
            .invalidAnalysisConfiguration, .internalError,
        ]

        /// The failure in words a supervisor understands.
        public var explanation: String {
            switch self {
            case .quotaExceeded: "the number of concurrent analytics jobs reached the service quota"
            case .insufficientConversationContent: "the conversation needs at least one turn from both participants"
            case .failedSafetyGuidelines: "the generated summary failed the system's safety guidelines"
            case .invalidAnalysisConfiguration: "the analysis configuration (for example the language) does not support summaries"
            case .internalError: "an internal error in the service"
            default: "failure code \(rawValue)"
            }
        }
    }
}
