import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensExport

/// `lenstail export --format json` writes its JSON directly; it must be byte for byte what
/// `JSONEncoder` (pretty-printed, sorted keys, unescaped slashes) makes of the same document, with
/// what `JSONEncoder` leaves raw and a terminal would act on (DEL, C1 controls, bidi and other
/// invisible format characters) written as `\uXXXX`, as the jsonl stream writes them.
@Suite struct JSONExportWriterTests {
    static func viaJSONEncoder(_ export: TranscriptExport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let plain = String(decoding: try encoder.encode(JSONExport.document(export)), as: UTF8.self) + "\n"
        var safe = ""
        for scalar in plain.unicodeScalars {
            if JSONString.isInvisible(scalar), scalar.value >= 0x20 {
                let hex = String(scalar.value, radix: 16)
                safe += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }

    /// The escaped export holds no raw control or bidi character, and reads back as the same call.
    @Test func hostileTextIsEscapedAndRoundTrips() throws {
        let hostile = "a\u{7F}b\u{85}c\u{9B}31m\u{202E}d\u{2066}e\u{200F}f\u{FEFF}g\u{1B}]0;x\u{07}"
        var store = TranscriptStore()
        store.apply([
            .transcript(
                Transcript(
                    id: hostile, participantId: "p", participantRole: hostile, content: hostile,
                    beginOffsetMillis: 0, endOffsetMillis: 1))
        ])
        let written = TranscriptExport(store: store).render(.json)
        #expect(!written.unicodeScalars.contains { JSONString.isInvisible($0) && $0 != "\n" })
        let object = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
        let turn = try #require((object?["Transcript"] as? [[String: Any]])?.first)
        #expect(turn["Content"] as? String == hostile)
        #expect(turn["ParticipantRole"] as? String == hostile)
    }

    @Test func theExportFixtureIsWhatJSONEncoderWrites() throws {
        #expect(ExportTests.export.render(.json) == (try Self.viaJSONEncoder(ExportTests.export)))
    }

    @Test func anEmptyCallKeepsJSONEncodersLayout() throws {
        let export = TranscriptExport(store: TranscriptStore())
        #expect(export.render(.json) == "{\n  \"Categories\" : [\n\n  ],\n  \"Transcript\" : [\n\n  ]\n}\n")
        #expect(export.render(.json) == (try Self.viaJSONEncoder(export)))
    }

    /// Random calls with hostile text (quotes, backslashes, slashes, every control, DEL, emoji,
    /// bidi marks), empty and missing members, filtered by role or not.
    @Test func randomCallsAreWhatJSONEncoderWrites() throws {
        var seeded = SeededGenerator(seed: 7)
        let pieces =
            ["a", "Z", " ", "\"", "\\", "/", "\u{7F}", "é", "😀", "\u{202E}", "\u{2028}", "中", "\r\n"]
            + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        func text() -> String {
            (0..<Int.random(in: 0...10, using: &seeded)).map { _ in pieces.randomElement(using: &seeded)! }.joined()
        }
        func int() -> Int {
            [Int.min, Int.max, 0, -1, Int.random(in: -99_999...99_999, using: &seeded)].randomElement(using: &seeded)!
        }
        for round in 0..<200 {
            var store = TranscriptStore()
            for _ in 0..<Int.random(in: 0...6, using: &seeded) {
                switch Int.random(in: 0..<4, using: &seeded) {
                case 0, 1:
                    store.apply([
                        .transcript(
                            Transcript(
                                id: text(), participantId: text(),
                                participantRole: ["AGENT", "CUSTOMER", text()].randomElement(using: &seeded)!,
                                content: text(), beginOffsetMillis: int(), endOffsetMillis: int(),
                                sentiment: Bool.random(using: &seeded) ? Sentiment(rawValue: text()) : nil,
                                issuesDetected: Bool.random(using: &seeded)
                                    ? (0..<Int.random(in: 0...2, using: &seeded)).map { _ in IssueDetected(int(), int()) } : nil))
                    ])
                case 2:
                    let name = text()
                    let points = (0..<Int.random(in: 0...2, using: &seeded)).map { _ in
                        PointOfInterest(beginOffsetMillis: int(), endOffsetMillis: int())
                    }
                    store.apply([
                        .categories(
                            Categories(
                                matchedCategories: [name], matchedDetails: [name: CategoryDetails(pointsOfInterest: points)]))
                    ])
                default:
                    store.apply([
                        .summary(
                            PostContactSummary(
                                content: Bool.random(using: &seeded) ? text() : nil, status: .init(rawValue: text()),
                                failureCode: Bool.random(using: &seeded) ? .init(rawValue: text()) : nil))
                    ])
                }
            }
            let export = TranscriptExport(
                store: store, instanceId: Bool.random(using: &seeded) ? text() : nil,
                contactId: Bool.random(using: &seeded) ? text() : nil,
                onlyRole: Bool.random(using: &seeded) ? "agent" : nil)
            let written = export.render(.json)
            let expected = try Self.viaJSONEncoder(export)
            #expect(written == expected ? true : false, "round \(round):\n\(written)\n---\n\(expected)")
        }
    }
}
