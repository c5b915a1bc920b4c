/// `Categories`: the category rules matched so far, with where they matched.
public struct Categories: Codable, Hashable, Sendable {
    public var matchedCategories: [String]
    public var matchedDetails: [String: CategoryDetails]

    public init(matchedCategories: [String], matchedDetails: [String: CategoryDetails]) {
        self.matchedCategories = matchedCategories
        self.matchedDetails = matchedDetails
    }

    enum CodingKeys: String, CodingKey {
        case matchedCategories = "MatchedCategories", matchedDetails = "MatchedDetails"
    }
}

/// `CategoryDetails`: the sections of audio where a rule matched.
public struct CategoryDetails: Codable, Hashable, Sendable {
    public var pointsOfInterest: [PointOfInterest]

    public init(pointsOfInterest: [PointOfInterest]) { self.pointsOfInterest = pointsOfInterest }

    enum CodingKeys: String, CodingKey { case pointsOfInterest = "PointsOfInterest" }
}

/// `PointOfInterest`: a span of the call, in milliseconds from its start.
public struct PointOfInterest: Codable, Hashable, Sendable, Comparable {
    public var beginOffsetMillis: Int
    public var endOffsetMillis: Int

    public init(beginOffsetMillis: Int, endOffsetMillis: Int) {
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
    }

    public static func < (lhs: PointOfInterest, rhs: PointOfInterest) -> Bool {
        (lhs.beginOffsetMillis, lhs.endOffsetMillis) < (rhs.beginOffsetMillis, rhs.endOffsetMillis)
    }

    enum CodingKeys: String, CodingKey {
        case beginOffsetMillis = "BeginOffsetMillis", endOffsetMillis = "EndOffsetMillis"
    }
}
