import ArgumentParser
import LensApp
import LensEngine

/// `lenstail follow`: follow one contact's real-time analysis until it completes.
struct FollowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow a live call's Contact Lens analysis until it completes.",
        discussion: """
            Needs credentials allowed to call connect:ListRealtimeContactAnalysisSegments
            (environment variables, --profile / AWS_PROFILE, or credential_process); chats
            need connect:ListRealtimeContactAnalysisSegmentsV2 (--channel chat, or auto).

            Examples:
              lenstail follow --region us-east-1 \\
                --instance-id 12345678-aaaa-bbbb-cccc-123456789012 \\
                --contact-id 87654321-dddd-eeee-ffff-210987654321
              lenstail follow --instance-id I --contact-id C --output jsonl | jq .
              lenstail follow --instance-id I --contact-id C \\
                --endpoint-url http://127.0.0.1:8123
              lenstail follow --instance-id I --contact-id C --record call.jsonl
              lenstail follow --instance-id I --contact-id CHAT --channel chat --redacted
              lenstail follow --kinesis-stream contact-lens-segments \\
                --contact-id C --since 30m

            When the contact is transferred, the new contact (and the next) is followed in
            the same run, below a divider; --no-follow-transfers stops at the first. This
            needs connect:ListAssociatedContacts (or connect:DescribeContact), and
            connect:ListQueues and connect:ListUsers for the names the divider shows.

            With --kinesis-stream, needs kinesis:ListShards, kinesis:GetShardIterator and
            kinesis:GetRecords on the stream instead of the API's permission.
            """
    )

    @OptionGroup var contact: ContactOptions
    @OptionGroup(title: "AWS") var aws: AWSOptions
    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Kinesis segment stream") var kinesis: KinesisOptions
    @OptionGroup(title: "Recording") var recording: RecordOptions
    @OptionGroup(title: "Chats") var channel: ChannelOptions
    @OptionGroup(title: "Transfers") var transfers: TransferOptions
    @OptionGroup(title: "Listening in (L)") var listen: ListenOptions

    @Option(
        help: ArgumentHelp(
            "How long to wait for the call's analysis to start (it starts when the call reaches an agent), e.g. 90s, 10m; 0 fails at once.",
            valueName: "duration"))
    var wait = DurationArgument(.seconds(600))

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: FollowSettings {
        get throws {
            var settings = try Usage.check { () throws(UsageError) in
                try FollowSettings(
                    instanceId: contact.instanceId, contactId: contact.contactId, aws: aws.arguments, polling: follow.settings,
                    kinesis: kinesis.settings, recordPath: recording.record, channel: channel.channel,
                    redacted: channel.redacted, wait: wait.duration, transfers: transfers.settings)
            }
            settings.listen = listen.settings
            return settings
        }
    }
}
