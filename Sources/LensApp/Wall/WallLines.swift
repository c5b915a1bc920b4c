import ContactLensModel
import FoundationEssentials

/// The wall without a terminal: every event of every contact as a line tagged with its
/// ContactId (`--output jsonl`), or as text prefixed with the contact; alerts too, found by the
/// same rules as the wall's (`ContactAlerts`), with no view in between.
enum WallLines {
    /// One contact as the lines know it: its printer (and the store it merged), its alerts.
    struct Contact {
        var names: WallContactInfo?
        var printer: LinePrinter
        var alerts = ContactAlerts()
        /// The analysis completed, ended or failed.
        var isOver = false
    }

    static func print(
        _ events: AsyncStream<WallEvent>, rules: AlertRules, format: OutputFormat, endsWhenDone: Bool,
        feed: FeedState, closesAt: Date? = nil, alertWait: TimeInterval? = nil, onAlert: @Sendable (WallAlert) -> Void,
        console: Console, now: () -> Date = Date.init
    ) async throws {
        var contacts: [String: Contact] = [:]
        var queueAlerts = QueueWaitAlerts(threshold: alertWait)
        var queueProblem: String?
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
        func alertLine(_ alert: WallAlert) -> String {
            if format == .jsonl, let data = try? encoder.encode(["Alert": alert]) { return String(decoding: data, as: UTF8.self) }
            let who = alert.kind == .wait ? "queue \(alert.queue)" : TerminalText.sanitize(alert.contactId)
            return "\(who): alert: \(alert.detail)"
        }
        for await event in events {
            var lines: [String] = []
            switch event {
            case .contact(let id, let follow):
                open.insert(id)
                var contact = contacts[id] ?? Contact(printer: LinePrinter(format: format))
                switch follow {
                case .segments(let segments, _):
                    for line in contact.printer.lines(for: segments) {
                        lines.append(
                            format == .jsonl
                                ? "{\"ContactId\":\(json(id)),\(line.dropFirst())" : "\(TerminalText.sanitize(id)): \(line)")
                    }
                    for alert in contact.alerts.update(in: contact.printer.store, rules: rules) {
                        let record = WallAlert(alert, contactId: id, names: contact.names, at: now())
                        onAlert(record)
                        lines.append(alertLine(record))
                    }
                case .finished:
                    open.remove(id)
                    contact.isOver = true
                    lines.append(
                        format == .jsonl ? tagged(id, ["Status": "COMPLETED"]) : "\(TerminalText.sanitize(id)): analysis complete"
                    )
                case .failed(let message):
                    open.remove(id)
                    contact.isOver = true
                    lines.append(
                        format == .jsonl
                            ? tagged(id, ["Status": "FAILED", "Message": message])
                            : "\(TerminalText.sanitize(id)): failed: \(TerminalText.sanitize(message))")
                case .status(let status):
                    contact.isOver = status.endsTheFollow
                case .leg:
                    break
                }
                contacts[id] = contact
            case .floor(let infos), .named(let infos):
                for info in infos {
                    contacts[info.contactId, default: Contact(printer: LinePrinter(format: format))].names = info
                }
            case .listed(let id):
                if contacts[id] == nil { contacts[id] = Contact(printer: LinePrinter(format: format)) }
            case .transferred(let leg):
                // Before the new leg's first line, tagged with the new leg's contact.
                if format == .jsonl, let data = try? encoder.encode(leg) {
                    lines.append(
                        JSONLineEscaper.escape(
                            "{\"ContactId\":\(json(leg.contactId)),\"Transfer\":\(String(decoding: data, as: UTF8.self))}"))
                } else {
                    lines.append(
                        "\(TerminalText.sanitize(leg.contactId)): \(TextLine.leg(leg))"
                            + (leg.previousContactId.map { " from \(TerminalText.sanitize($0))" } ?? ""))
                }
            case .stream(.failed(let message)):
                throw FatalError(message)
            case .stream(.warning(let text)), .notice(let text):
                console.note("lenstail: \(TerminalText.sanitize(text))\n")
            case .queues(.figures(let figures, let at)):
                queueProblem = nil
                lines += figures.map { QueueLine.line($0, at: at, format: format) }
                for alert in queueAlerts.update(figures, at: now()) {
                    onAlert(alert)
                    lines.append(alertLine(alert))
                }
            case .queues(.problem(let text, _)):
                // Said once until the figures come back, not at every refresh.
                if text != queueProblem { console.note("lenstail: \(TerminalText.sanitize(text))\n") }
                queueProblem = text
            case .pace, .discovery, .stream:
                break
            }
            if !lines.isEmpty { try console.out(lines.joined(separator: "\n") + "\n") }
            let nothingLive = open.isEmpty && contacts.values.allSatisfy(\.isOver)
            // Like follow: it ends when nothing is live and nothing can start (a closed floor that
            // had no call left when the wall looked, too).
            if nothingLive, (endsWhenDone && feed.isDone && !contacts.isEmpty) || closesAt.map({ now() >= $0 }) == true {
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

extension FollowStatus {
    /// True for the states a follow does not leave: completed, ended, failed.
    var endsTheFollow: Bool {
        switch self {
        case .completed, .ended, .failed: true
        case .connecting, .waitingForAnalysis, .live, .retrying, .restarted, .warning: false
        }
    }
}
