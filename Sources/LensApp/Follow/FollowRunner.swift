import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensTerminal
import LensUI

/// Consumes a source of one contact's segments: the full-screen view, or lines on standard
/// output with status on standard error. Returns when the analysis completes; throws one line on
/// a fatal error.
package enum FollowRunner {
    /// The full-screen view when stdout is a terminal and no format was asked for; else a stream.
    /// `log` is the `--log-file` log; `replay` connects the view's replay keys to a player.
    static func run(
        _ source: some ContactSource, session: SessionInfo, output: OutputSettings, log: FollowLog? = nil,
        replay: ReplayLink? = nil, console: Console = .standard
    ) async throws {
        let events = log?.events(source.events()) ?? source.events()
        if output.format == nil, isatty(STDOUT_FILENO) == 1 {
            let watch = FailureWatch()
            let watched = watch.watch(events)
            let exit: TerminalExit
            do {
                // A bad --alert pattern is refused before the terminal opens, as the stream would refuse it.
                let alerts = try output.ui.alertRules()
                exit = try await CallTerminal.run(watched, session: session, alerts: alerts, replay: replay) {
                    try ViewSaver.save($0)
                }
            } catch {
                console.note("lenstail: \(error); streaming text instead\n")
                return try await stream(watched, format: .text, alerts: output.ui.alertPatterns, console: console)
            }
            if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
            if let failure = watch.failure { throw FatalError(failure) }
            return
        }
        try await stream(events, format: output.format ?? .text, alerts: output.ui.alertPatterns, console: console)
    }

    /// Prints the events as lines until the analysis completes; categories matching `alerts`
    /// (the `--alert` patterns) are marked.
    package static func stream(
        _ events: AsyncStream<FollowEvent>, format: OutputFormat, alerts: [String] = [],
        console: Console = .standard
    ) async throws {
        let matcher: AlertRules
        do { matcher = try AlertRules(patterns: alerts) } catch { throw FatalError(error.message) }
        var printer = StreamPrinter(format: format, alerts: matcher)
        var waiting = false
        for await event in events {
            switch event {
            case .segments(let segments, _):
                let lines = printer.lines(for: segments)
                if !lines.isEmpty { try console.out(lines.joined(separator: "\n") + "\n") }
            case .status(let status):
                // Waiting for the analysis is said once, not at every poll.
                let stillWaiting = if case .waitingForAnalysis = status { waiting } else { false }
                waiting = if case .waitingForAnalysis = status { true } else { false }
                if !stillWaiting, let line = statusLine(status) { try console.err("lenstail: \(line)\n") }
            case .finished:
                // An --alert that could never fire on this call is said once, at its end.
                if let note = matcher.unmatchedNote(categories: printer.categoryNames) { try console.err("lenstail: \(note)\n") }
                return
            case .failed(let message):
                throw FatalError(message)
            }
        }
        // The stream ended without finishing: interrupted.
        throw Interrupted()
    }

    /// Status worth a line on stderr while streaming.
    static func statusLine(_ status: FollowStatus) -> String? {
        switch status {
        case .retrying(let reason, let attempt, let retryAt, let throttled):
            let wait = max(0, retryAt.timeIntervalSinceNow)
            return "\(throttled ? "throttled" : "retrying") (attempt \(attempt)): "
                + "\(TerminalText.sanitize(reason)); next try in \(String(format: "%.1f", wait)) s"
        case .restarted(let reason):
            return "the service rejected the page token (\(TerminalText.sanitize(reason))); starting again from the beginning"
        case .waitingForAnalysis(let since):
            return "waiting for the contact's analysis to start (it starts when the call reaches an agent), "
                + "\(Int(max(0, -since.timeIntervalSinceNow))) s so far"
        case .ended(let reason):
            return TerminalText.sanitize(reason)
        case .warning(let text):
            return "warning: \(TerminalText.sanitize(text))"
        case .connecting, .live, .completed, .failed:
            return nil
        }
    }
}
