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
            """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup(title: "AWS (replaying from the API)") var aws: AWSOptions

    @Option(help: ArgumentHelp("Play this many times faster than the call (0.5-16), or `instant`.", valueName: "factor"))
    var speed: String = "1"

    @OptionGroup(title: "Fetching and output") var follow: FollowOptions

    func validate() throws {
        guard PlaybackSpeed(argument: speed) != nil else {
            throw ValidationError("--speed must be a factor between 0.5 and 16, or `instant`")
        }
    }

    func run() async throws {
        try await Exit.mapping {
            try await ReplaySession.run(
                source.callSource, aws: aws.settings, fetch: follow.fetch,
                speed: PlaybackSpeed(argument: speed) ?? .times(1), output: follow.settings)
        }
    }
}
