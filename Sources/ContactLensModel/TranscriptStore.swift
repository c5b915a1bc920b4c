/// The merged state of one analysis: transcript turns in call order, matched categories,
/// the summary. Pages may repeat or revise segments; merging them is idempotent. A transfer
/// begins a new leg (`beginLeg`): its turns come after every turn of the legs before, each leg
/// on its own clock (`TranscriptStore+Legs.swift`).
package struct TranscriptStore: Sendable {
    /// Final turns in call order: by leg, then time (a call's offsets, a chat's times), then end, then id.
    package internal(set) var turns: [Turn] = []
    /// Turns still being spoken (partial utterances of the segment stream), in call order; each
    /// leaves when its final transcript arrives. Show them in place and visibly provisional.
    package internal(set) var provisionalTurns: [ProvisionalTurn] = []
    /// Matched categories in the order they were first seen.
    package internal(set) var categories: [CategoryMatch] = []
    /// The latest summary of any leg (`summary(ofLeg:)` has each leg's).
    package internal(set) var summary: PostContactSummary?
    /// Segments of kinds this model does not know, each once, in the order they came.
    package private(set) var unknownSegments: [UnknownSegment] = []
    /// Sentiment, status or failure-code values this model does not know, counted.
    private(set) var unknownValueCount = 0
    /// Grows by one for every change, so views can tell cheaply whether to redo work.
    package internal(set) var revision = 0
    /// True once a chat segment arrived: its turns are then on the chat's clock (`TurnTime.absolute`).
    package internal(set) var isChat = false

    /// Each turn's sort key by id: the turn itself lives once, in `turns` (memory ≤ 2× the JSON).
    private var byId = TurnIndex()
    var categoryIndex: [String: Int] = [:]
    /// Chat: issue ranges by transcript item id, kept for items that have not arrived yet.
    var chatIssues: [String: [IssueDetected]] = [:]
    private var unknownSeen: Set<UnknownSegment> = []
    /// The legs transfers began, in order: leg `n` (1-based, after the first) is `legs[n - 1]`.
    package internal(set) var legs: [TransferLeg] = []
    /// Where each leg after the first begins in `turns` (turns only ever join the last leg).
    var legStarts: [Int] = []
    /// Each leg's summary, by leg (0: the contact followed first).
    var legSummaries: [Int: PostContactSummary] = [:]

    package init() {}

    /// A store with room for `turns` turns from the start: a replay knows how many it brings, so
    /// its turns, which come one by one, never grow the array by doubling (#21).
    package init(room turns: Int) { self.turns.reserveCapacity(max(0, turns)) }

    /// Merges a page's segments and reports what changed.
    @discardableResult
    package mutating func apply(_ segments: [Segment]) -> StoreChange {
        var change = StoreChange()
        makeRoom(for: segments)
        for segment in segments {
            switch segment {
            case .transcript(let transcript):
                let turn = Turn(transcript)
                if upsert(turn) { change.turns.append(turn) }
                change.finalized += finalizeProvisional(by: transcript)
            case .utterance(let piece):
                if let turn = merge(piece) { change.provisional.append(turn) }
            case .categories(let categories):
                change.categories.append(contentsOf: merge(categories))
            case .postContactSummary(let summary):
                guard summary != legSummaries[currentLeg] else { break }
                self.summary = summary
                legSummaries[currentLeg] = summary
                if !summary.status.isKnown { unknownValueCount += 1 }
                if let code = summary.failureCode, !code.isKnown { unknownValueCount += 1 }
                change.summary = summary
            case .chat(let segment):
                isChat = true
                apply(segment, into: &change)
            case .unknown(let kind, let json):
                let unknown = UnknownSegment(kind: kind, json: json)
                guard unknownSeen.insert(unknown).inserted else { break }
                unknownSegments.append(unknown)
                change.unknownSegments.append(unknown)
            }
        }
        if !change.isEmpty { revision += 1 }
        return change
    }

    /// Room for a batch's turns when it brings at least as many as the store holds (a whole analysis file,
    /// a long recording's page): grown by doubling instead, `turns` would keep up to half its
    /// room unused (0.7 MB for a two-hour call's file, #21). Smaller batches, a live call's
    /// pages, grow it by doubling as ever.
    private mutating func makeRoom(for segments: [Segment]) {
        guard segments.count >= turns.count else { return }
        let incoming = segments.reduce(0) { count, segment in
            switch segment {
            case .transcript, .chat: count + 1
            case .utterance, .categories, .postContactSummary, .unknown: count
            }
        }
        // At least doubling, as appending would: a run of batches never copies the turns more often.
        if incoming >= turns.count, turns.count + incoming > turns.capacity { turns.reserveCapacity(turns.count + incoming) }
    }

    /// Gives back the room `turns` grew into by doubling, once the analysis is over and no turn
    /// will join: a replay of a two-hour call played turn by turn kept room for 6,000 more (0.7 MB,
    /// #21). A copy of the turns, once; a store within an eighth of its room keeps it.
    package mutating func releaseSpareRoom() {
        guard turns.capacity - turns.count > turns.count / 8 else { return }
        turns = turns.withUnsafeBufferPointer { Array($0) }
    }

    /// The turn with this id, if any (hash lookup, then binary search).
    package func turn(id: String) -> Turn? { index(ofId: id).map { turns[$0] } }

    /// The position of the turn with this id in `turns`, if any (of any leg: ids are unique
    /// per contact, and a service's ids do not repeat across contacts).
    package func index(ofId id: String) -> Int? { find(id, hash: TurnIndex.hash(id))?.position }

    /// The turn's slot in `byId` and its position in `turns`; only in `leg` when given.
    private func find(_ id: String, hash: Int, leg: Int? = nil) -> (slot: Int, position: Int)? {
        var position = 0
        let slot = byId.slot(of: hash) { slot in
            if let leg, slot.leg != leg { return false }
            position = insertionIndex(begin: slot.begin, end: slot.end, id: id, in: turnRange(ofLeg: slot.leg))
            return position < turns.count && turns[position].id == id
        }
        return slot.map { ($0, position) }
    }

    /// How many distinct segments of each unknown kind arrived, in the order the kinds first came.
    package var unknownKindCounts: [(kind: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for segment in unknownSegments {
            if counts[segment.kind] == nil { order.append(segment.kind) }
            counts[segment.kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }

    /// The matched category with this name, if any.
    package func category(named name: String) -> CategoryMatch? {
        categoryIndex[name].map { categories[$0] }
    }

    // MARK: Transcripts

    /// Inserts or replaces a turn of the current leg; false when an identical turn was already
    /// there. One hash of the id per turn, and (`TurnIndex`) one string comparison at most.
    mutating func upsert(_ turn: Turn) -> Bool {
        let hash = TurnIndex.hash(turn.id)
        let leg = currentLeg
        if let old = find(turn.id, hash: hash, leg: leg) {
            if turns[old.position] == turn { return false }
            turns.remove(at: old.position)
            byId.update(old.slot, begin: turn.begin, end: turn.end)
        } else {
            byId.insert(hash: hash, leg: leg, begin: turn.begin, end: turn.end)
        }
        if let sentiment = turn.sentiment, !sentiment.isKnown { unknownValueCount += 1 }
        // Live calls arrive in order: appending is the common, O(1) case.
        let range = turnRange(ofLeg: leg)
        if !range.isEmpty, let last = turns.last, Turn.precedes(turn, last) {
            turns.insert(turn, at: insertionIndex(begin: turn.begin, end: turn.end, id: turn.id, in: range))
        } else {
            turns.append(turn)
        }
        return true
    }

    /// First index in `range` whose turn does not precede (begin, end, id) (binary search).
    private func insertionIndex(begin: Int, end: Int, id: String, in range: Range<Int>) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            let t = turns[mid]
            if (t.begin, t.end, t.id) < (begin, end, id) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Categories

    /// Adds names and points of interest not seen before; returns the categories that grew.
    private mutating func merge(_ incoming: Categories) -> [CategoryMatch] {
        var names = incoming.matchedCategories
        // Details may name a category the list leaves out; keep those too, in a stable order.
        names += incoming.matchedDetails.keys.filter { !incoming.matchedCategories.contains($0) }.sorted()
        var grown: [CategoryMatch] = []
        for name in names {
            let points = incoming.matchedDetails[name]?.pointsOfInterest ?? []
            let index: Int
            var isNew = false
            if let existing = categoryIndex[name] {
                index = existing
            } else {
                index = categories.count
                categoryIndex[name] = index
                categories.append(CategoryMatch(name: name, pointsOfInterest: [], leg: currentLeg))
                isNew = true
            }
            let added = categories[index].add(points)
            if isNew || added { grown.append(categories[index]) }
        }
        return grown
    }
}

/// A category rule matched during the call, with every point of interest seen for it.
package struct CategoryMatch: Hashable, Sendable {
    package let name: String
    /// Distinct points of interest, in call order.
    package private(set) var pointsOfInterest: [PointOfInterest]
    /// The leg whose turns the points are on (0: the contact followed first): each leg matches
    /// its own categories, on its own clock.
    package let leg: Int

    package init(name: String, pointsOfInterest: [PointOfInterest], leg: Int = 0) {
        self.name = name
        self.leg = leg
        self.pointsOfInterest = []
        _ = add(pointsOfInterest)
    }

    /// Chat: the transcript items the rule matched, each once, in the order they came.
    package internal(set) var transcriptItemIds: [String] = []

    /// When it first matched, if the service said where.
    package var firstOffsetMillis: Int? { pointsOfInterest.first?.beginOffsetMillis }

    mutating func add(_ points: [PointOfInterest]) -> Bool {
        let new = Set(points).subtracting(pointsOfInterest)
        guard !new.isEmpty else { return false }
        pointsOfInterest = (pointsOfInterest + new).sorted()
        return true
    }
}

/// What one `apply` changed: new or revised turns, grown categories, a new summary.
package struct StoreChange: Hashable, Sendable {
    package var turns: [Turn] = []
    /// Provisional turns that grew or were revised by a partial piece.
    package var provisional: [ProvisionalTurn] = []
    /// Transcript ids of provisional turns that a final turn replaced.
    var finalized: [String] = []
    package var categories: [CategoryMatch] = []
    package var summary: PostContactSummary?
    package var unknownSegments: [UnknownSegment] = []

    package init() {}

    package var isEmpty: Bool {
        turns.isEmpty && categories.isEmpty && summary == nil && unknownSegments.isEmpty && provisional.isEmpty
            && finalized.isEmpty
    }
}

/// A segment of a kind this model does not know, kept whole.
package struct UnknownSegment: Hashable, Sendable {
    package var kind: String
    package var json: RawJSON

    package init(kind: String, json: RawJSON) {
        self.kind = kind
        self.json = json
    }

    package var segment: Segment { .unknown(kind: kind, json: json) }
}
