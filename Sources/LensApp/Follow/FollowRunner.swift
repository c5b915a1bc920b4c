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
        var events = log?.events(source.events()) ?? source.events()
        var commands: FollowAlertCommands?
        if let command = output.onAlert {
            let rules: AlertRules
            do { rules = try output.ui.alertRules() } catch { throw FatalError(error.message) }
            commands = FollowAlertCommands(command: command, contactId: session.contactId, rules: rules, log: log)
        }
        if let commands { events = commands.watch(events) }
        if output.format == nil, isatty(STDOUT_FILENO) == 1 {
            let watch = FailureWatch()
            let watched = watch.watch(events)
            let exit: TerminalExit
            do {
                // A bad --alert pattern is refused before the terminal opens, as the stream would refuse it.
                let alerts = try output.ui.alertRules()
                exit = try await CallTerminal.run(
                    watched, session: session, alerts: alerts, replay: replay, notices: commands?.notices
                ) {
                    try ViewSaver.save($0)
                }
            } catch {
                console.note("lenstail: \(error); streaming text instead\n")
                return try await streamThenWait(
                    watched, format: .text, alerts: output.ui.alertPatterns, commands: commands, console: console)
            }
            if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
            if let failure = watch.failure { throw FatalError(failure) }
            return
        }
        try await streamThenWait(
            events, format: output.format ?? .text, alerts: output.ui.alertPatterns, commands: commands, console: console)
    }

    /// The lines, each `--on-alert` failure on standard error, and at the end the commands still
    /// running waited for (a pipe's last alert is not cut short).
    private static func streamThenWait(
        _ events: AsyncStream<FollowEvent>, format: OutputFormat, alerts: [String], commands: FollowAlertCommands?,
        console: Console
    ) async throws {
        guard let commands else { return try await stream(events, format: format, alerts: alerts, console: console) }
        let notes = Task { for await notice in commands.notices { console.note("lenstail: \(notice)\n") } }
        defer { notes.cancel() }
        try await stream(events, format: format, alerts: alerts, console: console)
        await commands.finish()
        await notes.value
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
