import ContactLensModel
import Foundation
import LensExport

/// Writes a follow as a stream of lines: each new or changed segment once, as text or JSON lines.
struct StreamPrinter {
    let format: OutputFormat
    private var store = TranscriptStore()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(format: OutputFormat) { self.format = format }

    /// The lines a page adds; segments that change nothing print nothing.
    mutating func lines(for page: ListSegmentsResponse) -> [String] {
        var lines: [String] = []
        for segment in page.segments {
            // A chat's issues revise the messages they point at.
            let revised =
                segment.turnId.map { store.turn(id: $0) != nil } ?? { if case .chat(.issues) = segment { true } else { false } }()
            let change = store.apply([segment])
            guard !change.isEmpty else { continue }
            switch format {
            case .jsonl:
                if let line = jsonLine(segment) { lines.append(JSONLineEscaper.escape(line)) }
            case .text:
                lines += change.turns.map { TextLine.turn($0, revised: revised) }
                lines += change.categories.map { TextLine.category($0, store: store) }
                if let summary = change.summary { lines.append(TextLine.summary(summary)) }
                lines += change.unknownSegments.map { TextLine.unknown($0.kind) }
            }
        }
        return lines
    }

    /// The segment as the API wrote it; an unknown kind with its value's bytes as they came.
    private func jsonLine(_ segment: Segment) -> String? {
        switch segment {
        case .unknown(let kind, let json):
            guard let name = try? encoder.encode(kind) else { return nil }
            return "{" + String(decoding: name, as: UTF8.self) + ":" + json.description + "}"
        case .transcript, .categories, .postContactSummary, .utterance, .chat:
            return (try? encoder.encode(segment)).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}

/// The text format: one line per item, every untrusted string sanitised.
enum TextLine {
    static func turn(_ turn: Transcript, revised: Bool) -> String {
        TurnText.line(turn, time: TurnText.start(turn)) + (revised ? "  (revised)" : "")
    }

    static func category(_ match: CategoryMatch, store: TranscriptStore) -> String {
        if store.isChat {
            let times = TurnText.categoryTimes(match, in: store)
            return "\(times.first ?? "--:--:--")  CATEGORY \(TerminalText.sanitize(match.name))"
                + (times.isEmpty ? "" : " (on \(times.joined(separator: ", ")))")
        }
        let times = match.pointsOfInterest.map { CallTime.format(millis: $0.beginOffsetMillis) }.joined(separator: ", ")
        return "\(CallTime.format(millis: match.firstOffsetMillis ?? 0))  CATEGORY \(TerminalText.sanitize(match.name))"
            + (times.isEmpty ? "" : " (at \(times))")
    }

    static func summary(_ summary: PostContactSummary) -> String {
        if summary.status == .failed {
            let reason = summary.failureCode?.explanation ?? "no reason given"
            return "SUMMARY  FAILED: \(TerminalText.sanitize(reason))"
        }
        return "SUMMARY  \(TerminalText.sanitize(summary.status.rawValue)): "
            + TerminalText.sanitize(summary.content ?? "")
    }

    /// A segment of a kind this lenstail does not know: named, not shown.
    static func unknown(_ kind: String) -> String {
        "SEGMENT  \(TerminalText.sanitize(kind)) (a kind this version of lenstail does not show)"
    }
}
