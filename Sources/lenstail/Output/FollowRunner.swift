import ArgumentParser
import ContactLensModel
import Foundation
import LensTerminal
import LensUI

/// Consumes a follow's events: streams lines to stdout and status to stderr.
/// Returns when the analysis completes; throws one line on a fatal error.
enum FollowRunner {
    /// The full-screen view when stdout is a terminal and no format was asked for; else a stream.
    /// `replay` connects the view's replay keys to a player.
    static func run(_ events: AsyncStream<FollowEvent>, session: SessionInfo, options: FollowOptions,
                    replay: ReplayLink? = nil) async throws {
        let events = try options.log.logged(events, context: ["instance": session.instanceId,
                                                               "contact": session.contactId, "endpoint": session.endpoint])
        if options.output == nil, isatty(STDOUT_FILENO) == 1 {
            let watch = FailureWatch()
            let watched = watch.watch(events)
            let exit: TerminalExit
            do {
                let controls = ViewControls(replay: replay) { try ViewSaver.save($0) }
                exit = try await TerminalApp.run(session: session, options: options.ui, events: watched, controls: controls)
            } catch {
                Console.err("lenstail: \(error); streaming text instead\n")
                return try await stream(watched, format: .text)
            }
            if exit == .interrupted { throw ExitCode(130) }
            if let failure = watch.failure { throw FatalError(failure) }
            return
        }
        try await stream(events, format: options.output ?? .text)
    }

    static func stream(_ events: AsyncStream<FollowEvent>, format: OutputFormat) async throws {
        var printer = StreamPrinter(format: format)
        for await event in events {
            switch event {
            case .page(let page, _, _):
                let lines = printer.lines(for: page)
                if !lines.isEmpty { Console.out(lines.joined(separator: "\n") + "\n") }
            case .status(let status):
                if let line = statusLine(status) { Console.err("lenstail: \(line)\n") }
            case .finished:
                return
            case .failed(let message):
                throw FatalError(message)
            }
        }
        // The stream ended without finishing: interrupted.
        throw ExitCode(130)
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
        case .connecting, .live, .completed, .failed:
            return nil
        }
    }
}

/// A fatal error: printed as one line "lenstail: error: …", exit status 1.
struct FatalError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = TerminalText.sanitize(message) }
}

/// Unbuffered writes, so a pipe sees each page as it arrives.
enum Console {
    static func out(_ text: String) { write(text, to: .standardOutput) }
    static func err(_ text: String) { write(text, to: .standardError) }

    /// A reader that went away (`lenstail … | head`) ends lenstail quietly, as it ends `cat`;
    /// Foundation's non-throwing write would crash on the broken pipe instead.
    private static func write(_ text: String, to handle: FileHandle) {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { exit(0) }
    }
}
