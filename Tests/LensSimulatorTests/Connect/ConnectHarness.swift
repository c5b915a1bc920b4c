import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator

/// An emulator clock a test moves by hand (requests are signed at real time: keep it within the
/// 5-minute signature window).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date()

    var now: @Sendable () -> Date { { [self] in lock.withLock { current } } }

    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Our Amazon Connect client against a started emulator over loopback.
enum ConnectHarness {
    static func client(port: Int, credentials: AWSCredentials = DemoIdentity.credentials) -> ConnectClient {
        ConnectClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(credentials, source: "test"))
    }

    /// Runs `body` against an emulator of `configuration`, stopped afterwards.
    static func with<T>(
        _ configuration: SimulatorConfiguration, _ body: (Simulator, ConnectClient) async throws -> T
    ) async throws -> T {
        let simulator = Simulator(configuration)
        let port = try await simulator.start()
        do {
            let result = try await body(simulator, client(port: port))
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// The service error a call failed with, or nil when it did not fail that way.
    static func serviceError<T>(_ call: () async throws(ClientError) -> T) async -> ServiceError? {
        do {
            _ = try await call()
            return nil
        } catch {
            if case .service(let service) = error { return service }
            return nil
        }
    }

    /// Waits (polling, up to `timeout` for a hang) until `condition` holds.
    static func eventually(
        timeout: Duration = .seconds(30), _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
