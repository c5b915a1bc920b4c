import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The search's count stays right while the call changes under it, and the byte-level search of
/// ASCII text finds exactly what Foundation's case-insensitive search finds.
@Suite struct SearchTests {
    @Test func theCountFollowsTurnsThatArrive() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"), .char("/"))
        for c in "number 2" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.focusId == "t102" && state.notice == "match 1/11 for \"number 2\"")
        // A new matching turn at the end, and one that does not match.
        _ = reduce(
            into: &state,
            Fixtures.page([
                .transcript(Fixtures.turn(900, "AGENT", "Turn NUMBER 2, said again.", at: 500)),
                .transcript(Fixtures.turn(901, "CUSTOMER", "Nothing to find here.", at: 505)),
            ]))
        state.press(.char("n"))
        #expect(state.focusId == "t120" && state.notice == "match 2/12 for \"number 2\"")
        // A turn above, revised to match: counted where it is.
        _ = reduce(into: &state, Fixtures.page([.transcript(Fixtures.turn(103, "CUSTOMER", "Now number 2 too.", at: 15))]))
        state.press(.char("n"))
        #expect(state.focusId == "t121" && state.notice == "match 4/13 for \"number 2\"")
        // And revised again, not to.
        _ = reduce(into: &state, Fixtures.page([.transcript(Fixtures.turn(103, "CUSTOMER", "Gone again.", at: 15))]))
        state.press(.char("N"))
        #expect(state.focusId == "t120" && state.notice == "match 2/12 for \"number 2\"")
        for _ in 0..<10 { state.press(.char("n")) }
        #expect(state.focusId == "t900" && state.notice == "match 12/12 for \"number 2\"")
        state.press(.char("n"))
        #expect(state.focusId == "t102" && state.notice == "match 1/12 for \"number 2\" (wrapped to the top)")
    }

    @Test func theCountFollowsTheFilter() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"), .char("/"))
        for c in "turn number" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.notice == "match 1/40 for \"turn number\"")
        state.press(.char("c"), .char("n"))
        #expect(state.notice?.hasSuffix("/20 for \"turn number\"") == true)
        #expect(state.store.turn(id: state.focusId ?? "")?.participantRole == "CUSTOMER")
    }

    @Test func aCallThatStartsAgainIsSearchedAgain() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"), .char("/"))
        for c in "number 3" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.notice == "match 1/11 for \"number 3\"")
        state.forgetCall()
        _ = reduce(into: &state, Fixtures.page(Fixtures.longCall(35).map(Segment.transcript)))
        state.press(.char("n"))
        #expect(state.notice?.hasSuffix("/6 for \"number 3\"") == true)
    }

    /// A call longer than the run loop's step: the jump is drawn first with the numbers to come,
    /// then ticks count the matches and fill them in. No match within a step: counted at once.
    @Test func aLongCallIsCountedOnTicksAfterTheJump() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.search.countStep = 7
        state.press(.char("g"), .char("/"))
        for c in "number 2" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.focusId == "t102" && state.notice == "match …/… for \"number 2\"")
        #expect(state.nextTick(after: state.now) == state.now)
        var ticks = 0
        while state.search.counting {
            let effects = reduce(into: &state, .tick(state.now))
            ticks += 1
            #expect(effects == (state.search.counting ? [] : [.redraw]))
        }
        #expect(ticks == 6 && state.notice == "match 1/11 for \"number 2\"")
        #expect(state.nextTick(after: state.now).map { $0 > state.now } == true)  // the clock's next second again
        state.press(.char("N"))
        #expect(state.focusId == "t129" && state.notice == "match 11/11 for \"number 2\" (wrapped to the bottom)")
        state.press(.char("g"), .char("/"))
        for c in "of a long" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.search.counting && state.notice == "match …/… for \"of a long\"")
        // From the top, the nearest is more than a step away: no waiting for the numbers.
        state.press(.char("g"), .char("/"))
        for c in "number 20" { state.press(.char(c)) }
        state.press(.enter)
        #expect(!state.search.counting && state.focusId == "t120" && state.notice == "match 1/1 for \"number 20\"")
    }

    @Test func aCountOnTicksWrapsAndLeavesTheStatusLineToLaterKeys() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.search.countStep = 25
        state.press(.char("/"))
        for c in "number 1" { state.press(.char(c)) }
        state.press(.enter)
        // Following: the newest match above (20 turns up), found before counting.
        #expect(state.focusId == "t119" && state.notice == "match …/… for \"number 1\"")
        while state.search.counting { _ = reduce(into: &state, .tick(state.now)) }
        #expect(state.notice == "match 11/11 for \"number 1\"")
        state.press(.char("n"))
        #expect(state.focusId == "t101" && state.notice == "match 1/11 for \"number 1\" (wrapped to the top)")
        // A key while counting: the count does not write over what the key left.
        state.press(.char("/"))
        for c in "call." { state.press(.char(c)) }
        state.press(.enter, .char("p"))
        #expect(state.search.counting && state.notice == nil)
        while state.search.counting { _ = reduce(into: &state, .tick(state.now)) }
        #expect(state.notice == nil)
        state.press(.char("n"))
        #expect(state.notice?.hasSuffix("/40 for \"call.\"") == true)
        state.press(.char("/"))
        for c in "nowhere" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.notice == "no match for \"nowhere\"" && !state.search.counting)
    }

    /// Random ASCII texts and queries (substrings with their case changed, and strings that are
    /// not there): the same matches, the same answer to "contains".
    @Test func asciiSearchAgreesWithFoundation() throws {
        var random = SeededGenerator(seed: 22)
        let alphabet = Array("aAbBkKsSzZ  .,'-_!?@[`{~0189")
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            var query: String
            if !text.isEmpty, Bool.random(using: &random) {
                let start = Int.random(in: 0..<text.count, using: &random)
                let length = Int.random(in: 1...min(4, text.count - start), using: &random)
                query = String(text.dropFirst(start).prefix(length))
            } else {
                query = String((0..<Int.random(in: 1...3, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            query = String(query.map { Bool.random(using: &random) ? Character($0.uppercased()) : Character($0.lowercased()) })
            let needle = try #require(Search.Needle(query))
            #expect(needle.ranges(in: text) == Self.foundationMatches(of: query, in: text), "\(query) in \(text)")
            #expect(needle.isFound(in: text) == (text.range(of: query, options: .caseInsensitive) != nil), "\(query) in \(text)")
        }
    }

    @Test func onlyPrintableASCIIIsSearchedByteByByte() throws {
        let needle = try #require(Search.Needle("abc"))
        for text in ["abc é", "tab\tabc", "abc\u{7F}", "\u{1B}[31mabc", "abc\u{301}"] {
            #expect(needle.isFound(in: text) == nil && needle.ranges(in: text) == nil, "\(text.debugDescription)")
        }
        #expect(Search.Needle("café") == nil && Search.Needle("") == nil)
        #expect(Search.matches(of: "CAFÉ", in: "un café, deux cafés") == [3..<7, 14..<18])
        #expect(Search.matches(of: "ab", in: "xxABxxaBab") == [2..<4, 6..<8, 8..<10])
    }

    /// Text that is not ASCII is compared Character by Character, each lower-cased, as
    /// Foundation's case-insensitive search does: one scalar at a time where that is exact, else
    /// as Strings (a decomposed `é`, a singleton such as the Kelvin sign, `İ`).
    @Test func textBeyondASCIIIsSearchedAsFoundationSearchesIt() {
        let cases = [
            ("ÁLVAREZ", "Inés Álvarez paid €89.90, Álvarez said"), ("€89", "charged €89.90 twice"),
            ("e\u{301}", "un café"), ("café", "un cafe\u{301} noir"), ("ΣΟΦΙΑ", "η σοφια και η Σοφια"),
            ("k", "273 \u{212A} is cold"), ("ÿ", "Ÿ and ÿ"), ("×", "2 × 3"), ("naïve", "NAÏVE"), ("x", "Inés"),
        ]
        for (query, text) in cases {
            #expect(Search.matches(of: query, in: text) == Self.foundationMatches(of: query, in: text), "\(query) in \(text)")
            #expect(
                Search.contains(query, in: text) == (text.range(of: query, options: .caseInsensitive) != nil),
                "\(query) in \(text)")
        }
    }

    /// The search as Foundation does it, in Character offsets (what `Search.matches` did before
    /// its ASCII path).
    static func foundationMatches(of query: String, in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = text.startIndex
        while start < text.endIndex, let found = text.range(of: query, options: [.caseInsensitive], range: start..<text.endIndex)
        {
            let lower = text.distance(from: text.startIndex, to: found.lowerBound)
            let upper = text.distance(from: text.startIndex, to: found.upperBound)
            if upper > lower { result.append(lower..<upper) }
            start = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return result
    }
}
