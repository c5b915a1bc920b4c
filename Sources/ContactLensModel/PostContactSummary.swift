/// `PostContactSummary`: the generated summary that ends an analysis.
package struct PostContactSummary: Codable, Hashable, Sendable {
    package var content: String?
    package var status: Status
    package var failureCode: FailureCode?

    package init(content: String? = nil, status: Status, failureCode: FailureCode? = nil) {
        self.content = content
        self.status = status
        self.failureCode = failureCode
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case content = "Content"
        case status = "Status"
        case failureCode = "FailureCode"
    }

    /// `PostContactSummaryStatus`.
    package struct Status: OpenEnum {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package static let completed = Status(rawValue: "COMPLETED")
        package static let failed = Status(rawValue: "FAILED")
        package static let knownValues: [Status] = [.completed, .failed]
    }

    /// `PostContactSummaryFailureCode`, with the service model's explanation of each.
    package struct FailureCode: OpenEnum {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package static let quotaExceeded = FailureCode(rawValue: "QUOTA_EXCEEDED")
        package static let insufficientConversationContent = FailureCode(rawValue: "INSUFFICIENT_CONVERSATION_CONTENT")
        package static let failedSafetyGuidelines = FailureCode(rawValue: "FAILED_SAFETY_GUIDELINES")
        package static let invalidAnalysisConfiguration = FailureCode(rawValue: "INVALID_ANALYSIS_CONFIGURATION")
        package static let internalError = FailureCode(rawValue: "INTERNAL_ERROR")
        package static let knownValues: [FailureCode] = [
            .quotaExceeded, .insufficientConversationContent, .failedSafetyGuidelines,
            .invalidAnalysisConfiguration, .internalError,
        ]

        /// The failure in words a supervisor understands.
        package var explanation: String {
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
