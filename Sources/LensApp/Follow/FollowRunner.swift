import AWSClient
import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensTerminal
import LensUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Consumes a source of one contact's segments: the full-screen view, or lines on standard
/// output with status on standard error. Returns when the analysis completes; throws one line on
/// a fatal error.
package enum FollowRunner {
    /// The full-screen view when stdout is a terminal and no format was asked for; else a stream.
    /// `log` is the `--log-file` log; `replay` connects the view's replay keys to a player.
    static func run(
        _ source: some ContactSource, session: SessionInfo, output: OutputSettings, log: FollowLog? = nil,
        replay: ReplayLink? = nil, actions: ContactActions = ContactActions(nil), console: Console = .standard
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
                    watched, session: session, alerts: alerts, mouse: output.ui.mouse, replay: replay, actions: actions,
                    notices: commands?.notices
                ) {
                    try ViewSaver.save($0)
                }
            } catch {
                console.note("lenstail: \(error); streaming text instead\n")
                return try await printLinesThenWait(
                    watched, format: .text, alerts: output.ui.alertPatterns, contactId: session.contactId,
                    commands: commands, console: console)
            }
            if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
            if let failure = watch.failure { throw FatalError(failure) }
            return
        }
        try await printLinesThenWait(
            events, format: output.format ?? .text, alerts: output.ui.alertPatterns, contactId: session.contactId,
            commands: commands, console: console)
    }

    /// The lines, each `--on-alert` failure on standard error, and at the end the commands still
    /// running waited for (a pipe's last alert is not cut short).
    private static func printLinesThenWait(
        _ events: AsyncStream<FollowEvent>, format: OutputFormat, alerts: [String], contactId: String,
        commands: FollowAlertCommands?, console: Console
    ) async throws {
        guard let commands else {
            return try await printLines(events, format: format, alerts: alerts, contactId: contactId, console: console)
        }
        let notes = Task { for await notice in commands.notices { console.note("lenstail: \(notice)\n") } }
        defer { notes.cancel() }
        try await printLines(events, format: format, alerts: alerts, contactId: contactId, console: console)
        await commands.finish()
        await notes.value
    }

    /// Prints the events as lines until the analysis completes; categories matching `alerts`
    /// (the `--alert` patterns) are marked. JSON lines name `contactId` (each transfer's leg, its own).
    package static func printLines(
        _ events: AsyncStream<FollowEvent>, format: OutputFormat, alerts: [String] = [], contactId: String? = nil,
        timeZone: LocalZone = .current, console: Console = .standard
    ) async throws {
        let matcher: AlertRules
        do { matcher = try AlertRules(patterns: alerts) } catch { throw FatalError(error.message) }
        var printer = LinePrinter(format: format, alerts: matcher, contactId: contactId, timeZone: timeZone)
        var waiting = false
        var announced = 1
        func write(_ lines: [String]) throws {
            if !lines.isEmpty { try console.out(lines.joined(separator: "\n") + "\n") }
        }
        for await event in events {
            switch event {
            case .segments(let segments, _):
                try write(printer.lines(for: segments))
            case .leg(let leg):
                // Said at once on stderr; the divider waits for the leg's first line (and agent).
                if leg.number != announced {
                    announced = leg.number
                    try console.err("lenstail: \(Self.transferLine(leg))\n")
                }
                printer.leg(leg)
            case .status(let status):
                // Waiting for the analysis is said once, not at every poll.
                let stillWaiting = if case .waitingForAnalysis = status { waiting } else { false }
                waiting = if case .waitingForAnalysis = status { true } else { false }
                if case .ended = status { try write(printer.flush()) }
                if !stillWaiting, let line = statusLine(status) { try console.err("lenstail: \(line)\n") }
            case .finished:
                try write(printer.flush())
                // An --alert that could never fire on this call is said once, at its end.
                if let note = matcher.unmatchedNote(categories: printer.categoryNames) { try console.err("lenstail: \(note)\n") }
                return
            case .failed(let message):
                try write(printer.flush())
                throw FatalError(message)
            }
        }
        // The stream ended without finishing: interrupted.
        throw Interrupted()
    }

    /// "the call was transferred to contact B (Retention); following the new leg".
    static func transferLine(_ leg: TransferLeg) -> String {
        "the call was transferred to contact \(TerminalText.sanitize(leg.contactId))"
            + (leg.queue.map { " (\(TerminalText.sanitize($0)))" } ?? "") + "; following the new leg"
    }

    /// Status worth a line on stderr while streaming.
    static func statusLine(_ status: FollowStatus) -> String? {
        switch status {
        case .retrying(let reason, let attempt, let retryAt, let throttled):
            let wait = max(0, retryAt.timeIntervalSinceNow)
            return "\(throttled ? "throttled" : "retrying") (attempt \(attempt)): "
                + "\(TerminalText.sanitize(reason)); next try in \(String(cFormat: "%.1f", wait)) s"
        case .restarted(let reason):
            return "the service rejected the page token (\(TerminalText.sanitize(reason))); starting again from the beginning"
        case .waitingForAnalysis(let since, _):
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
