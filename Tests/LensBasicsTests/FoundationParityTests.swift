import Foundation
import Testing

@testable import LensBasics

/// LensBasics stands in for full Foundation: each piece answers as the Foundation call it replaced
/// (this test target links full Foundation to compare; lenstail itself does not).
@Suite struct FoundationParityTests {
    @Test func scalarSetsAreFoundationsCharacterSetsScalarByScalar() {
        let pairs: [(ScalarSet, CharacterSet, String)] = [
            (.whitespaces, .whitespaces, "whitespaces"), (.newlines, .newlines, "newlines"),
            (.whitespacesAndNewlines, .whitespacesAndNewlines, "whitespacesAndNewlines"),
        ]
        for (ours, foundation, name) in pairs {
            // Every scalar up to U+33FF (past the last space, U+3000), and samples of every plane above.
            let scalars =
                (0...0x33FF).compactMap(Unicode.Scalar.init)
                + stride(from: 0x3400, through: 0x10FFFF, by: 97).compactMap(Unicode.Scalar.init)
            let differ = scalars.filter { ours.contains($0) != foundation.contains($0) }
            #expect(differ.isEmpty, "\(name) differs at \(differ.prefix(5).map { String($0.value, radix: 16) })")
        }
    }

    @Test func trimmingAsTrimmingCharacters() {
        let samples = ["", "   ", " a ", "\t\u{3000}name\u{A0}\n", "\u{2028}x\u{85}", "é\u{301} ", " [::1] ", "a b", "\n\n"]
        for text in samples {
            #expect(text.trimmed() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmed(.whitespacesAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
            #expect(text.trimmed(ScalarSet("[] ")) == text.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")))
        }
    }

    @Test func cFormatAsStringFormat() {
        for value in [0.0, -0.4, 0.05, 1.25, 2.25, 9.95, 12.5, 1234.5678, -3.5, 1e-7, 123456789.0] {
            for format in ["%.1f", "%+.0f", "%.2g", "%.3f"] {
                #expect(String(cFormat: format, value) == String(format: format, value), "\(format) \(value)")
            }
        }
        for byte: UInt8 in [0, 9, 15, 16, 171, 255] {
            #expect(String(cFormat: "%02x", byte) == String(format: "%02x", byte))
        }
        // Longer than the first buffer.
        #expect(String(cFormat: "%.1f", 1e80) == String(format: "%.1f", 1e80))
        #expect(String(cFormat: "%d of %d", 3, 12) == "3 of 12")
    }

    @Test func percentEncodingAsFoundation() {
        var unreserved = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        unreserved.insert(charactersIn: "-._~")
        for text in ["plain", "a b/c?d=e&f", "é~ü_-.", "100%", "💬 emoji", "\u{0}\u{7f}"] {
            #expect(
                text.percentEncoded(keeping: \.isUnreservedInURI) == text.addingPercentEncoding(withAllowedCharacters: unreserved)
            )
        }
        for text in ["a%20b", "%e2%82%ac", "%E2%82%AC", "100%", "%zz", "%4", "%ff", "plain", "%2F%2f", ""] {
            #expect(text.percentDecoded == text.removingPercentEncoding, "\(text)")
        }
    }

    @Test func localZoneFixedOffsetsAndTheMachinesZoneAsFoundation() {
        let dates = [0, 1_710_000_000, 1_720_000_000, 1_730_700_000, -86_400 * 400].map {
            Date(timeIntervalSince1970: Double($0))
        }
        for date in dates {
            #expect(LocalZone.current.secondsFromGMT(for: date) == TimeZone.current.secondsFromGMT(for: date))
            #expect(LocalZone(secondsFromGMT: 7200)!.secondsFromGMT(for: date) == 7200)
            #expect(LocalZone.utc.secondsFromGMT(for: date) == 0)
        }
        #expect(LocalZone(secondsFromGMT: 86_400) == nil)
        #expect(LocalZone(secondsFromGMT: -3600)!.epochSeconds(localSeconds: 1000) == 4600)
    }
}
