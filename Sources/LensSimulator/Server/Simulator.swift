import AWSSigV4
import FoundationEssentials
import Hummingbird
import Logging
import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The API emulator: serves ListRealtimeContactAnalysisSegments for a scenario on loopback.
/// The logic lives in `SimulatorCore`; this actor owns it and runs the Hummingbird server.
package actor Simulator {
    package let configuration: SimulatorConfiguration
    private var core: SimulatorCore
    private var serverTask: Task<Void, any Error>?
    /// The requests handled so far, oldest first: the latest `requestLogLimit` of them, so an
    /// emulator left running for days holds a bounded log.
    package var requestLog: [RequestRecord] { Array(requestRecords.suffix(configuration.requestLogLimit)) }
    /// Up to twice the limit, trimmed by half at a time: appending stays O(1) on average.
    private var requestRecords: [RequestRecord] = []
    /// The DescribeContact requests (`--channel auto` asks once per follow).
    package private(set) var describeLog: [RequestRecord] = []
    /// The MonitorContact requests, oldest first (tests assert the UserId and capabilities sent).
    package var monitorLog: [MonitorRequestRecord] { core.connect.monitors.log }
    /// The port bound by `start()`.
    package private(set) var port: Int?
    /// The port bound last, so a restart after `stop()` comes back where clients expect it.
    private var lastPort: Int?
    /// The listening socket, closed first by `stop()`: the port is free for a restart at once,
    /// whatever the server's graceful shutdown still waits for.
    private var listener: (any Channel)?

    package init(_ configuration: SimulatorConfiguration) {
        self.configuration = configuration
        self.core = SimulatorCore(configuration)
    }

    /// The endpoint URL clients should use, once started.
    package var endpoint: URL? { port.map { URL(string: "http://\(configuration.host):\($0)")! } }

    /// Starts listening and returns the bound port (a free one when the configured port is 0).
    /// After `stop()` it listens on the same port again and carries on with the same state
    /// (the call, its clock, the fault draws), as a service back from an outage.
    package func start() async throws -> Int {
        if let port { return port }
        let wanted = lastPort ?? configuration.port
        let (ports, portContinuation) = AsyncStream.makeStream(of: (port: Int, listener: any Channel).self)
        var quiet = Logger(label: "lenstail.simulator.http", factory: { _ in SwiftLogNoOpLogHandler() })
        quiet.logLevel = .critical
        let app = Application(
            responder: SimulatorResponder(simulator: self),
            configuration: .init(address: .hostname(configuration.host, port: wanted)),
            onServerRunning: { channel in
                portContinuation.yield((channel.localAddress?.port ?? 0, channel))
                portContinuation.finish()
            },
            logger: quiet)
        let task = Task {
            defer { portContinuation.finish() }
            try await app.run()
        }
        serverTask = task
        for await bound in ports {
            port = bound.port
            lastPort = bound.port
            listener = bound.listener
            return bound.port
        }
        serverTask = nil
        do { try await task.value } catch { throw SimulatorStartError(host: configuration.host, port: wanted, cause: error) }
        throw SimulatorStartError(host: configuration.host, port: wanted, cause: nil)
    }

    /// Stops the server and waits until it has closed.
    package func stop() async {
        guard let task = serverTask else { return }
        serverTask = nil
        port = nil
        try? await listener?.close()
        listener = nil
        task.cancel()
        // A graceful shutdown waits for open connections; a client that keeps one must not hold
        // the stop (and a restart on the same port) for ever. The listener closes first.
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = ResumeOnce(continuation)
            Task {
                _ = try? await task.value
                once.resume()
            }
            Task {
                try? await Task.sleep(for: .seconds(2))
                once.resume()
            }
        }
    }

    /// Handles one request through the core, logs it and records it.
    func handle(_ request: IncomingRequest) -> Outcome {
        let outcome = core.handle(request, at: configuration.now())
        // DescribeContact is another API with its own quota: kept apart from the segments' requests.
        if request.path.hasPrefix("/contacts/") {
            describeLog.append(outcome.record)
        } else {
            requestRecords.append(outcome.record)
            let limit = max(1, configuration.requestLogLimit)
            if requestRecords.count >= 2 * limit { requestRecords.removeFirst(requestRecords.count - limit) }
        }
        configuration.logger?.info("\(outcome.record)")
        return outcome
    }
}

/// The server stopped before it was listening (for example, the port is taken).
package struct SimulatorStartError: Error, CustomStringConvertible {
    package let host: String
    package let port: Int
    package let cause: (any Error)?

    package var description: String {
        switch (cause as? IOError)?.errnoCode {
        case EADDRINUSE: "port \(port) on \(host) is in use; pick another with --port (--port 0 picks a free one)"
        case EACCES: "port \(port) on \(host) needs privileges; pick one above 1023 with --port (--port 0 picks a free one)"
        default: "the emulator could not listen on \(host):\(port)" + (cause.map { ": \($0)" } ?? "")
        }
    }
}

/// Resumes a continuation the first time it is asked, and never again.
private final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<Void, Never>?>
    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = Mutex(continuation) }
    func resume() { continuation.withLock { $0.take() }?.resume() }
}
