import Foundation
import Testing

@testable import ContactLensModel

/// The JSON check that says where a file stops being JSON: its verdicts against Foundation's
/// own parser on generated and damaged documents, and its places on the mistakes people make.
@Suite struct JSONSyntaxCheckTests {
    func place(_ text: String) -> String? {
        do {
            try JSONSyntaxCheck.check(Array(text.utf8))
            return nil
        } catch {
            return error.description
        }
    }

    @Test func saysWhereAndWhatOnTheMistakesPeopleMake() {
        #expect(place("{\n  \"a\": 1,\n  \"b\": 2,\n}") == "line 4, column 1: a stray comma before '}'")
        #expect(place("{\"a\": [1, 2,]}") == "line 1, column 13: a stray comma before ']'")
        #expect(
            place("{\n \"CategoryName\": \"x\"\n \"RuleId\": \"y\"}")
                == "line 3, column 2: a comma is missing between two members")
        #expect(place("[{\"a\":1} {\"b\":2}]") == "line 1, column 10: a comma is missing between two elements")
        #expect(place("{\"a\": 1}}") == "line 1, column 9: more after the end of the JSON value")
        #expect(place("{\"a\": 'x'}") == "line 1, column 7: ''' where a value was expected")
        #expect(place("{\"é\": \"ü\", \"b\": tru}") == "line 1, column 17: 't' where a value was expected")
        #expect(
            place("{\"a\": \"line\nbreak\"}")
                == "line 1, column 12: a control character (U+000A) inside a string; write it escaped")
        #expect(place("{\"a\": 01}") == "line 1, column 8: a number with a leading zero")
        #expect(place("{\"a\": \"\\x\"}") == "line 1, column 8: '\\x' is not a JSON escape")
        #expect(place("{\"a\": \"\\ud800\"}") == "line 1, column 8: a high surrogate '\\u' escape without its low half")
        #expect(place("{\"a\": 1") == "line 1, column 8: the file ends inside an object")
        #expect(place("   ") == "line 1, column 4: the file is empty, where a JSON value was expected")
        #expect(
            place(String(repeating: "[", count: 501) + String(repeating: "]", count: 501))?.hasSuffix(
                "nested deeper than 500 levels") == true)
        #expect(place("\u{FEFF}{\"a\": [1.5e-3, -0, true, false, null, \"\\ud83d\\ude00 \\u00e9\"]}") == nil)
    }

    @Test func acceptsAndRefusesAsFoundationDoesOnGeneratedAndDamagedDocuments() {
        var random = SeededGenerator(seed: 1234)
        var disagreements: [String] = []
        var refused = 0
        var strayCommas = 0
        let cases = 20000
        for number in 0..<cases {
            var bytes = Array(Self.value(depth: 0, &random).utf8)
            if number % 4 != 0 { bytes = Self.damaged(bytes, &random) }
            let verdict = Result { () throws(JSONSyntaxError) in try JSONSyntaxCheck.check(bytes) }
            let ours = (try? verdict.get()) != nil
            let theirs = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            if !ours { refused += 1 }
            // Foundation reads a comma before `]` or `}`; RFC 8259, and so this check, do not.
            if case .failure(let error) = verdict, theirs, error.reason.hasPrefix("a stray comma before") {
                strayCommas += 1
            } else if ours != theirs {
                disagreements.append(
                    "ours \(ours), Foundation \(theirs): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
        print(
            "FIGURE json check: \(cases) documents (3 in 4 damaged), \(refused) refused, \(strayCommas) "
                + "with a stray comma that Foundation reads and RFC 8259 does not, \(disagreements.count) other disagreements with JSONSerialization"
        )
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).joined(separator: "\n"))")
    }

    static func value(depth: Int, _ random: inout SeededGenerator) -> String {
        let scalars = [
            "0", "-12", "3.25", "1e5", "-0.5E-2", "true", "false", "null", "\"\"", "\"a \\\"q\\\" \\n \\u00e9 é 😀\"",
            "\"\\ud83d\\ude00\"",
        ]
        switch Int.random(in: 0..<(depth > 4 ? 1 : 4), using: &random) {
        case 1:
            let count = Int.random(in: 0...3, using: &random)
            return "[" + (0..<count).map { _ in value(depth: depth + 1, &random) }.joined(separator: ", ") + "]"
        case 2, 3:
            let count = Int.random(in: 0...3, using: &random)
            let members = (0..<count).map { index in "\"k\(index)\" : " + value(depth: depth + 1, &random) }
            return "{\n  " + members.joined(separator: ",\n  ") + "\n}"
        default:
            return scalars.randomElement(using: &random)!
        }
    }

    static func damaged(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        let interesting = Array("{}[],:\"\\ \n0-.eE+tfnu".utf8) + [0x01, 0x7F, 0x80, 0xC3, 0xED, 0xFF]
        for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(interesting.randomElement(using: &random)!, at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }
}
