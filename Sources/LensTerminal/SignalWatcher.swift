import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into inbox events so the run loop restores the terminal.
/// Installed from a nonisolated function (a handler created in async main would be @MainActor
/// and trap), and kept alive explicitly: a released source silently drops the signal.
final class SignalWatcher: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private let sources: [any DispatchSourceSignal]

    nonisolated init(queue: DispatchQueue, onSignal: @escaping @Sendable () -> Void) {
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)  // before initscr, so ncurses does not install its own handlers
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: onSignal)
            source.resume()
            return source
        }
    }

    /// Stops watching and gives the signals their default action back.
    func cancel() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
