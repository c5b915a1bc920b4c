import ArgumentParser
import LensApp
import LensEngine

/// `lenstail replay`: play a recorded or finished call again, on its own clock.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a recorded or finished call again, as if it were live.",
        discussion: """
            On a terminal the call plays in the full-screen view on its own clock:
            Space pauses, Left/Right move 10 s, < and > change the speed, 0 and $ jump
            to the start and the end, w writes the view to a Markdown file, q quits.
            Otherwise (or with --output) the whole transcript is written at once.
            A contact fetched from the API is kept there for 24 hours after the call.

            Examples:
              lenstail follow --instance-id I --contact-id C --record call.jsonl
              lenstail replay call.jsonl --speed 4
              lenstail replay call.jsonl --output jsonl | jq .
              lenstail replay --instance-id I --contact-id C --region us-east-1
              lenstail replay --instance-id I --contact-id C --from-s3 --bucket s3://B/P
            """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup(title: "Post-contact analysis in S3") var lookBack: LookBackOptions
    @OptionGroup(title: "AWS (replaying from the API)") var aws: AWSOptions

    @Option(help: ArgumentHelp(SpeedOption.help, valueName: "factor"), transform: SpeedOption.parse)
    var speed: PlaybackSpeed = .times(1)

    @OptionGroup(title: "Fetching and output") var follow: FollowOptions
    @OptionGroup(title: "Chats (fetching from the API)") var channel: ChannelOptions

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: ReplaySettings {
        get throws {
            try Usage.check { () throws(UsageError) in
                try ReplaySettings(
                    file: source.file, instanceId: source.instanceId, contactId: source.contactId, fromS3: lookBack.fromS3,
                    bucket: lookBack.bucket, aws: aws.arguments,
                    speed: speed, polling: follow.settings, channel: channel.channel, redacted: channel.redacted)
            }
        }
    }
}
