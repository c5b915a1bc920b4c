import ContactLensModel

extension Scenario {
    /// The service model's limits (connect-contact-lens 2020-08-21), applied to scenario content.
    enum Limits {
        static let idLength = 1...256
        static let issuesDetected = 20
        static let pointsOfInterest = 20
        static let matchedCategories = 150
        static let summaryContent = 1...1762
    }

    /// Checks every contact and segment against the service model; the first problem is thrown.
    package func validate() throws(ScenarioError) {
        if contacts.isEmpty { throw ScenarioError("Contacts: the scenario has no contacts") }
        var seen = Set<[String]>()
        for (c, contact) in contacts.enumerated() {
            let at = "Contacts[\(c)]"
            try Self.checkName(contact.instanceId, "\(at).InstanceId")
            try Self.checkName(contact.contactId, "\(at).ContactId")
            if !seen.insert([contact.instanceId, contact.contactId]).inserted {
                throw ScenarioError("\(at): contact \(contact.contactId) of instance \(contact.instanceId) appears twice")
            }
            if let delay = contact.analysisStartsAfterMillis, delay < 0 {
                throw ScenarioError("\(at).AnalysisStartsAfterMillis: must be 0 or more (got \(delay))")
            }
            for (s, item) in contact.segments.enumerated() {
                try Self.check(item, at: "\(at).Segments[\(s)]")
            }
        }
        try floor?.validate(contactIds: Set(contacts.map(\.contactId)))
        try instance?.validate()
    }

    private static func check(_ item: ScenarioSegment, at: String) throws(ScenarioError) {
        if let release = item.releaseAtMillis, release < 0 {
            throw ScenarioError("\(at).ReleaseAtMillis: must be 0 or more (got \(release))")
        }
        switch item.segment {
        case .transcript(let transcript): try check(transcript, at: "\(at).Transcript")
        case .categories(let categories): try check(categories, at: "\(at).Categories")
        case .postContactSummary(let summary): try check(summary, at: "\(at).PostContactSummary")
        case .unknown: break  // a recording's kind this model does not know: served as it came
        case .utterance: break  // only from a recording of the stream; the API never serves partials
        case .chat(let chat): try check(chat, at: "\(at).\(chat.kind.rawValue)")
        }
    }

    /// The chat API's required members and their lengths.
    private static func check(_ segment: ChatSegment, at: String) throws(ScenarioError) {
        switch segment {
        case .transcript(let t):
            try checkName(t.id, "\(at).Id")
            try checkName(t.participantId, "\(at).ParticipantId")
            if isBlank(t.content) || t.content.unicodeScalars.count > 16_384 {
                throw ScenarioError("\(at).Content: must be 1 to 16384 characters, not blank")
            }
            if t.time.epochMillis == nil { throw ScenarioError("\(at).Time.AbsoluteTime: an ISO 8601 time is required") }
        case .event(let e):
            try checkName(e.id, "\(at).Id")
            if e.time.epochMillis == nil { throw ScenarioError("\(at).Time.AbsoluteTime: an ISO 8601 time is required") }
        case .attachments(let a):
            try checkName(a.id, "\(at).Id")
            if a.attachments.count > 10 { throw ScenarioError("\(at).Attachments: at most 10") }
            if a.time.epochMillis == nil { throw ScenarioError("\(at).Time.AbsoluteTime: an ISO 8601 time is required") }
        case .categories(let c):
            if c.matchedDetails.count > Limits.matchedCategories {
                throw ScenarioError("\(at).MatchedDetails: at most \(Limits.matchedCategories) entries")
            }
        case .issues: break
        }
    }

    private static func check(_ turn: Transcript, at: String) throws(ScenarioError) {
        try checkName(turn.id, "\(at).Id")
        try checkName(turn.participantId, "\(at).ParticipantId")
        try checkName(turn.participantRole, "\(at).ParticipantRole")
        if isBlank(turn.content) { throw ScenarioError("\(at).Content: must not be empty or blank") }
        if turn.beginOffsetMillis < 0 || turn.endOffsetMillis < 0 {
            throw ScenarioError("\(at): BeginOffsetMillis and EndOffsetMillis must be 0 or more")
        }
        if turn.beginOffsetMillis > turn.endOffsetMillis {
            throw ScenarioError(
                "\(at): BeginOffsetMillis \(turn.beginOffsetMillis) is after EndOffsetMillis \(turn.endOffsetMillis)")
        }
        let issues = turn.issuesDetected ?? []
        if issues.count > Limits.issuesDetected {
            throw ScenarioError("\(at).IssuesDetected: \(issues.count) entries, at most \(Limits.issuesDetected)")
        }
        let length = turn.content.unicodeScalars.count
        for (i, issue) in issues.enumerated() {
            let offsets = issue.characterOffsets
            guard 0 <= offsets.beginOffsetChar, offsets.beginOffsetChar <= offsets.endOffsetChar,
                offsets.endOffsetChar <= length
            else {
                throw ScenarioError(
                    "\(at).IssuesDetected[\(i)]: offsets \(offsets.beginOffsetChar)..<\(offsets.endOffsetChar) are not within the content's \(length) code points"
                )
            }
        }
    }

    private static func check(_ categories: Categories, at: String) throws(ScenarioError) {
        if categories.matchedCategories.count > Limits.matchedCategories {
            throw ScenarioError(
                "\(at).MatchedCategories: \(categories.matchedCategories.count) entries, at most \(Limits.matchedCategories)")
        }
        if categories.matchedDetails.count > Limits.matchedCategories {
            throw ScenarioError(
                "\(at).MatchedDetails: \(categories.matchedDetails.count) entries, at most \(Limits.matchedCategories)")
        }
        for name in categories.matchedCategories { try checkName(name, "\(at).MatchedCategories") }
        for name in categories.matchedDetails.keys.sorted() {
            try checkName(name, "\(at).MatchedDetails")
            let points = categories.matchedDetails[name]?.pointsOfInterest ?? []
            let pointsPath = "\(at).MatchedDetails[\"\(name)\"].PointsOfInterest"
            if points.count > Limits.pointsOfInterest {
                throw ScenarioError("\(pointsPath): \(points.count) entries, at most \(Limits.pointsOfInterest)")
            }
            for point in points where point.beginOffsetMillis < 0 || point.beginOffsetMillis > point.endOffsetMillis {
                throw ScenarioError("\(pointsPath): \(point.beginOffsetMillis)..\(point.endOffsetMillis) ms is not a valid span")
            }
        }
    }

    private static func check(_ summary: PostContactSummary, at: String) throws(ScenarioError) {
        if let content = summary.content, !Limits.summaryContent.contains(content.unicodeScalars.count) {
            throw ScenarioError(
                "\(at).Content: \(content.unicodeScalars.count) characters, must be 1 to \(Limits.summaryContent.upperBound)")
        }
        if summary.status == .completed, summary.content == nil {
            throw ScenarioError("\(at): a COMPLETED summary needs Content")
        }
    }

    /// The model's id-like strings: 1–256 code points with at least one non-blank.
    private static func checkName(_ value: String, _ at: String) throws(ScenarioError) {
        let length = value.unicodeScalars.count
        if !Limits.idLength.contains(length) {
            throw ScenarioError("\(at): must be 1 to 256 characters (got \(length))")
        }
        if isBlank(value) { throw ScenarioError("\(at): must not be blank") }
    }

    private static func isBlank(_ value: String) -> Bool { value.allSatisfy(\.isWhitespace) }
}
