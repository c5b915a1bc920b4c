import ArgumentParser
import LensApp
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
            """
    )

    @Option(help: ArgumentHelp("Play the call this many times faster than real time (0.1-1000).", valueName: "factor"))
    var speed: Double = 1

    @Option(
        help: ArgumentHelp(
            "Faults the emulator injects, e.g. throttle=0.2,error=0.1,dup=0.1,drop=0.05,latency=300ms,reject=0.01.",
            valueName: "plan"))
    var faults: String = ""

    @Flag(help: "Play the built-in chat (a bot hands over to an agent) through the chat API instead of the call.")
    var chat = false

    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Recording") var recording: RecordOptions

    func validate() throws {
        guard speed >= 0.1, speed <= 1000 else { throw ValidationError("--speed must be between 0.1 and 1000") }
        do { _ = try FaultPlan.parse(faults) } catch { throw ValidationError(error.description) }
    }

    func run() async throws {
        try await Exit.mapping {
            try await FollowSession.demo(
                speed: speed, faults: try FaultPlan.parse(faults), poller: follow.poller,
                output: follow.settings, recordPath: recording.record, chat: chat)
        }
    }
}
