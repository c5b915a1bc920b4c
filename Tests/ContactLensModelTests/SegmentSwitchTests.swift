import Foundation
import Testing

/// A test target cannot add a case to `Segment` (Swift enums are closed to other modules), so
/// the proof that ARCHITECTURE.md's "Adding a segment kind" list is complete is the compiler's:
/// every switch over segments is exhaustive, so a new case is a build error at each place that
/// must handle it. This test keeps it so: no switch over segments (or their kinds) has a
/// `default:` that would swallow a new kind in silence.
@Suite struct SegmentSwitchTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    @Test func everySwitchOverSegmentsIsExhaustiveWithoutDefault() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var switches = 0
        var offenders: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for body in Self.switchBodies(in: source) where Self.isOverSegments(body) {
                switches += 1
                if Self.topLevelLines(of: body).contains(where: { $0.hasPrefix("default:") || $0.hasPrefix("@unknown default") })
                {
                    offenders.append(file.lastPathComponent)
                }
            }
        }
        print("FIGURE segment switches: \(switches) over segments in Sources, \(offenders.count) with a default")
        #expect(switches >= 10, "found the switches over segments (\(switches))")
        #expect(offenders.isEmpty, "a default: in a switch over segments: \(offenders)")
    }

    /// The check itself finds a default, nested or not, and only at the switch's own level.
    @Test func theCheckSeesADefault() {
        let source = """
            switch segment {
            case .transcript(let t): if t.id.isEmpty { return }
            case .postContactSummary: break
            default: break
            }
            switch segment {
            case .transcript, .postContactSummary: switch x { default: break }
            case .categories, .utterance, .unknown: break
            }
            """
        let bodies = Self.switchBodies(in: source).filter(Self.isOverSegments)
        #expect(bodies.count == 2)
        #expect(bodies.map { Self.topLevelLines(of: $0).contains { $0.hasPrefix("default:") } } == [true, false])
    }

    /// A switch over `Segment` names its transcript and summary cases; one over `Segment.Kind` too.
    static func isOverSegments(_ body: String) -> Bool {
        let lines = topLevelLines(of: body)
        let names = lines.filter { $0.hasPrefix("case ") }.joined(separator: " ")
        return names.contains(".transcript") && names.contains(".postContactSummary")
    }

    /// The text between the braces of each `switch … {`.
    static func switchBodies(in source: String) -> [String] {
        var bodies: [String] = []
        var searchFrom = source.startIndex
        while let found = source.range(
            of: #"\bswitch\b[^{\n]*\{"#, options: .regularExpression, range: searchFrom..<source.endIndex)
        {
            var depth = 1
            var index = found.upperBound
            while index < source.endIndex, depth > 0 {
                if source[index] == "{" { depth += 1 } else if source[index] == "}" { depth -= 1 }
                index = source.index(after: index)
            }
            bodies.append(String(source[found.upperBound..<source.index(before: index)]))
            searchFrom = found.upperBound
        }
        return bodies
    }

    /// The lines of a body outside any nested braces, trimmed.
    static func topLevelLines(of body: String) -> [String] {
        var depth = 0
        var lines: [String] = []
        var current = ""
        for character in body {
            if character == "\n" {
                if depth == 0 { lines.append(current.trimmingCharacters(in: .whitespaces)) }
                current = ""
                continue
            }
            if character == "{" { depth += 1 }
            if depth == 0 { current.append(character) }
            if character == "}" { depth = max(0, depth - 1) }
        }
        if depth == 0 { lines.append(current.trimmingCharacters(in: .whitespaces)) }
        return lines
    }
}
