import AWSClient
import AWSSigV4
import Foundation
import LensEngine
import LensRecording
import LensSimulator
import Logging

/// `lenstail simulate`: the API emulator served on loopback until interrupted.
package enum SimulatorService {
    package struct Settings: Sendable {
        package var scenarioFile: String?
        package var speed: PlaybackSpeed
        package var faults: String
        package var seed: UInt64
        package var rateLimit: Bool
        package var host: String
        package var port: Int
        /// One line per request on stderr; off by default, so a follow in the same terminal is not garbled.
        package var verbose = false
        /// One line per request appended to this private file.
        package var logFile: String?

        package init(
            scenarioFile: String?, speed: PlaybackSpeed, faults: String, seed: UInt64, rateLimit: Bool,
            host: String, port: Int, verbose: Bool = false, logFile: String? = nil
        ) {
            self.verbose = verbose
            self.logFile = logFile
            self.scenarioFile = scenarioFile
            self.speed = speed
            self.faults = faults
            self.seed = seed
            self.rateLimit = rateLimit
            self.host = host
            self.port = port
        }
    }

    /// The built-in demo call as a scenario file, a starting point for one's own.
    package static func printDemo(console: Console = .standard) throws {
        try console.out(String(decoding: try Scenario.demo.encoded(), as: UTF8.self) + "\n")
    }

    /// Serves until the task is cancelled; the banner names the address, the keys and the ids.
    package static func run(_ settings: Settings, console: Console = .standard) async throws {
        let plan: Scenario
        do {
            plan = try settings.scenarioFile.map { try Scenario.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .demo
        } catch {
            throw FatalError(String(describing: error))
        }
        var credentials = [DemoIdentity.credentials]
        if let own = try? await EnvironmentCredentialProvider(environment: .current).resolve() {
            credentials.append(own.credentials)
        }
        let logger = try requestLogger(settings)
        let faults: FaultPlan
        do { faults = try FaultPlan.parse(settings.faults) } catch { throw FatalError(error.description) }
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: plan, speed: settings.speed.factor, faults: faults, seed: settings.seed, credentials: credentials,
                rateLimit: settings.rateLimit ? .serviceQuota : nil, host: settings.host, port: settings.port, logger: logger))
        let bound = try await simulator.start()
        let contacts = plan.contacts.map { "--instance-id \($0.instanceId) --contact-id \($0.contactId)" }
        try console.err(
            """
            lenstail simulate: listening on http://\(settings.host):\(bound) (region \(DemoIdentity.region), speed \(settings.speed)\(settings.faults.isEmpty ? "" : ", faults \(settings.faults)"))
              access keys accepted: \(credentials.map(\.accessKeyId).joined(separator: ", "))
              contacts: \(contacts.joined(separator: "\n            "))

            """)
        // Serve until interrupted.
        while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
    }

    /// Where the request log goes: --log-file, stderr with --verbose, or nowhere.
    static func requestLogger(_ settings: Settings) throws -> Logger? {
        var logger: Logger
        if let path = settings.logFile {
            let file: PrivateFile
            do { file = try FileLogHandler.open(path: path) } catch { throw FatalError("--log-file: \(error.message)") }
            logger = Logger(label: "lenstail.simulate") { FileLogHandler(file: file, label: $0) }
        } else if settings.verbose {
            logger = Logger(label: "lenstail.simulate") { StreamLogHandler.standardError(label: $0) }
        } else {
            return nil
        }
        logger.logLevel = .info
        return logger
    }
}
