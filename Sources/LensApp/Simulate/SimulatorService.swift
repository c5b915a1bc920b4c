import AWSClient
import AWSSigV4
import FoundationEssentials
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
            plan = try settings.scenarioFile.map { try Scenario.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .served
        } catch {
            throw FatalError(String(describing: error))
        }
        var credentials = [DemoIdentity.credentials]
        let own = try? await EnvironmentCredentialProvider(environment: .current).resolve().credentials
        if let own, own.accessKeyId != DemoIdentity.accessKeyId { credentials.append(own) }
        let logger = try requestLogger(settings)
        let faults: FaultPlan
        do { faults = try FaultPlan.parse(settings.faults) } catch { throw FatalError(error.description) }
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: plan, speed: settings.speed.factor, faults: faults, seed: settings.seed, credentials: credentials,
                rateLimit: settings.rateLimit ? .serviceQuota : nil, host: settings.host, port: settings.port, logger: logger))
        let bound = try await simulator.start()
        try console.err(banner(plan, settings: settings, port: bound, ownKey: credentials.count > 1 ? own?.accessKeyId : nil))
        // Serve until interrupted.
        while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
    }

    /// The address, the keys accepted and what to ask about. The demo key is no AWS key (it works
    /// here only), so its secret is printed, marked as such, to be pasted into a shell.
    static func banner(_ plan: Scenario, settings: Settings, port: Int, ownKey: String?) -> String {
        let endpoint = "http://\(settings.host):\(port)"
        var lines = [
            "lenstail simulate: listening on \(endpoint) (region \(DemoIdentity.region), speed \(settings.speed)"
                + (settings.faults.isEmpty ? "" : ", faults \(settings.faults)") + ")",
            "  fake demo credentials, accepted only here: export AWS_ACCESS_KEY_ID=\(DemoIdentity.accessKeyId)"
                + " AWS_SECRET_ACCESS_KEY=\(DemoIdentity.secretAccessKey) AWS_DEFAULT_REGION=\(DemoIdentity.region)",
        ]
        if let ownKey { lines.append("  also accepted: your AWS_ACCESS_KEY_ID \(ownKey)") }
        let floor = plan.floor.map { Set($0.calls.map(\.contactId)) } ?? []
        let shown = plan.contacts.filter { !floor.contains($0.contactId) }.prefix(10)
        lines.append("  contacts:")
        lines += shown.map { "    --instance-id \($0.instanceId) --contact-id \($0.contactId)" }
        if plan.contacts.count - floor.count > shown.count {
            lines.append("    … and \(plan.contacts.count - floor.count - shown.count) more")
        }
        if let floor = plan.floor, let instance = plan.contacts.first(where: { $0.contactId == floor.calls.first?.contactId }) {
            let queues = floor.queues.map(\.name).joined(separator: ", ")
            lines.append("  a floor of \(floor.calls.count) calls on \(queues): lenstail wall --endpoint-url \(endpoint)")
            lines.append("    --instance-id \(instance.instanceId) --queue \(floor.queues.first?.name ?? "Billing")")
        }
        return lines.joined(separator: "\n") + "\n"
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
