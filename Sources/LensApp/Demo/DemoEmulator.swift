import AWSClient
import FoundationEssentials
import LensSimulator

/// The emulator the demos play against, in-process over real HTTP and real SigV4 under the
/// service's quota, and the clients that talk to it as they would to AWS (one shared offset to
/// its clock): `demo` follows one of its contacts, `demo --wall` watches its floor.
struct DemoEmulator {
    static let credentialSource = "the demo's built-in key"

    let clients: WallClients
    /// The emulator's S3: the instance's call-recordings bucket with the contacts' analysis files.
    let s3: S3Client

    /// Listening in on the emulator: its Amazon Connect and its STS, which says the caller is
    /// rosa.mendes (a supervisor) unless `--user` says otherwise.
    func listenClients(_ settings: ListenSettings) -> ListenClients {
        let connect = ConnectClient(
            endpoint: clients.connect.endpoint, region: DemoIdentity.region, credentials: clients.connect.credentials,
            clock: clients.connect.service.clock)
        return ListenClients(
            connect: connect, sts: STSClient(endpoint: clients.connect.endpoint, region: DemoIdentity.region),
            instanceId: DemoIdentity.instanceId, settings: settings)
    }

    /// Starts the emulator playing `scenario`, runs `body` against it and stops it, whatever happens.
    static func run<T>(
        _ scenario: Scenario, speed: Double, faults: FaultPlan = .none, _ body: (DemoEmulator) async throws -> T
    ) async throws -> T {
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: scenario, speed: speed, faults: faults, seed: .random(in: 0...UInt64.max), rateLimit: .serviceQuota))
        let port = try await simulator.start()
        let endpoint = URL(string: "http://127.0.0.1:\(port)")!
        let credentials = StaticCredentialProvider(DemoIdentity.credentials, source: credentialSource)
        let clock = ClockCorrection()
        let clients = WallClients(
            lens: ContactLensClient(
                endpoint: endpoint, region: DemoIdentity.region, credentials: credentials, timeout: .seconds(10),
                now: Date.init, clock: clock),
            chat: ChatSegmentsClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials, clock: clock),
            connect: ConnectDirectoryClient(
                endpoint: endpoint, region: DemoIdentity.region, credentials: credentials, clock: clock),
            place: "demo emulator 127.0.0.1:\(port)")
        let s3 = S3Client(
            region: DemoIdentity.region, configuredEndpoint: endpoint, credentials: credentials,
            transport: AWSTransport(timeout: .seconds(10)), clock: clock)
        do {
            let result = try await body(DemoEmulator(clients: clients, s3: s3))
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }
}
