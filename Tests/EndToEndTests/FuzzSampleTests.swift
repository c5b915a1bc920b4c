import AWSClient
import ContactLensModel
import Foundation
import LensFuzzing
import LensPageFuzzing
import LensSimulator
import TestSupport
import Testing

/// A seeded sample of the fuzz run (`swift run -c release LensFuzz 100000` does 100k): mutated
/// pages through the decoder, the error parser and the store; no crash, no hang, no broken invariant.
@Suite struct FuzzSampleTests {
    @Test func twoThousandMutatedPagesBreakNothing() async throws {
        try await offThePool { Self.mutatedPages() }
    }

    static func mutatedPages() {
        var mutator = PageMutator(seed: 2026, corpus: PageMutator.demoCorpus)
        var failures: [String] = []
        var slowest = Duration.zero
        let started = ContinuousClock.now
        for _ in 0..<2_000 {
            let body = mutator.next()
            let caseStart = ContinuousClock.now
            _ = ServiceError(status: 400, header: { _ in nil }, body: body)
            if let failure = FuzzTarget.run(body) { failures.append(failure) }
            slowest = max(slowest, caseStart.duration(to: .now))
        }
        #expect(failures.isEmpty, "\(Set(failures))")
        #expect(slowest < .seconds(10), "a case took \(slowest)")  // a hang, not a speed test
        print("FIGURE fuzz sample: 2000 cases in \(started.duration(to: .now)), \(failures.count) failures, slowest \(slowest)")
    }

    /// Calls at the edges of every range (offsets at Int's limits, empty and 100k-character turns,
    /// issue offsets anywhere) through replay, the view at four sizes and every export.
    @Test func extremeCallsBreakNothing() async throws {
        try await offThePool { Self.extremeCalls() }
    }

    static func extremeCalls() {
        var calls = ExtremeCalls(seed: 16)
        var failures: [String] = []
        let started = ContinuousClock.now
        // A debug build lays a 100k-character turn out in a quarter of a second: a sample here,
        // thousands in `LensFuzz` (release).
        for _ in 0..<25 {
            if let failure = CallTarget.run(calls.next()) { failures.append(failure) }
        }
        #expect(failures.isEmpty, "\(Set(failures))")
        print(
            "FIGURE fuzz extremes: 25 calls through replay, view and exports in \(started.duration(to: .now)), \(failures.count) failures"
        )
    }

    @Test func theSameSeedGivesTheSameCases() {
        var first = PageMutator(seed: 5, corpus: PageMutator.demoCorpus)
        var second = PageMutator(seed: 5, corpus: PageMutator.demoCorpus)
        let same = (0..<50).allSatisfy { _ in first.next() == second.next() }
        #expect(same)
    }
}
