import ContactLensModel
import FoundationEssentials

/// One queue's figures as a line of the wall without a terminal: `{"Queue":{…},"Time":…}` with
/// `--output jsonl` (the figures under the API's metric names, the oldest wait in seconds), or a
/// sentence with `--output text`.
enum QueueLine {
    private struct Record: Encodable {
        var queue: QueueFigures
        var time: Date
        enum CodingKeys: String, CodingKey {
            case queue = "Queue"
            case time = "Time"
        }
    }

    static func line(_ figures: QueueFigures, at time: Date, format: OutputFormat) -> String {
        guard format == .jsonl else { return text(figures) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(Record(queue: figures, time: time))) ?? Data("{}".utf8)
        return JSONLineEscaper.escape(String(decoding: data, as: UTF8.self))
    }

    static func text(_ figures: QueueFigures) -> String {
        guard figures.hasData else { return "queue \(figures.name): no data" }
        func n(_ value: Int?) -> String { value.map(String.init) ?? "?" }
        let oldest = figures.waiting == 0 ? "" : ", oldest \(figures.oldestWait.map(WallAlert.seconds) ?? "?")"
        return "queue \(figures.name): \(n(figures.waiting)) waiting\(oldest); agents \(n(figures.agentsAvailable))/"
            + "\(n(figures.agentsOnline)) available, \(n(figures.agentsOnContact)) on contact, "
            + "\(n(figures.agentsAfterContactWork)) in after-contact work"
    }
}
