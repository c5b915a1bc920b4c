import ArgumentParser
import LensApp
import LensEngine
import LensSimulator

/// `lenstail demo`: the built-in call, played by the emulator in-process over real HTTP and
/// real SigV4, followed through the same client as a real contact.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Follow a built-in demo call, served by a local emulator of the API (no AWS account needed).",
        discussion: """
            Examples:
              lenstail demo                      # the 2.5-minute call in real time
              lenstail demo --speed 10           # ten times faster
              lenstail demo --chat               # the built-in chat, through the chat API
              lenstail demo --faults throttle=0.3,error=0.1 --output text
              lenstail demo --wall               # eight calls on a supervisor's wall
              lenstail demo --transfer           # a call transferred to a queue: two legs
              lenstail demo --history            # search a day of 40 contacts, open them
            """
    )

    @Option(help: ArgumentHelp(SpeedOption.help, valueName: "factor"), transform: SpeedOption.parse)
    var speed: PlaybackSpeed = .times(1)

    @Option(help: ArgumentHelp(FaultPlan.help, valueName: "plan"))
    var faults: String = ""

    @Flag(help: "Play eight overlapping calls on the wall (`lenstail wall`) instead of one call.")
    var wall = false

    @Flag(help: "Search a day of 40 finished contacts (`lenstail search`) and open them from the list.")
    var history = false

    @Flag(help: "Play the built-in chat (a bot hands over to an agent) through the chat API instead of the call.")
    var chat = false

    @Flag(help: "With --chat: ask for the Redacted output (names become [PII]) instead of Raw.")
    var redacted = false

    @Flag(help: "Follow a call that Sam transfers to Frank on the Retention queue: two legs, one divider.")
    var transfer = false

    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Recording") var recording: RecordOptions
    @OptionGroup(title: "Wall alerts (with --wall)") var alerts: WallAlertOptions
    @OptionGroup(title: "Transfers") var transfers: TransferOptions
    @OptionGroup(title: "Listening in (L)") var listen: ListenOptions

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: DemoSettings {
        get throws {
            var settings = try Usage.check { () throws(UsageError) in
                try DemoSettings(
                    speed: speed, faults: faults, wall: wall, history: history, chat: chat, redacted: redacted,
                    polling: follow.settings, recordPath: recording.record, alerts: alerts.settings, transfer: transfer,
                    transfers: transfers.settings)
            }
            settings.listen = listen.settings
            return settings
        }
    }
}
