import AWSClient
import ArgumentParser
import FoundationEssentials
import Glibc
import LensBasics

/// The `lenstail` command: subcommands only parse and wire.
@main
struct Lenstail: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lenstail",
        abstract: "Live-follow an Amazon Connect Contact Lens real-time call analysis.",
        discussion: """
            Examples:
              lenstail demo                  # a built-in call, no AWS account needed
              lenstail follow --instance-id 1a2b… --contact-id 9f8e… --region us-east-1
              lenstail simulate --port 8123  # a local emulator of the API
              lenstail replay call.jsonl     # play a --record recording again
              lenstail export call.jsonl --format markdown
              lenstail check --instance-id I --contact-id C  # is everything in place?
              lenstail wall --instance-id I --queue Billing  # every live call of a queue
              lenstail search --instance-id I --says refund  # contacts by what was said

            Exit status:
              0    the analysis completed, you quit the view, or the output's reader went
                   away (| head)
              1    a fatal error, said in one line (access denied, contact not found, a
                   full disk…)
              64   a bad command line
              129, 130, 143   ended by SIGHUP, SIGINT (Ctrl-C) or SIGTERM: 128 + the signal
            """,
        version: LenstailVersion.current,
        subcommands: [
            FollowCommand.self, DemoCommand.self, SimulateCommand.self, ReplayCommand.self, ExportCommand.self,
            CheckCommand.self, WallCommand.self, MonitorCommand.self, SearchCommand.self,
        ]
    )

    /// ArgumentParser's `main`, except that a refused command line holding an option its command
    /// does not have says so, instead of what that option's absence made missing.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) == .validationFailure,
                let unknown = UnknownOption(in: arguments, commands: configuration.subcommands)
            {
                _ = FileBytes.write(Array(unknown.message(root: self).utf8), to: STDERR_FILENO)
                Glibc.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
