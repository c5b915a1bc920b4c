import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// Hostile transcript text through the real binary: in text and JSON-lines output nothing but
/// printable text and newlines reaches the terminal.
@Suite(.serialized) struct HostileOutputTests {
    /// Bytes that are controls: every C0 but newline, DEL, and C1 in its UTF-8 form (C2 80…C2 9F).
    static func controls(in output: String) -> [String] {
        var found: [String] = []
        for scalar in output.unicodeScalars where scalar != "\n" {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || JSONLineBidi.contains(scalar.value) {
                found.append(String(format: "U+%04X", scalar.value))
            }
        }
        return found
    }

    @Test(arguments: ["text", "jsonl"])
    func hostileTextReachesTheTerminalAsPrintableTextOnly(format: String) async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: HostileCall.scenario, speed: .infinity))
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", HostileCall.instanceId, "--contact-id", HostileCall.contactId,
                "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:\(port)", "--output", format, "--max-rate", "20",
            ],
            environment: MalformedPageTests.keys)
        await simulator.stop()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.controls(in: result.stdout).isEmpty, "controls on stdout: \(Set(Self.controls(in: result.stdout)).sorted())")
        #expect(Self.controls(in: result.stderr).isEmpty)
        let lines = result.stdout.split(separator: "\n")
        if format == "jsonl" {
            // Still the API's own text once parsed: the escapes only change how it is spelt.
            var store = TranscriptStore()
            for line in lines { store.apply([try JSONDecoder().decode(Segment.self, from: TestCall.apiShape(line))]) }
            #expect(store.turns.map(\.content) == HostileCall.contents)
        } else {
            #expect(lines.count == HostileCall.contents.count + 2, "one line per turn, the category and the summary")
            #expect(lines.contains { $0.utf8.count > 16_000 }, "the 16 KB line is printed whole")
            #expect(!result.stdout.contains("[2J") && !result.stdout.contains("0;\(HostileCall.titleBait)"))
        }
        print("FIGURE hostile \(format): \(lines.count) lines, \(result.stdout.utf8.count) bytes, 0 control characters")
    }
}

/// Direction overrides and isolates, which reorder what a reader sees.
enum JSONLineBidi {
    static func contains(_ value: UInt32) -> Bool {
        [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].contains(value)
    }
}
