import ArgumentParser
import LensApp
import LensEngine
import LensSimulator

/// `lenstail simulate`: serve the API on loopback for other tools (lenstail, the AWS CLI, boto3).
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a local emulator of the Contact Lens real-time API on loopback.",
        discussion: """
            It accepts requests signed with the demo key, and with the credentials
            in its own environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY):
            start it and the client with the same made-up key.

            Examples:
              lenstail simulate --port 8123
              lenstail simulate --scenario my-call.json --speed 4 --faults throttle=0.2
              lenstail simulate --to-s3 s3://my-bucket --endpoint-url http://127.0.0.1:5000
              export AWS_ACCESS_KEY_ID=AKIDLOCAL AWS_SECRET_ACCESS_KEY=local-secret
              lenstail simulate --port 8123 &
              aws connect-contact-lens list-realtime-contact-analysis-segments \\
                --endpoint-url http://127.0.0.1:8123 --region us-east-1 \\
                --instance-id … --contact-id …
            """
    )

    @Option(help: ArgumentHelp("TCP port to listen on (0 picks a free one).", valueName: "port"))
    var port: Int = 8123

    @Option(help: ArgumentHelp("Loopback address to listen on.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(
        help: ArgumentHelp("A scenario JSON file (see Docs/SCENARIOS.md); default: the built-in demo call.", valueName: "file"),
        completion: .file())
    var scenario: String?

    @Option(help: ArgumentHelp(SpeedOption.help, valueName: "factor"), transform: SpeedOption.parse)
    var speed: PlaybackSpeed = .times(1)

    @Option(help: ArgumentHelp(FaultPlan.help, valueName: "plan"))
    var faults: String = ""

    @Flag(help: "Log every request on stderr (by default only the banner is printed).")
    var verbose = false

    @OptionGroup var log: LogOptions

    @Option(
        help: ArgumentHelp(
            "Seed for the fault draws and, with --to-kinesis, the contacts' ids, to reproduce a run (default: faults from seed 1, new contact ids every run).",
            valueName: "n"))
    var seed: UInt64?

    @Flag(inversion: .prefixedNo, help: "Throttle like the real quota (1 request/s, burst 2, per access key).")
    var rateLimit = true

    @Flag(help: "Print the built-in demo call as a scenario file and exit (a starting point for your own).")
    var printDemo = false

    @Option(
        name: .customLong("to-kinesis"),
        help: ArgumentHelp(
            "Publish the calls into this Kinesis data stream (name or ARN) instead of serving the API.", valueName: "stream"))
    var toKinesis: String?

    @Option(
        name: .customLong("to-s3"),
        help: ArgumentHelp(
            "Write the calls' post-contact analysis files (raw and redacted) to this bucket, as Contact Lens lays them out.",
            valueName: "s3://bucket[/prefix]"))
    var toS3: String?

    @Option(
        help: ArgumentHelp(
            "With --to-kinesis: how many copies of the scenario's calls to play at once, each with its own contact id.",
            valueName: "n"))
    var contacts: Int = 1

    @Option(
        help: ArgumentHelp(
            "With --to-kinesis or --to-s3: the endpoint (else AWS_ENDPOINT_URL_KINESIS / _S3, or AWS's).", valueName: "url"))
    var endpointURL: String?

    @Option(
        help: ArgumentHelp(
            "With --to-kinesis or --to-s3: the region (else the ARN's, AWS_REGION…; us-east-1 with --endpoint-url).",
            valueName: "region"))
    var region: String?

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: SimulateSettings {
        get throws {
            var a = SimulateSettings.Arguments()
            (a.port, a.host, a.scenario, a.speed, a.faults, a.verbose) = (port, host, scenario, speed, faults, verbose)
            (a.logFile, a.seed, a.rateLimit, a.printDemo) = (log.logFile, seed, rateLimit, printDemo)
            (a.toKinesis, a.toS3, a.contacts, a.endpointURL, a.region) = (toKinesis, toS3, contacts, endpointURL, region)
            return try Usage.check { () throws(UsageError) in try SimulateSettings(a) }
        }
    }
}
