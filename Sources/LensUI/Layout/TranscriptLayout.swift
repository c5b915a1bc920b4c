import ContactLensModel
import FoundationEssentials
import LensBasics

/// The transcript as laid out at one width and height: the reducer scrolls through it and the
/// view draws from it, and only the turns near the window are ever laid out.
package struct TranscriptLayout {
    package let state: AppState
    package let width: Int
    package let height: Int
    let offsetWidth: Int
    /// Blocks laid out so far: finding the top and drawing the window visit the same turns,
    /// and laying a turn out is most of a frame's cost, so each is laid out once per window.
    let cache = LayoutCache()

    package init(state: AppState, width: Int, height: Int) {
        self.state = state
        self.width = width
        self.height = height
        offsetWidth = TurnLayout.offsetWidth(callMillis: state.callMillis)
    }

    var turns: [Turn] { state.store.turns }

    /// The block of turn `index`: from this window, from an earlier frame, or laid out now.
    package func layout(_ index: Int) -> TurnLayout {
        if let done = cache.layouts[index] { return done }
        let turn = turns[index]
        let chat = if case .absolute = turn.time { true } else { false }
        let layout = TurnLayoutMemo.shared.layout(
            TurnLayoutMemo.Key(
                turn: turn, width: width, offsetWidth: chat ? 0 : offsetWidth, timeZone: chat ? state.timeZone : nil,
                query: state.search.query, tags: tags(for: turn)))
        let laid = withDivider(layout, before: index)
        cache.layouts[index] = laid
        return laid
    }

    /// A leg's first turn carries the transfer's divider above it, so the divider scrolls with the
    /// turns and the earlier legs stay above it.
    private func withDivider(_ layout: TurnLayout, before index: Int) -> TurnLayout {
        let leg = state.store.leg(ofTurnAt: index)
        guard leg > 0, state.store.turnRange(ofLeg: leg).lowerBound == index,
            let transfer = state.store.transfer(ofLeg: leg)
        else { return layout }
        var laid = layout
        laid.lines.insert(Self.divider(transfer, width: width, timeZone: state.timeZone), at: 0)
        return laid
    }

    /// "──── transferred to Retention · frank · 14:03:12 ────", centred and cut to the width.
    static func divider(_ leg: TransferLeg, width: Int, timeZone: LocalZone) -> StyledLine {
        let text = Wrapper.truncate("— " + leg.dividerText(timeZone: timeZone) + " —", width: max(1, width))
        let side = max(0, width - TextWidth.of(text)) / 2
        let rule = String(repeating: "─", count: max(0, side - 1))
        let line = rule.isEmpty ? text : rule + " " + text + " " + rule
        return StyledLine(line, .status)
    }

    func admits(_ index: Int) -> Bool { state.filter.admits(turns[index]) }

    package func next(after index: Int, where extra: (Turn) -> Bool = { _ in true }) -> Int? {
        var i = index + 1
        while i < turns.count {
            if admits(i) && extra(turns[i]) { return i }
            i += 1
        }
        return nil
    }

    package func previous(before index: Int, where extra: (Turn) -> Bool = { _ in true }) -> Int? {
        var i = min(index, turns.count) - 1
        while i >= 0 {
            if admits(i) && extra(turns[i]) { return i }
            i -= 1
        }
        return nil
    }

    /// The index of the turn with `id` (the store's: a hash lookup, then binary search in call order).
    package func index(of id: String) -> Int? { state.store.index(ofId: id) }

    /// The anchor that shows the last page; nil when no turn passes the filter.
    package func bottomAnchor() -> ScrollAnchor? {
        guard var i = previous(before: turns.count) else { return nil }
        var total = 0
        while true {
            let count = layout(i).lines.count
            total += count
            if total >= height { return ScrollAnchor(turnId: turns[i].id, line: total - height) }
            guard let p = previous(before: i) else { return ScrollAnchor(turnId: turns[i].id, line: 0) }
            i = p
        }
    }

    /// `anchor` moved onto a turn the filter admits, with its line in range.
    package func normalized(_ anchor: ScrollAnchor) -> ScrollAnchor? {
        guard let i = index(of: anchor.turnId) else { return bottomAnchor() }
        if admits(i) {
            return ScrollAnchor(turnId: anchor.turnId, line: min(anchor.line, layout(i).lines.count - 1))
        }
        if let n = next(after: i) ?? previous(before: i) { return ScrollAnchor(turnId: turns[n].id, line: 0) }
        return nil
    }

    /// The anchor `delta` lines further down (or up, when negative), clamped to the content.
    package func moved(_ anchor: ScrollAnchor, by delta: Int) -> ScrollAnchor {
        guard let start = normalized(anchor), var i = index(of: start.turnId) else { return anchor }
        var line = start.line + delta
        while line < 0 {
            guard let p = previous(before: i) else {
                line = 0
                break
            }
            i = p
            line += layout(i).lines.count
        }
        while true {
            let count = layout(i).lines.count
            if line < count { break }
            guard let n = next(after: i) else {
                line = count - 1
                break
            }
            line -= count
            i = n
        }
        return ScrollAnchor(turnId: turns[i].id, line: line)
    }

    /// True when the content from `anchor` to the end fits in the window.
    package func isAtBottom(_ anchor: ScrollAnchor) -> Bool {
        guard let start = normalized(anchor), var i = index(of: start.turnId) else { return true }
        var total = layout(i).lines.count - start.line
        while total <= height {
            guard let n = next(after: i) else { return true }
            i = n
            total += layout(i).lines.count
        }
        return false
    }

    /// The anchor the view starts at now: the bottom when following (or scrolled to the end).
    package func effectiveTop() -> ScrollAnchor? {
        if state.follow { return bottomAnchor() }
        guard let anchor = state.anchor, let n = normalized(anchor) else { return bottomAnchor() }
        return isAtBottom(n) ? bottomAnchor() : n
    }

    /// The visible lines from the effective top: each with its turn's index and its line within
    /// the turn's block (0 is the turn's first line).
    package func visibleLines() -> [(index: Int, lineInBlock: Int, line: StyledLine)] {
        guard let top = effectiveTop(), var i = index(of: top.turnId) else { return [] }
        var out: [(Int, Int, StyledLine)] = []
        var skip = top.line
        while out.count < height {
            for (n, line) in layout(i).lines.enumerated().dropFirst(skip) where out.count < height { out.append((i, n, line)) }
            skip = 0
            guard let n = next(after: i) else { break }
            i = n
        }
        return out
    }
}

/// The turn blocks one `TranscriptLayout` has laid out, by turn index, and where the categories fall.
final class LayoutCache {
    var layouts: [Int: TurnLayout] = [:]
    var categorySpans: CategorySpans?
}
