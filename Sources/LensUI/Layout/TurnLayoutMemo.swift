import ContactLensModel
import FoundationEssentials
import LensBasics

/// Turn blocks laid out for earlier frames, by everything a block is made from: the turn itself
/// (its content, time, sentiment, issues, chat item), the width, the offset column, a chat's time
/// zone, the search and the tags. `TurnLayout` is a pure function of exactly these, so a block
/// taken from here is the block that would be laid out again: a frame redoes only new or changed
/// turns, and scrolling, following and drawing stop paying for text that did not change.
///
/// Two generations of at most `generation` blocks each: a hit moves a block to the current one,
/// and when it is full the older is dropped, so the blocks of recent windows stay and memory is
/// bounded. A block is ≈ 3 KB; 256 a generation holds more than the tallest window's turns (at
/// most 1.5 MB), where 2048 let an hour's live call grow the process by 6 % (#23's soak).
final class TurnLayoutMemo: @unchecked Sendable {
    static let shared = TurnLayoutMemo()
    static let generation = 256

    struct Key: Hashable {
        var turn: Turn
        var width: Int
        /// Columns of a call's offset; 0 for a chat item.
        var offsetWidth: Int
        /// The zone a chat item's time is shown in; nil for a call's turn.
        var timeZone: LocalZone?
        var query: String?
        var tags: [TurnTag]

        /// The block, laid out.
        func layout() -> TurnLayout {
            if let timeZone { return TurnLayout(chat: turn, width: width, timeZone: timeZone, query: query, tags: tags) }
            return TurnLayout(turn: turn, width: width, offsetWidth: offsetWidth, query: query, tags: tags)
        }
    }

    private let lock = Lock()
    private var current: [Key: TurnLayout] = [:]
    private var previous: [Key: TurnLayout] = [:]

    /// The block for `key`, from an earlier frame or laid out now.
    func layout(_ key: Key) -> TurnLayout {
        if let known = lookup(key) { return known }
        let layout = key.layout()
        lock.withLock { keep(key, layout) }
        return layout
    }

    private func lookup(_ key: Key) -> TurnLayout? {
        lock.withLock {
            if let layout = current[key] { return layout }
            guard let layout = previous.removeValue(forKey: key) else { return nil }
            keep(key, layout)
            return layout
        }
    }

    private func keep(_ key: Key, _ layout: TurnLayout) {
        if current.count >= Self.generation {
            previous = current
            current = [:]
        }
        current[key] = layout
    }
}
