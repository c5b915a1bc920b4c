import Foundation
import LensFuzzing
import TestSupport
import Testing

@testable import ContactLensModel

/// The fast page reader against `JSONDecoder` on the fuzzer's mutated pages: whenever the fast
/// reader accepts a body, `JSONDecoder` accepts it too with the same page; `decode(json:)` always
/// answers as `JSONDecoder` does (page or error).
@Suite struct PageDecoderFuzzTests {
    /// A page, or the error's text: pages compare as values (an unknown kind's JSON is equal
    /// whatever its spacing), errors by what they say.
    enum Outcome: Equatable {
        case page(ListSegmentsResponse)
        case error(String)

        var isError: Bool { if case .error = self { true } else { false } }
    }

    static func reference(_ body: [UInt8]) -> Outcome {
        do { return .page(try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body))) } catch {
            return .error("\(error)")
        }
    }

    static func decoded(_ body: [UInt8]) -> Outcome {
        do { return .page(try ListSegmentsResponse.decode(json: body)) } catch { return .error("\(error)") }
    }

    @Test func theDemoPagesTakeTheFastPath() throws {
        let pages = PageMutator.demoCorpus.filter {
            $0.starts(with: Array(#"{"NextToken""#.utf8)) || $0.starts(with: Array(#"{"Segments""#.utf8))
                || $0.starts(with: Array(#"{"Channel""#.utf8))
        }
        #expect(pages.count > 5)
        #expect(pages.contains { $0.starts(with: Array(#"{"Channel""#.utf8)) }, "chat pages too")
        for body in pages {
            let fast = try #require(PageDecoder.decode(body))
            #expect(fast == (try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body))))
        }
    }

    @Test func mutatedPagesDecodeAsWithJSONDecoder() async throws {
        try await offThePool { Self.mutatedPages() }
    }

    static func mutatedPages() {
        var mutator = PageMutator(seed: 77, corpus: PageMutator.demoCorpus)
        var fastCount = 0
        var validCount = 0
        var validVoice = 0
        var mismatches: [String] = []
        for index in 0..<3_000 {
            let body = mutator.next()
            let reference = Self.reference(body)
            if !reference.isError { validCount += 1 }
            if case .page(let page) = reference, !page.isChat { validVoice += 1 }
            if let fast = PageDecoder.decode(body) {
                fastCount += 1
                if .page(fast) != reference {
                    mismatches.append("case \(index): fast reader accepted what JSONDecoder read differently")
                }
            }
            if Self.decoded(body) != reference { mismatches.append("case \(index): decode(json:) differs from JSONDecoder") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Not vacuous: many mutated bodies are still valid pages, and most of those take the fast path.
        #expect(validCount > 50 && fastCount > validVoice / 2, "valid \(validCount) (voice \(validVoice)), fast \(fastCount)")
        print(
            "FIGURE page decoder fuzz: 3000 mutated bodies, \(validCount) valid, \(fastCount) through the fast reader, \(mismatches.count) mismatches"
        )
    }
}
