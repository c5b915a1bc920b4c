import Foundation

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
/// member as the `Codable` conformances read them: the same names, required members and null
/// handling; unknown members skipped, unknown segment kinds kept. Returns nil when the body is
/// outside what it handles (any error, a member given twice, a value of the wrong type).
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

    static func response(_ r: inout JSONReader) throws(Unsupported) -> ListSegmentsResponse {
        var segments: [Segment]?
        var readAsChat = false
        var nextToken: String?
        var channel: String?
        var status: AnalysisStatus?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Segments":
                try seen.first(0)
                // A chat page is told by its Status; `Channel` (the chat API's alone) announces
                // one when the Status comes later, as it does with sorted keys.
                readAsChat = status != nil || (channel != nil && !seen.has(3))
                var all: [Segment] = []
                try r.beginArray()
                while try r.nextElement() {
                    if readAsChat { try chatSegmentObject(&r, into: &all) } else { try segmentObject(&r, into: &all) }
                }
                segments = all
            case "NextToken":
                try seen.first(1)
                nextToken = r.readNull() ? nil : try r.readString()
            case "Channel":
                try seen.first(2)
                channel = r.readNull() ? nil : try r.readString()
            case "Status":
                try seen.first(3)
                status = r.readNull() ? nil : AnalysisStatus(rawValue: try r.readString())
            default: try r.skipValue()
            }
        }
        // Read in the other API's shapes than the Status says: `JSONDecoder` decides.
        guard let segments, readAsChat == (status != nil) else { throw Unsupported() }
        guard let status else { return ListSegmentsResponse(segments: segments, nextToken: nextToken) }
        guard let channel else { throw Unsupported() }
        return ListSegmentsResponse(segments: segments, nextToken: nextToken, channel: channel, status: status)
    }

    /// One segment object: its members as segments, in the order `SegmentObject` gives them.
    static func segmentObject(_ r: inout JSONReader, into segments: inout [Segment]) throws(Unsupported) {
        var transcript: Transcript?
        var categories: Categories?
        var summary: PostContactSummary?
        var utterance: Utterance?
        var unknown: [(kind: String, json: RawJSON)] = []
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Transcript":
                try seen.first(0)
                transcript = r.readNull() ? nil : try self.transcript(&r)
            case "Categories":
                try seen.first(1)
                categories = r.readNull() ? nil : try self.categories(&r)
            case "PostContactSummary":
                try seen.first(2)
                summary = r.readNull() ? nil : try self.summary(&r)
            case "Utterance":
                try seen.first(3)
                utterance = r.readNull() ? nil : try self.utterance(&r)
            default:
                let name = key.string
                guard !unknown.contains(where: { $0.kind == name }) else { throw Unsupported() }
                unknown.append((name, RawJSON(validated: try r.rawValue())))
            }
        }
        for kind in Segment.Kind.allCases {
            switch kind {
            case .transcript: if let transcript { segments.append(.transcript(transcript)) }
            case .categories: if let categories { segments.append(.categories(categories)) }
            case .postContactSummary: if let summary { segments.append(.postContactSummary(summary)) }
            case .utterance: if let utterance { segments.append(.utterance(utterance)) }
            }
        }
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
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "ParticipantId":
                try seen.first(1)
                participantId = try r.readString()
            case "ParticipantRole":
                try seen.first(2)
                participantRole = try r.readString()
            case "Content":
                try seen.first(3)
                content = try r.readString()
            case "BeginOffsetMillis":
                try seen.first(4)
                begin = try r.readInt()
            case "EndOffsetMillis":
                try seen.first(5)
                end = try r.readInt()
            case "Sentiment":
                try seen.first(6)
                sentiment = r.readNull() ? nil : Sentiment(rawValue: try r.readString())
            case "IssuesDetected":
                try seen.first(7)
                issues = r.readNull() ? nil : try r.readArray(issue)
            default: try r.skipValue()
            }
        }
        guard let id, let participantId, let participantRole, let content, let begin, let end else {
            throw Unsupported()
        }
        return Transcript(
            id: id, participantId: participantId, participantRole: participantRole, content: content,
            beginOffsetMillis: begin, endOffsetMillis: end, sentiment: sentiment, issuesDetected: issues)
    }

    static func issue(_ r: inout JSONReader) throws(Unsupported) -> IssueDetected {
        var offsets: (Int, Int)?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "CharacterOffsets":
                try seen.first(0)
                offsets = try pair(&r, "BeginOffsetChar", "EndOffsetChar")
            default: try r.skipValue()
            }
        }
        guard let offsets else { throw Unsupported() }
        return IssueDetected(offsets.0, offsets.1)
    }

    static func categories(_ r: inout JSONReader) throws(Unsupported) -> Categories {
        var names: [String]?
        var details: [String: CategoryDetails]?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "MatchedCategories":
                try seen.first(0)
                names = try r.readArray { r throws(Unsupported) in try r.readString() }
            case "MatchedDetails":
                try seen.first(1)
                details = try categoryDetails(&r)
            default: try r.skipValue()
            }
        }
        guard let names, let details else { throw Unsupported() }
        return Categories(matchedCategories: names, matchedDetails: details)
    }

    /// `MatchedDetails`: a map from category name to where it matched.
    static func categoryDetails(_ r: inout JSONReader) throws(Unsupported) -> [String: CategoryDetails] {
        var details: [String: CategoryDetails] = [:]
        try r.beginObject()
        while let name = try r.nextMapKey() {
            guard details[name] == nil else { throw Unsupported() }
            var points: [PointOfInterest]?
            var seen = Members()
            try r.beginObject()
            while let member = try r.nextKey() {
                switch member {
                case "PointsOfInterest":
                    try seen.first(0)
                    points = try r.readArray { r throws(Unsupported) in
                        let (begin, end) = try pair(&r, "BeginOffsetMillis", "EndOffsetMillis")
                        return PointOfInterest(beginOffsetMillis: begin, endOffsetMillis: end)
                    }
                default: try r.skipValue()
                }
            }
            guard let points else { throw Unsupported() }
            details[name] = CategoryDetails(pointsOfInterest: points)
        }
        return details
    }

    static func summary(_ r: inout JSONReader) throws(Unsupported) -> PostContactSummary {
        var content: String?
        var status: PostContactSummary.Status?
        var failureCode: PostContactSummary.FailureCode?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Content":
                try seen.first(0)
                content = r.readNull() ? nil : try r.readString()
            case "Status":
                try seen.first(1)
                status = .init(rawValue: try r.readString())
            case "FailureCode":
                try seen.first(2)
                failureCode = r.readNull() ? nil : .init(rawValue: try r.readString())
            default: try r.skipValue()
            }
        }
        guard let status else { throw Unsupported() }
        return PostContactSummary(content: content, status: status, failureCode: failureCode)
    }

    /// An object with two required integer members (`CharacterOffsets`, `PointOfInterest`).
    static func pair(_ r: inout JSONReader, _ first: StaticString, _ second: StaticString) throws(Unsupported) -> (Int, Int) {
        var a: Int?
        var b: Int?
        try r.beginObject()
        while let key = try r.nextKey() {
            if first ~= key {
                guard a == nil else { throw Unsupported() }
                a = try r.readInt()
            } else if second ~= key {
                guard b == nil else { throw Unsupported() }
                b = try r.readInt()
            } else {
                try r.skipValue()
            }
        }
        guard let a, let b else { throw Unsupported() }
        return (a, b)
    }

    /// Which members were read; a second one goes to `JSONDecoder` (which keeps the first).
    struct Members {
        private var bits: UInt16 = 0
        mutating func first(_ member: UInt16) throws(Unsupported) {
            guard bits & 1 << member == 0 else { throw Unsupported() }
            bits |= 1 << member
        }
        func has(_ member: UInt16) -> Bool { bits & 1 << member != 0 }
    }
}

extension JSONReader {
    /// A JSON array (not null) of elements read by `element`.
    mutating func readArray<T>(_ element: (inout JSONReader) throws(Unsupported) -> T) throws(Unsupported) -> [T] {
        var result: [T] = []
        try beginArray()
        while try nextElement() { result.append(try element(&self)) }
        return result
    }
}
