import ContactLensModel
import Foundation
import LensUI

/// The wall without a terminal: every event of every contact as a line tagged with its
/// ContactId (`--output jsonl`), or as text prefixed with the contact; alerts too.
enum WallStream {
    static func print(
        _ events: AsyncStream<WallEvent>, state initial: WallState, format: OutputFormat, endsWhenDone: Bool,
        feed: FeedState, onAlert: @Sendable (WallAlert) -> Void, console: Console
    ) async throws {
        var state = initial
        var printers: [String: StreamPrinter] = [:]
        var open = Set<String>()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        func tagged(_ id: String, _ fields: [String: String]) -> String {
            var all = fields
            all["ContactId"] = id
            let data = (try? encoder.encode(all)) ?? Data("{}".utf8)
            return JSONLineEscaper.escape(String(decoding: data, as: UTF8.self))
        }
        for await event in events {
            var lines: [String] = []
            switch event {
            case .contact(let id, let follow):
                open.insert(id)
                switch follow {
                case .segments(let segments, _):
                    var printer = printers[id] ?? StreamPrinter(format: format)
                    for line in printer.lines(for: segments) {
                        lines.append(
                            format == .jsonl
                                ? "{\"ContactId\":\(json(id)),\(line.dropFirst())" : "\(TerminalText.sanitize(id)): \(line)")
                    }
                    printers[id] = printer
                case .finished:
                    open.remove(id)
                    lines.append(
                        format == .jsonl ? tagged(id, ["Status": "COMPLETED"]) : "\(TerminalText.sanitize(id)): analysis complete"
                    )
                case .failed(let message):
                    open.remove(id)
                    lines.append(
                        format == .jsonl
                            ? tagged(id, ["Status": "FAILED", "Message": message])
                            : "\(TerminalText.sanitize(id)): failed: \(TerminalText.sanitize(message))")
                case .status, .leg:
                    break
                }
            case .stream(.failed(let message)):
                throw FatalError(message)
            case .stream(.warning(let text)):
                console.note("lenstail: \(TerminalText.sanitize(text))\n")
            case .floor, .added, .pace, .discovery, .stream:
                break
            }
            for effect in reduceWall(into: &state, .engine(event)) {
                guard case .alert(let alert) = effect else { continue }
                onAlert(alert)
                if format == .jsonl, let data = try? encoder.encode(["Alert": alert]) {
                    lines.append(String(decoding: data, as: UTF8.self))
                } else {
                    lines.append("\(TerminalText.sanitize(alert.contactId)): alert: \(alert.detail)")
                }
            }
            if !lines.isEmpty { try console.out(lines.joined(separator: "\n") + "\n") }
            if endsWhenDone, feed.isDone, open.isEmpty, !state.rows.isEmpty, state.rows.values.allSatisfy({ $0.call.isOver }) {
                return
            }
        }
        throw Interrupted()
    }

    private static func json(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
