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
              lenstail demo --faults throttle=0.3,error=0.1 --output text
            """
    )

    @Option(help: ArgumentHelp(SpeedOption.help, valueName: "factor"), transform: SpeedOption.parse)
    var speed: PlaybackSpeed = .times(1)

    @Option(help: ArgumentHelp(FaultPlan.help, valueName: "plan"))
    var faults: String = ""

    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Recording") var recording: RecordOptions

    func validate() throws {
        do { _ = try FaultPlan.parse(faults) } catch { throw ValidationError(error.description) }
    }

    func run() async throws {
        try await Exit.mapping {
            try await FollowSession.demo(
                speed: speed.factor, faults: try FaultPlan.parse(faults), poller: follow.poller,
                output: follow.settings, recordPath: recording.record)
        }
    }
}
