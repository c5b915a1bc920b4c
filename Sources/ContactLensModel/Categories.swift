/// `Categories`: the category rules matched so far, with where they matched.
package struct Categories: Codable, Hashable, Sendable {
    package var matchedCategories: [String]
    package var matchedDetails: [String: CategoryDetails]

    package init(matchedCategories: [String], matchedDetails: [String: CategoryDetails]) {
        self.matchedCategories = matchedCategories
        self.matchedDetails = matchedDetails
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case matchedCategories = "MatchedCategories"
        case matchedDetails = "MatchedDetails"
    }
}

/// `CategoryDetails`: the sections of audio where a rule matched.
package struct CategoryDetails: Codable, Hashable, Sendable {
    package var pointsOfInterest: [PointOfInterest]

    package init(pointsOfInterest: [PointOfInterest]) { self.pointsOfInterest = pointsOfInterest }

    enum CodingKeys: String, CodingKey, CaseIterable { case pointsOfInterest = "PointsOfInterest" }
}

/// `PointOfInterest`: a span of the call, in milliseconds from its start.
package struct PointOfInterest: Codable, Hashable, Sendable, Comparable {
    package var beginOffsetMillis: Int
    package var endOffsetMillis: Int

    package init(beginOffsetMillis: Int, endOffsetMillis: Int) {
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
    }

    package static func < (lhs: PointOfInterest, rhs: PointOfInterest) -> Bool {
        (lhs.beginOffsetMillis, lhs.endOffsetMillis) < (rhs.beginOffsetMillis, rhs.endOffsetMillis)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case beginOffsetMillis = "BeginOffsetMillis"
        case endOffsetMillis = "EndOffsetMillis"
    }
}
