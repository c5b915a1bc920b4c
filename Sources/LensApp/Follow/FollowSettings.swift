import ContactLensModel
import LensEngine

/// `lenstail follow` as typed, checked: the contact, where its segments come from (the API, or
/// the instance's Kinesis segment stream) and how to show them.
package struct FollowSettings: Sendable {
    /// Where the contact's segments come from.
    package enum Source: Sendable {
        /// Polling the API of the contact's channel.
        case api(instanceId: String, poller: PollerConfiguration, channel: ContactChannel, outputType: ChatOutputType)
        /// Reading the instance's segment stream.
        case kinesis(StreamSession.Settings)
    }

    package var contactId: String
    package var source: Source
    package var aws: AWSSettings
    package var output: OutputSettings
    package var recordPath: String?
    /// Whether the follow goes on with the contact a transfer makes (the API's source only).
    package var transfers: TransferSettings
    /// Who listens in with `L` (`--user`, `--silent-only`).
    package var listen = ListenSettings()

    /// The rules in the order the command line's groups are checked: the ids, AWS, polling and
    /// output, the stream, then the choice of source.
    package init(
        instanceId: String?, contactId: String, aws: AWSArguments, polling: PollingSettings, kinesis: KinesisSettings,
        recordPath: String?, channel: ContactChannel, redacted: Bool, wait: Duration,
        transfers: TransferSettings = TransferSettings()
    ) throws(UsageError) {
        do { try ListSegmentsRequest(instanceId: instanceId ?? "-", contactId: contactId).validate() } catch {
            throw UsageError(error.message)
        }
        try ConnectIdArguments.check(instanceId: instanceId, contactIds: [contactId])
        self.aws = try aws.settings()
        try polling.validate()
        try kinesis.validate()
        if let stream = kinesis.stream {
            source = .kinesis(
                StreamSession.Settings(
                    stream: stream, contactId: contactId, instanceId: instanceId,
                    start: kinesis.start(defaultSince: .seconds(3600)), pollInterval: kinesis.pollInterval, wait: wait))
        } else {
            guard let instanceId else {
                throw UsageError(
                    "Missing expected argument '--instance-id <id>' (or follow the segment stream with --kinesis-stream)")
            }
            var poller = polling.poller
            poller.maxWaitForAnalysis = wait
            source = .api(instanceId: instanceId, poller: poller, channel: channel, outputType: redacted ? .redacted : .raw)
        }
        self.contactId = contactId
        self.output = polling.outputSettings
        self.recordPath = recordPath
        self.transfers = transfers
    }

    /// Follows the contact until its analysis completes (or the view is quit).
    package func run() async throws {
        switch source {
        case .kinesis(let settings):
            try await StreamSession.follow(settings, aws: aws, output: output, recordPath: recordPath)
        case .api(let instanceId, let poller, let channel, let outputType):
            try await FollowSession.follow(
                instanceId: instanceId, contactId: contactId, aws: aws, poller: poller, output: output,
                recordPath: recordPath, channel: channel, outputType: outputType, transfers: transfers, listen: listen)
        }
    }
}
