import ArgumentParser
import ContactLensModel
import Foundation
import LensSimulator

/// Writes a scenario file for the script benchmarks: a finished call of N turns for the fetch
/// comparison, or (`--pause-after`) a live call that goes quiet for an hour, for idle CPU.
struct ScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario", abstract: "Write a synthetic scenario file (Docs/SCENARIOS.md format).")

    @Argument(help: "Transcript segments in the call.")
    var turns: Int

    @Argument(help: "Where to write it.")
    var file: String

    @Option(help: "Release the turns after this one an hour later (a call that pauses).")
    var pauseAfter: Int?

    func run() async throws {
        let segments = (0..<turns).map { i in
            let t = Corpus.turn(i, of: turns)
            let release = pauseAfter.map { i < $0 ? (i + 1) * 500 : 3_600_000 + i * 500 } ?? t.endOffsetMillis
            return ScenarioSegment(.transcript(t), releaseAtMillis: release)
        }
        let scenario = Scenario(contacts: [
            ScenarioContact(instanceId: Corpus.instanceId, contactId: Corpus.contactId, segments: segments)
        ])
        try scenario.validate()
        try scenario.encoded().write(to: URL(fileURLWithPath: file))
        print("--instance-id \(Corpus.instanceId) --contact-id \(Corpus.contactId)")
    }
}
