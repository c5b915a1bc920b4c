/// Where each turn of the store sorts, found by its id: an open-addressing table of the id's hash
/// and the turn's sort key. The id itself is not kept: a slot whose hash matches is confirmed by
/// finding the turn at that key in the store's `turns` and comparing ids. So a slot is 24 bytes,
/// growing needs no hashing, and a lookup compares one string; `[String: (begin, end)]` compared ids
/// at every probe (`Dictionary` keeps no hashes, and service ids share a long prefix), which was
/// most of a merge's time.
struct TurnIndex: Sendable {
    struct Slot: Sendable {
        /// The id's hash (`TurnIndex.hash`, never 0: 0 marks an empty slot) in the low 48 bits,
        /// the turn's leg in the high 16: a transfer's leg costs the slot no byte.
        var hash: Int
        var begin: Int
        var end: Int

        /// The leg of the conversation the turn belongs to (0: the contact followed first).
        var leg: Int { Int(UInt(bitPattern: hash) >> TurnIndex.legShift) }
    }

    /// Where the leg starts in a slot's `hash`.
    static let legShift = 48
    private static let hashMask = (1 << legShift) - 1
    /// Legs beyond this share the last number (a chain of 32 767 transfers is not a call).
    static let maxLeg = (1 << (63 - legShift)) - 1

    private(set) var slots = [Slot](repeating: Slot(hash: 0, begin: 0, end: 0), count: 16)
    private(set) var count = 0

    /// The id's hash as the table keeps it (seeded per process, so ids cannot be chosen to collide).
    static func hash(_ id: String) -> Int {
        let hash = id.hashValue & hashMask
        return hash == 0 ? 1 : hash
    }

    /// The slot holding `hash` (in any leg) that `isTurn` confirms, or nil.
    func slot(of hash: Int, where isTurn: (Slot) -> Bool) -> Int? {
        let mask = slots.count - 1
        let hash = hash & Self.hashMask
        var i = hash & mask
        while slots[i].hash != 0 {
            if slots[i].hash & Self.hashMask == hash, isTurn(slots[i]) { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Moves the turn in slot `i` to a new sort key.
    mutating func update(_ i: Int, begin: Int, end: Int) {
        slots[i].begin = begin
        slots[i].end = end
    }

    /// Adds a turn of `leg` not in the table yet.
    mutating func insert(hash: Int, leg: Int = 0, begin: Int, end: Int) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let hash = hash & Self.hashMask | min(max(leg, 0), Self.maxLeg) << Self.legShift
        place(Slot(hash: hash, begin: begin, end: end))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var i = slot.hash & Self.hashMask & mask
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, begin: 0, end: 0), count: old.count * 2)
        for slot in old where slot.hash != 0 { place(slot) }
    }
}
