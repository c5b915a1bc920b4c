import ContactLensModel

/// `--by`: which of a contact's times the range applies to.
package enum SearchTimeKind: String, CaseIterable, Sendable {
    case initiated, connected, disconnected, enqueued

    var rangeType: SearchContactsTimeRangeType {
        switch self {
        case .initiated: .initiationTimestamp
        case .connected: .connectedToAgentTimestamp
        case .disconnected: .disconnectTimestamp
        case .enqueued: .enqueueTimestamp
        }
    }
}

/// `--channel`: the channels Contact Lens analyses and lenstail opens.
package enum SearchChannel: String, CaseIterable, Sendable {
    case voice, chat

    var channel: ConnectChannel { self == .voice ? .voice : .chat }
}

/// `--said-by`: whose words `--says` looks for.
package enum SaidBy: String, CaseIterable, Sendable {
    case agent, customer, anyone

    /// The transcript criteria's participant roles.
    var roles: [String] {
        switch self {
        case .agent: ["AGENT"]
        case .customer: ["CUSTOMER"]
        case .anyone: ["AGENT", "CUSTOMER"]
        }
    }
}

/// `--match`: how several `--says` texts combine (the API's MatchType).
package enum SearchMatch: String, CaseIterable, Sendable {
    /// Every text, its words anywhere.
    case all
    /// At least one text.
    case any
    /// Every text as the exact phrase.
    case exact
    /// None of the texts.
    case none

    var matchType: SearchContactsMatchType {
        switch self {
        case .all: .matchAll
        case .any: .matchAny
        case .exact: .matchExact
        case .none: .matchNone
        }
    }
}
