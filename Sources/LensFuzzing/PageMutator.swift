import ContactLensModel
import Foundation
import LensSimulator

/// Seeded mutations of API pages for fuzzing the client's decoder and the store: byte flips,
/// cuts, splices, hostile tokens, numbers that overflow, deep nesting. Same seed, same cases.
package struct PageMutator: Sendable {
    private var random: SeededGenerator
    private let corpus: [[UInt8]]

    /// `corpus`: valid bodies to start from (pages and error bodies).
    package init(seed: UInt64, corpus: [[UInt8]]) {
        random = SeededGenerator(seed: seed)
        self.corpus = corpus.isEmpty ? [Array("{\"Segments\":[]}".utf8)] : corpus
    }

    /// Pages of the demo call and the demo chat, and a few error bodies: a corpus to start from.
    package static var demoCorpus: [[UInt8]] {
        let segments = Scenario.demo.contacts[0].segments.map(\.segment)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]  // the same bytes every run, so a seed names a case
        var bodies = stride(from: 0, to: segments.count, by: 7).map { start in
            let page = ListSegmentsResponse(
                segments: Array(segments[start..<min(start + 7, segments.count)]),
                nextToken: start.isMultiple(of: 2) ? "djEuMC4xNC5hYmM" : nil)
            return Array((try? encoder.encode(page)) ?? Data())
        }
        // Pages of the chat API (V2): Channel, Status and the chat shapes.
        let chat = Scenario.chatDemo.contacts[0].segments.map(\.segment)
        bodies += stride(from: 0, to: chat.count, by: 5).map { start in
            let last = start + 5 >= chat.count
            let page = ListSegmentsResponse(
                segments: Array(chat[start..<min(start + 5, chat.count)]), nextToken: last ? nil : "djEuMC4xNC5hYmM",
                channel: "CHAT", status: last ? .completed : .inProgress)
            return Array((try? encoder.encode(page)) ?? Data())
        }
        bodies.append(Array(#"{"Message":"Rate exceeded"}"#.utf8))
        bodies.append(Array(#"{"__type":"com.amazon#InvalidRequestException:x","message":"bad"}"#.utf8))
        return bodies
    }

    /// Tokens that stress a JSON reader or the model's types.
    static let hostile: [String] = [
        "null", "true", "-0", "1e999", "-1e999", "99999999999999999999999", "-9223372036854775809", "0.5",
        "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u001b]0;x\\u0007\"", "[]", "{}", "\"\u{202E}\"", "NaN",
        "\"\\", "{\"Transcript\":{}}", ",", ":", "\u{FEFF}", "\"" + String(repeating: "A", count: 70_000) + "\"",
    ]

    /// The next mutated body.
    package mutating func next() -> [UInt8] {
        var body = corpus[Int.random(in: 0..<corpus.count, using: &random)]
        for _ in 0..<Int.random(in: 1...3, using: &random) { body = mutate(body) }
        return body
    }

    private mutating func mutate(_ body: [UInt8]) -> [UInt8] {
        var body = body
        let point = body.isEmpty ? 0 : Int.random(in: 0..<body.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0:  // flip bits
            for _ in 0..<Int.random(in: 1...8, using: &random) where !body.isEmpty {
                body[Int.random(in: 0..<body.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
        case 1:  // cut
            body = Array(body.prefix(point))
        case 2:  // insert a hostile token
            body.insert(contentsOf: Array(Self.hostile[Int.random(in: 0..<Self.hostile.count, using: &random)].utf8), at: point)
        case 3:  // delete a range
            body.removeSubrange(point..<min(body.count, point + Int.random(in: 1...64, using: &random)))
        case 4:  // duplicate a range
            let end = min(body.count, point + Int.random(in: 1...256, using: &random))
            body.insert(contentsOf: body[point..<end], at: end)
        case 5:  // replace a value after a colon with a hostile token
            if let colon = body[point...].firstIndex(of: UInt8(ascii: ":")) {
                let end = body[(colon + 1)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? body.count
                body.replaceSubrange(
                    (colon + 1)..<end, with: Array(Self.hostile[Int.random(in: 0..<Self.hostile.count, using: &random)].utf8))
            }
        case 6:  // nest deeply
            let depth = Int.random(in: 1...5_000, using: &random)
            body = Array(repeating: UInt8(ascii: "["), count: depth) + body + Array(repeating: UInt8(ascii: "]"), count: depth)
        case 7:  // splice with another body
            let other = corpus[Int.random(in: 0..<corpus.count, using: &random)]
            body = Array(body.prefix(point)) + other.suffix(other.isEmpty ? 0 : Int.random(in: 0...other.count, using: &random))
        default:  // random bytes
            body.insert(
                contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) },
                at: point)
        }
        return body
    }
}
