import ContactLensModel
import Foundation
import LensUI

/// An `AppState` holding a synthetic call, built through the real reducer page by page.
enum CallState {
    static let size = Size(width: 200, height: 60)

    static func make(turns: Int) -> AppState {
        let session = SessionInfo(instanceId: Corpus.instanceId, contactId: Corpus.contactId, endpoint: "us-east-1")
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        var state = try! AppState(session: session, size: size, now: now)
        var pages = PageStream(total: turns)
        while let page = pages.next() {
            _ = reduce(into: &state, .engine(.segments(page.segments, receivedAt: now)))
        }
        _ = reduce(into: &state, .engine(.status(.live(lastSuccess: now))))
        return state
    }

    /// The view scrolled so the middle turn is on the top line.
    static func middle(_ state: AppState) -> AppState {
        var s = state
        s.follow = false
        s.anchor = ScrollAnchor(turnId: s.store.turns[s.store.turns.count / 2].id, line: 0)
        return s
    }

    /// Feeds keys through the reducer.
    static func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = reduce(into: &state, .key(key)) }
    }

    /// The keys that type and commit a search.
    static func searchKeys(_ query: String) -> [Key] {
        [.char("/")] + query.map { Key.char($0) } + [.enter]
    }
}
