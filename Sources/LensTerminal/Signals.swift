import Dispatch
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT, SIGTERM and SIGHUP for the whole process. While the full-screen view is open they go
/// to it, so it restores the terminal and lenstail exits 128 + the signal; otherwise the hooks
/// run (stopping child processes such as a credential_process) and the signal takes its
/// default course. Installed from a nonisolated function (a handler created in async main would
/// be @MainActor and trap) and kept alive for the process: a released source drops the signal.
package final class Signals: Sendable {
    package static let shared = Signals()
    static let numbers: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private struct Routing {
        var sources: [any DispatchSourceSignal] = []
        var view: (@Sendable (Int32) -> Void)?
        var beforeDying: [@Sendable () -> Void] = []
    }

    private let routing = Mutex(Routing())
    private let queue = DispatchQueue(label: "lenstail.signals")

    /// Takes the signals over (once; before curses opens, so it leaves them alone).
    package nonisolated func install(beforeDying hook: @escaping @Sendable () -> Void = {}) {
        routing.withLock { routing in
            routing.beforeDying.append(hook)
            guard routing.sources.isEmpty else { return }
            routing.sources = Self.numbers.map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [self] in deliver(number) }
                source.resume()
                return source
            }
        }
    }

    /// Sends the signals to `handler` until `release` is called (the view is open meanwhile).
    package func route(to handler: @escaping @Sendable (Int32) -> Void) {
        install()
        routing.withLock { $0.view = handler }
    }

    package func release() { routing.withLock { $0.view = nil } }

    private func deliver(_ number: Int32) {
        let (view, hooks) = routing.withLock { ($0.view, $0.beforeDying) }
        if let view { return view(number) }
        for hook in hooks { hook() }
        // Die of the signal now, on this thread: unblocked here (a parent may have left it
        // blocked, and dispatch's threads block it), so nothing else runs on in between.
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
    }
}
