import ContactLensModel
import FoundationEssentials
import LensBasics
import LensExport

/// Writes a follow as a stream of lines: each new or changed segment once, as text or JSON lines.
/// A category that `--alert` names is marked: `ALERT` in text, an `Alerts` field in JSON lines.
/// Given the contact, every JSON line names its leg's `ContactId`; a transfer's new leg is a
/// divider line (text) or a `Transfer` line (JSON), written just before the leg's first line.
struct LinePrinter {
    let format: OutputFormat
    let alerts: AlertRules
    /// The leg's contact, named on every JSON line; nil leaves lines untagged (the wall tags them).
    private(set) var contactId: String?
    let timeZone: LocalZone
    /// Every segment printed so far, merged.
    private(set) var store = TranscriptStore()
    /// A new leg not written yet: it is, before the leg's first line (or at the end).
    private var pendingLeg: TransferLeg?
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    init(format: OutputFormat, alerts: AlertRules = .none, contactId: String? = nil, timeZone: LocalZone = .current) {
        self.format = format
        self.alerts = alerts
        self.contactId = contactId
        self.timeZone = timeZone
    }

    /// A transfer's new leg (or the same leg, better known): what follows is its contact's.
    mutating func leg(_ leg: TransferLeg) {
        let written =
            pendingLeg == nil && store.legs.last.map { $0.number == leg.number && $0.contactId == leg.contactId } == true
        store.beginLeg(leg)
        if contactId != nil { contactId = leg.contactId }
        if !written { pendingLeg = leg }
    }

    /// The new leg's line, if it was not written yet (the follow ends before the leg said anything).
    mutating func flush() -> [String] {
        guard let leg = pendingLeg else { return [] }
        pendingLeg = nil
        return [legLine(leg)]
    }

    /// The categories the call matched so far, in the order they first matched.
    var categoryNames: [String] { store.categories.map(\.name) }

    /// The lines some segments add; segments that change nothing print nothing.
    mutating func lines(for segments: [Segment]) -> [String] {
        let lines = segmentLines(segments)
        return lines.isEmpty ? [] : flush() + lines
    }

    private mutating func segmentLines(_ segments: [Segment]) -> [String] {
        var lines: [String] = []
        for segment in segments {
            // A chat's issues revise the messages they point at.
            let revised =
                segment.turnId.map { store.turn(id: $0) != nil } ?? { if case .chat(.issues) = segment { true } else { false } }()
            let change = store.apply([segment])
            guard !change.isEmpty else { continue }
            let alerted = change.categories.map(\.name).filter(alerts.matches)
            switch format {
            case .jsonl:
                if let line = jsonLine(segment, alerts: alerted) { lines.append(JSONLineEscaper.escape(line)) }
            case .text:
                lines += change.turns.map { TextLine.turn($0, revised: revised) }
                lines += change.categories.map { TextLine.category($0, store: store, alert: alerts.matches($0.name)) }
                if let summary = change.summary { lines.append(TextLine.summary(summary)) }
                lines += change.unknownSegments.map { TextLine.unknown($0.kind) }
            }
        }
        return lines
    }

    /// The segment as the API wrote it; an unknown kind with its value's bytes as they came. The
    /// names of alerted categories follow the segment as `"Alerts":[…]`.
    private func jsonLine(_ segment: Segment, alerts: [String]) -> String? {
        let line: String?
        switch segment {
        case .unknown(let kind, let json):
            guard let name = try? encoder.encode(kind) else { return nil }
            line = "{" + String(decoding: name, as: UTF8.self) + ":" + json.description + "}"
        case .transcript, .categories, .postContactSummary, .utterance, .chat:
            line = (try? encoder.encode(segment)).map { String(decoding: $0, as: UTF8.self) }
        }
        guard var line else { return nil }
        if !alerts.isEmpty, let names = try? encoder.encode(alerts) {
            line = line.dropLast() + ",\"Alerts\":" + String(decoding: names, as: UTF8.self) + "}"
        }
        return tagged(line)
    }

    /// `{…,"ContactId":"…"}` when the printer names its contact: last, beside `Alerts`, so the
    /// line still begins with the API's own member.
    private func tagged(_ line: String) -> String {
        guard let contactId, let id = try? encoder.encode(contactId), line.hasSuffix("}") else { return line }
        return line.dropLast() + ",\"ContactId\":" + String(decoding: id, as: UTF8.self) + "}"
    }

    /// "— transferred to Retention · frank.moreau · 14:03:12 —", or `{"Transfer":{…},"ContactId":…}`.
    private func legLine(_ leg: TransferLeg) -> String {
        switch format {
        case .text:
            return TextLine.leg(leg, timeZone: timeZone)
        case .jsonl:
            let transfer = (try? encoder.encode(leg)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return JSONLineEscaper.escape(tagged("{\"Transfer\":" + transfer + "}"))
        }
    }
}

/// The text format: one line per item, every untrusted string sanitised.
enum TextLine {
    /// The divider between two legs of a transferred call.
    static func leg(_ leg: TransferLeg, timeZone: LocalZone = .current) -> String {
        "— \(leg.dividerText(timeZone: timeZone)) —"
    }

    static func turn(_ turn: Turn, revised: Bool) -> String {
        TurnText.line(turn, time: TurnText.start(turn)) + (revised ? "  (revised)" : "")
    }

    /// A category is printed when it matched, after the turns that made it match: stamped with
    /// the latest turn's time when that is later than its first point, so the times of the
    /// stream never go back; the points themselves follow in brackets.
    static func category(_ match: CategoryMatch, store: TranscriptStore, alert: Bool = false) -> String {
        let latest = store.turns.last?.time
        if store.isChat {
            let times = TurnText.categoryTimes(match, in: store)
            return "\(latest?.start() ?? times.first ?? "--:--:--")  CATEGORY \(TerminalText.sanitize(match.name))"
                + (times.isEmpty ? "" : " (on \(times.joined(separator: ", ")))") + (alert ? "  ALERT" : "")
        }
        var stamp = match.firstOffsetMillis ?? 0
        if case .callOffset(let begin, _)? = latest { stamp = max(stamp, begin) }
        let times = match.pointsOfInterest.map { CallTime.format(millis: $0.beginOffsetMillis) }.joined(separator: ", ")
        return "\(CallTime.format(millis: stamp))  CATEGORY \(TerminalText.sanitize(match.name))"
            + (times.isEmpty ? "" : " (at \(times))") + (alert ? "  ALERT" : "")
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
