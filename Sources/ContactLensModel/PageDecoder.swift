import FoundationEssentials

extension ListSegmentsResponse {
    /// Decodes a response body as `JSONDecoder` does, several times faster: a well-formed page
    /// goes through `PageDecoder`; anything else (an error, an edge case it leaves alone) through
    /// `JSONDecoder`, so failures and their `DecodingError`s are exactly `JSONDecoder`'s.
    package static func decode(json body: [UInt8]) throws -> ListSegmentsResponse {
        if let page = PageDecoder.decode(body) { return page }
        return try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body))
    }
}

/// The service model's response shapes read straight from bytes with `JSONReader`, member by
/// member as the `Codable` conformances read them: the same names (their `CodingKeys`), required
/// members and null handling; unknown members skipped, unknown segment kinds kept. Returns nil
/// when the body is outside what it handles (any error, a member given twice, a value of the
/// wrong type). The chat API's shapes are in PageDecoder+Chat.swift.
enum PageDecoder {
    static func decode(_ body: [UInt8]) -> ListSegmentsResponse? {
        body.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONReader.Unsupported) {
                let page = try response(&reader)
                try reader.finish()
                return page
            } catch {
                return nil
            }
        }
    }

    typealias Unsupported = JSONReader.Unsupported

    /// A page of either API. Its `Segments` are read in the shapes its `Status` (the chat API's
    /// alone) calls for; `Channel`, also the chat API's alone, announces a chat page when it comes
    /// first. A list that comes before either is read as a call's, and read again from where it
    /// began should a Status follow (a chat page that a call's reader refused is skipped till then).
    static func response(_ r: inout JSONReader) throws(Unsupported) -> ListSegmentsResponse {
        var segments: [Segment]?
        var readAsChat = false
        var listStart: JSONReader?
        var nextToken: String?
        var channel: String?
        var status: AnalysisStatus?
        var statusSeen = false
        try r.readObject(ListSegmentsResponse.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .segments:
                readAsChat = status != nil || (channel != nil && !statusSeen)
                guard !readAsChat else {
                    segments = try self.segments(&r, chat: true)
                    return
                }
                let start = r
                listStart = start
                do { segments = try self.segments(&r, chat: false) } catch {
                    r = start
                    try r.skipValue()
                }
            case .nextToken: nextToken = try r.readStringOrNull()
            case .channel: channel = try r.readStringOrNull()
            case .status:
                statusSeen = true
                status = try r.readStringOrNull().map(AnalysisStatus.init(rawValue:))
            }
        }
        if status != nil, !readAsChat, var again = listStart {
            segments = try self.segments(&again, chat: true)
            readAsChat = true
        }
        // Read in the other API's shapes than the Status says: `JSONDecoder` decides.
        guard let segments, readAsChat == (status != nil) else { throw Unsupported() }
        guard let status else { return ListSegmentsResponse(segments: segments, nextToken: nextToken) }
        guard let channel else { throw Unsupported() }
        return ListSegmentsResponse(segments: segments, nextToken: nextToken, channel: channel, status: status)
    }

    /// A `Segments` list: a call's segment objects, or the chat API's.
    static func segments(_ r: inout JSONReader, chat: Bool) throws(Unsupported) -> [Segment] {
        var all: [Segment] = []
        try r.beginArray()
        while try r.nextElement() {
            if chat { try chatSegmentObject(&r, into: &all) } else { try segmentObject(&r, into: &all) }
        }
        return all
    }

    /// One segment object: its members as segments, in the order `SegmentObject` gives them.
    static func segmentObject(_ r: inout JSONReader, into segments: inout [Segment]) throws(Unsupported) {
        var transcript: Transcript?
        var categories: Categories?
        var summary: PostContactSummary?
        var utterance: Utterance?
        var unknown: [(kind: String, json: RawJSON)] = []
        try r.readObject(
            Segment.Kind.self, other: { key, r throws(Unsupported) in try keep(key, &r, in: &unknown) },
            read: { kind, r throws(Unsupported) in
                guard !r.readNull() else { return }
                switch kind {
                case .transcript: transcript = try self.transcript(&r)
                case .categories: categories = try self.categories(&r)
                case .postContactSummary: summary = try self.summary(&r)
                case .utterance: utterance = try self.utterance(&r)
                }
            })
        for kind in Segment.Kind.names.cases {
            switch kind {
            case .transcript: if let transcript { segments.append(.transcript(transcript)) }
            case .categories: if let categories { segments.append(.categories(categories)) }
            case .postContactSummary: if let summary { segments.append(.postContactSummary(summary)) }
            case .utterance: if let utterance { segments.append(.utterance(utterance)) }
            }
        }
        appendUnknown(unknown, to: &segments)
    }

    /// A member of a kind this model does not know, kept as it came (`JSONDecoder` keeps a null
    /// one as the JSON `null`); one named twice goes to `JSONDecoder`.
    static func keep(_ key: JSONReader.Key, _ r: inout JSONReader, in unknown: inout [(kind: String, json: RawJSON)])
        throws(Unsupported)
    {
        let name = key.string
        guard !unknown.contains(where: { $0.kind == name }) else { throw Unsupported() }
        unknown.append((name, RawJSON(validated: try r.rawValue())))
    }

    /// Unknown kinds after the known ones, by name, as `SegmentObject` orders them.
    static func appendUnknown(_ unknown: [(kind: String, json: RawJSON)], to segments: inout [Segment]) {
        for member in unknown.sorted(by: { $0.kind < $1.kind }) {
            segments.append(.unknown(kind: member.kind, json: member.json))
        }
    }

    static func transcript(_ r: inout JSONReader) throws(Unsupported) -> Transcript {
        var id: String?
        var participantId: String?
        var participantRole: String?
        var content: String?
        var begin: Int?
        var end: Int?
        var sentiment: Sentiment?
        var issues: [IssueDetected]?
        try r.readObject(Transcript.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .participantId: participantId = try r.readString()
            case .participantRole: participantRole = try r.readString()
            case .content: content = try r.readString()
            case .beginOffsetMillis: begin = try r.readInt()
            case .endOffsetMillis: end = try r.readInt()
            case .sentiment: sentiment = try r.readStringOrNull().map(Sentiment.init(rawValue:))
            case .issuesDetected: issues = r.readNull() ? nil : try r.readArray(issue)
            }
        }
        guard let id, let participantId, let participantRole, let content, let begin, let end else { throw Unsupported() }
        return Transcript(
            id: id, participantId: participantId, participantRole: participantRole, content: content,
            beginOffsetMillis: begin, endOffsetMillis: end, sentiment: sentiment, issuesDetected: issues)
    }

    static func issue(_ r: inout JSONReader) throws(Unsupported) -> IssueDetected {
        var offsets: CharacterOffsets?
        try r.readObject(IssueDetected.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .characterOffsets: offsets = try characterOffsets(&r)
            }
        }
        guard let offsets else { throw Unsupported() }
        return IssueDetected(characterOffsets: offsets)
    }

    static func categories(_ r: inout JSONReader) throws(Unsupported) -> Categories {
        var names: [String]?
        var details: [String: CategoryDetails]?
        try r.readObject(Categories.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .matchedCategories: names = try r.readArray { r throws(Unsupported) in try r.readString() }
            case .matchedDetails: details = try map(&r, categoryDetails)
            }
        }
        guard let names, let details else { throw Unsupported() }
        return Categories(matchedCategories: names, matchedDetails: details)
    }

    /// `CategoryDetails`: where a category matched.
    static func categoryDetails(_ r: inout JSONReader) throws(Unsupported) -> CategoryDetails {
        var points: [PointOfInterest]?
        try r.readObject(CategoryDetails.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .pointsOfInterest: points = try r.readArray(pointOfInterest)
            }
        }
        guard let points else { throw Unsupported() }
        return CategoryDetails(pointsOfInterest: points)
    }

    static func pointOfInterest(_ r: inout JSONReader) throws(Unsupported) -> PointOfInterest {
        var begin: Int?
        var end: Int?
        try r.readObject(PointOfInterest.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .beginOffsetMillis: begin = try r.readInt()
            case .endOffsetMillis: end = try r.readInt()
            }
        }
        guard let begin, let end else { throw Unsupported() }
        return PointOfInterest(beginOffsetMillis: begin, endOffsetMillis: end)
    }

    static func characterOffsets(_ r: inout JSONReader) throws(Unsupported) -> CharacterOffsets {
        var begin: Int?
        var end: Int?
        try r.readObject(CharacterOffsets.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .beginOffsetChar: begin = try r.readInt()
            case .endOffsetChar: end = try r.readInt()
            }
        }
        guard let begin, let end else { throw Unsupported() }
        return CharacterOffsets(beginOffsetChar: begin, endOffsetChar: end)
    }

    static func summary(_ r: inout JSONReader) throws(Unsupported) -> PostContactSummary {
        var content: String?
        var status: PostContactSummary.Status?
        var failureCode: PostContactSummary.FailureCode?
        try r.readObject(PostContactSummary.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .content: content = try r.readStringOrNull()
            case .status: status = .init(rawValue: try r.readString())
            case .failureCode: failureCode = try r.readStringOrNull().map(PostContactSummary.FailureCode.init(rawValue:))
            }
        }
        guard let status else { throw Unsupported() }
        return PostContactSummary(content: content, status: status, failureCode: failureCode)
    }

    /// A map of names to values (`MatchedDetails`); a name given twice goes to `JSONDecoder`.
    static func map<T>(_ r: inout JSONReader, _ value: (inout JSONReader) throws(Unsupported) -> T) throws(Unsupported)
        -> [String: T]
    {
        var all: [String: T] = [:]
        try r.beginObject()
        while let name = try r.nextMapKey() {
            guard all[name] == nil else { throw Unsupported() }
            all[name] = try value(&r)
        }
        return all
    }
}
