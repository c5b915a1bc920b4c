/// The chat API's issues and categories, which point at transcript items by id.
extension PageDecoder {
    static func chatIssues(_ r: inout JSONReader) throws(Unsupported) -> ChatIssues {
        var issues: [ChatIssue]?
        try r.readObject(ChatIssues.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .issuesDetected: issues = try r.readArray(chatIssue)
            }
        }
        guard let issues else { throw Unsupported() }
        return ChatIssues(issuesDetected: issues)
    }

    static func chatIssue(_ r: inout JSONReader) throws(Unsupported) -> ChatIssue {
        var items: [ChatIssueItem]?
        try r.readObject(ChatIssue.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .transcriptItems: items = try r.readArray(chatIssueItem)
            }
        }
        guard let items else { throw Unsupported() }
        return ChatIssue(transcriptItems: items)
    }

    static func chatIssueItem(_ r: inout JSONReader) throws(Unsupported) -> ChatIssueItem {
        var content: String?
        var id: String?
        var offsets: CharacterOffsets?
        try r.readObject(ChatIssueItem.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .content: content = try r.readStringOrNull()
            case .id: id = try r.readString()
            case .characterOffsets: offsets = r.readNull() ? nil : try characterOffsets(&r)
            }
        }
        guard let id else { throw Unsupported() }
        return ChatIssueItem(content: content, id: id, characterOffsets: offsets)
    }

    static func chatCategories(_ r: inout JSONReader) throws(Unsupported) -> ChatCategories {
        var details: [String: ChatCategoryDetails]?
        try r.readObject(ChatCategories.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .matchedDetails: details = try map(&r, chatCategoryDetails)
            }
        }
        guard let details else { throw Unsupported() }
        return ChatCategories(matchedDetails: details)
    }

    static func chatCategoryDetails(_ r: inout JSONReader) throws(Unsupported) -> ChatCategoryDetails {
        var points: [ChatPointOfInterest]?
        try r.readObject(ChatCategoryDetails.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .pointsOfInterest: points = try r.readArray(chatPointOfInterest)
            }
        }
        guard let points else { throw Unsupported() }
        return ChatCategoryDetails(pointsOfInterest: points)
    }

    static func chatPointOfInterest(_ r: inout JSONReader) throws(Unsupported) -> ChatPointOfInterest {
        var items: [ChatTranscriptItem]?
        try r.readObject(ChatPointOfInterest.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .transcriptItems: items = r.readNull() ? nil : try r.readArray(chatTranscriptItem)
            }
        }
        return ChatPointOfInterest(transcriptItems: items)
    }

    static func chatTranscriptItem(_ r: inout JSONReader) throws(Unsupported) -> ChatTranscriptItem {
        var id: String?
        var offsets: CharacterOffsets?
        try r.readObject(ChatTranscriptItem.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .characterOffsets: offsets = r.readNull() ? nil : try characterOffsets(&r)
            }
        }
        guard let id else { throw Unsupported() }
        return ChatTranscriptItem(id: id, characterOffsets: offsets)
    }
}
