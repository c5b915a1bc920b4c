import LensEngine
import LensSimulator

/// `lenstail simulate` as typed, checked: serve the API on loopback, publish the calls into a
/// Kinesis stream, write their analysis files to S3, or print the demo call as a scenario file.
package struct SimulateSettings: Sendable {
    package enum Mode: Sendable {
        case serve(SimulatorService.Settings)
        case publish(StreamPublisher.Settings, aws: AWSSettings)
        case writeFiles(AnalysisFileWriter.Settings, aws: AWSSettings)
        case printDemo
    }

    package var mode: Mode

    /// Everything `simulate` takes, as typed; `--contacts` goes with `--to-kinesis` only,
    /// `--endpoint-url` and `--region` with `--to-kinesis` or `--to-s3`.
    package struct Arguments: Sendable {
        package var port = 8123
        package var host = "127.0.0.1"
        package var scenario: String?
        package var speed = PlaybackSpeed.times(1)
        package var faults = ""
        package var verbose = false
        package var logFile: String?
        /// Given: the fault draws' seed and the published contacts' ids; nil: faults from 1, new ids.
        package var seed: UInt64?
        package var rateLimit = true
        package var printDemo = false
        package var toKinesis: String?
        package var toS3: String?
        package var contacts = 1
        package var endpointURL: String?
        package var region: String?

        package init() {}
    }

    package init(_ a: Arguments) throws(UsageError) {
        guard (0...65535).contains(a.port) else { throw UsageError("--port must be between 0 and 65535") }
        guard ["127.0.0.1", "::1", "localhost"].contains(a.host) else {
            throw UsageError("--host must be a loopback address (127.0.0.1, ::1 or localhost)")
        }
        do { _ = try FaultPlan.parse(a.faults) } catch { throw UsageError(error.description) }
        guard (1...10_000).contains(a.contacts) else { throw UsageError("--contacts must be between 1 and 10000") }
        if let stream = a.toKinesis { try KinesisSettings.check(stream: stream) }
        if a.toKinesis != nil, a.toS3 != nil { throw UsageError("--to-kinesis and --to-s3 go one at a time") }
        if a.toKinesis == nil, a.contacts != 1 { throw UsageError("--contacts goes with --to-kinesis") }
        if a.toKinesis == nil, a.toS3 == nil, a.endpointURL != nil || a.region != nil {
            throw UsageError("--endpoint-url and --region go with --to-kinesis or --to-s3")
        }
        // Kinesis: the region as the stream's readers resolve it (us-east-1 with --endpoint-url
        // when nothing names one). S3 at --endpoint-url without --region: us-east-1.
        let aws = AWSSettings(
            region: a.region ?? (a.toS3 != nil && a.endpointURL != nil ? AWSSettings.localRegion : nil),
            endpointURL: a.endpointURL)
        if a.printDemo {
            mode = .printDemo
        } else if let bucket = a.toS3 {
            do {
                mode = .writeFiles(
                    AnalysisFileWriter.Settings(bucket: try S3BucketArgument(parsing: bucket), scenarioFile: a.scenario),
                    aws: aws)
            } catch {
                throw UsageError("--to-s3: \(error)")
            }
        } else if let stream = a.toKinesis {
            mode = .publish(
                StreamPublisher.Settings(
                    stream: stream, scenarioFile: a.scenario, copies: a.contacts, speed: a.speed, seed: a.seed),
                aws: aws)
        } else {
            mode = .serve(
                SimulatorService.Settings(
                    scenarioFile: a.scenario, speed: a.speed, faults: a.faults, seed: a.seed ?? 1, rateLimit: a.rateLimit,
                    host: a.host, port: a.port, verbose: a.verbose, logFile: a.logFile))
        }
    }

    /// Serves or publishes until interrupted, or prints the demo.
    package func run() async throws {
        switch mode {
        case .printDemo: try SimulatorService.printDemo()
        case .publish(let settings, let aws): try await StreamPublisher.run(settings, aws: aws)
        case .writeFiles(let settings, let aws): try await AnalysisFileWriter.run(settings, aws: aws)
        case .serve(let settings): try await SimulatorService.run(settings)
        }
    }
}
