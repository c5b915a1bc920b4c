import ContactLensModel
import LensEngine

/// `lenstail replay` as typed, checked: which call, fetched how, played at what speed.
package struct ReplaySettings: Sendable {
    package var source: CallSource
    package var aws: AWSSettings
    package var fetch: FetchSettings
    package var speed: PlaybackSpeed
    package var output: OutputSettings

    /// The rules in the order the command line's groups are checked: the source, AWS, then
    /// fetching and output.
    package init(
        file: String?, instanceId: String?, contactId: String?, fromS3: Bool = false, bucket: String? = nil,
        aws: AWSArguments, speed: PlaybackSpeed,
        polling: PollingSettings, channel: ContactChannel, redacted: Bool
    ) throws(UsageError) {
        source = try CallSource(file: file, instanceId: instanceId, contactId: contactId)
            .lookingBack(fromS3: fromS3, bucket: bucket, redacted: redacted, file: file)
        self.aws = try aws.settings()
        try polling.validate()
        var fetch = polling.fetch
        fetch.channel = channel
        fetch.outputType = redacted ? .redacted : .raw
        self.fetch = fetch
        self.speed = speed
        output = polling.outputSettings
    }

    /// Plays the call in the view, or writes it whole to a stream.
    package func run() async throws {
        try await ReplaySession.run(source, aws: aws, fetch: fetch, speed: speed, output: output)
    }
}
