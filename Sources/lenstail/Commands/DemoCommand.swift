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
              lenstail demo --history            # search a day of 40 contacts and open them
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

    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Recording") var recording: RecordOptions
    @OptionGroup(title: "Wall alerts (with --wall)") var alerts: WallAlertOptions

    func validate() throws {
        do { _ = try FaultPlan.parse(faults) } catch { throw ValidationError(error.description) }
        if wall, !faults.isEmpty || recording.record != nil {
            throw ValidationError("--wall plays the floor as it is: --faults and --record are for one call")
        }
        if redacted, !chat { throw ValidationError("--redacted goes with --chat (a chat's Redacted output)") }
        if history, wall || chat || !faults.isEmpty || recording.record != nil {
            throw ValidationError(
                "--history searches the emulator's day of contacts: not with --wall, --chat, --faults or --record")
        }
        if wall, follow.log.logFile != nil { throw ValidationError("--log-file works with one call, not yet with --wall") }
    }

    func run() async throws {
        try await Exit.mapping {
            if history { return try await SearchSession.demo(format: follow.output) }
            if wall {
                let settings = WallSettings.from(follow: follow, alerts: alerts, instanceId: "")
                return try await WallSession.demo(speed: speed.factor, settings: settings)
            }
            try await FollowSession.demo(
                speed: speed.factor, faults: try FaultPlan.parse(faults), poller: follow.poller,
                output: follow.settings, recordPath: recording.record, chat: chat, outputType: redacted ? .redacted : .raw)
        }
    }
}
