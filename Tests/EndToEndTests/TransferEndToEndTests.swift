import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

/// A transferred call followed by the `lenstail` binary over HTTP on loopback: the emulator plays
/// the wall demo's escalating call, which Sam transfers to Frank on Retention; lenstail finds the
/// new contact through ListAssociatedContacts and follows it in the same run.
@Suite(.serialized) struct TransferEndToEndTests {
    static let fast = ["--speed", "50", "--poll-interval", "0.05", "--max-rate", "50"]
    static let first = Scenario.wallEscalatingContactId
    static let second = Scenario.wallTransferContactId

    @Test func jsonLinesNameEachLegsContactInOrder() async throws {
        let result = try await LenstailProcess.run(["demo", "--transfer", "--output", "jsonl"] + Self.fast)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        var contacts: [String] = []
        var transfer: [String: Any]?
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            let contact = try #require(object["ContactId"] as? String, "every line names its leg: \(line)")
            if contacts.last != contact { contacts.append(contact) }
            if let leg = object["Transfer"] as? [String: Any] { transfer = leg }
        }
        #expect(contacts == [Self.first, Self.second], "the legs in order, each once")
        #expect(transfer?["Leg"] as? Int == 2)
        #expect(transfer?["PreviousContactId"] as? String == Self.first)
        #expect(transfer?["Queue"] as? String == "Retention")
        #expect(result.stdout.contains("Frank speaking"))
        #expect(result.stderr.contains("transferred to contact \(Self.second) (Retention)"), "\(result.stderr)")
    }

    @Test func textHasTheDividerBetweenTheLegs() async throws {
        let result = try await LenstailProcess.run(["demo", "--transfer", "--output", "text"] + Self.fast)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let divider = try #require(
            lines.firstIndex { $0.hasPrefix("— transferred to Retention · frank.moreau · ") && $0.hasSuffix(" —") },
            "\(result.stdout)")
        let frank = try #require(lines.firstIndex { $0.contains("Frank speaking") })
        #expect(lines[..<divider].contains { $0.contains("CUSTOMER") }, "Sam's leg first")
        #expect(divider < frank)
        // Every turn of Frank's leg is below the divider, and only there.
        let frankTurns = try #require(Scenario.wallDemo.contacts.first { $0.contactId == Self.second })
            .segments.compactMap(\.segment.transcript)
        let below = lines[(divider + 1)...].filter { $0.contains("AGENT") || $0.contains("CUSTOMER") }
        #expect(below.count == frankTurns.count, "\(below)")
        #expect(lines.filter { $0.contains("— transferred to") }.count == 1)
    }

    @Test func noFollowTransfersStopsAtTheFirstLeg() async throws {
        let result = try await LenstailProcess.run(
            ["demo", "--transfer", "--no-follow-transfers", "--output", "text"] + Self.fast)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("transferred to"))
        #expect(!result.stdout.contains("Frank speaking"))
        #expect(result.stdout.contains("CUSTOMER"))
    }

    @Test func aRecordedTransferReplaysWithItsLegs() async throws {
        let path = NSTemporaryDirectory() + "lenstail-transfer-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let follow = try await LenstailProcess.run(["demo", "--transfer", "--output", "jsonl", "--record", path] + Self.fast)
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        let replay = try await LenstailProcess.run(["replay", path, "--output", "jsonl"])
        #expect(replay.status == 0, "stderr: \(replay.stderr)")
        #expect(replay.stdout == follow.stdout, "replay prints what the follow printed, legs and all")
        // One leg on its own, as before.
        let second = try await LenstailProcess.run(["replay", path, "--output", "text", "--contact-id", Self.second])
        #expect(second.stdout.contains("Frank speaking") && !second.stdout.contains("transferred to"))
    }

    @Test func aRecordedTransferExportsLegAfterLeg() async throws {
        let path = NSTemporaryDirectory() + "lenstail-transfer-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let follow = try await LenstailProcess.run(["demo", "--transfer", "--output", "jsonl", "--record", path] + Self.fast)
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        let frankTurns = try #require(Scenario.wallDemo.contacts.first { $0.contactId == Self.second })
            .segments.compactMap(\.segment.transcript)
        let samTurns = try #require(Scenario.wallDemo.contacts.first { $0.contactId == Self.first })
            .segments.compactMap(\.segment.transcript)

        let text = try await LenstailProcess.run(["export", path, "--format", "text"])
        #expect(text.status == 0, "stderr: \(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let divider = try #require(
            lines.firstIndex { $0.hasPrefix("— transferred to Retention · frank.moreau") }, "\(text.stdout)")
        let frank = try #require(lines.firstIndex { $0.contains("Frank speaking") })
        #expect(divider < frank)
        let transcript = try #require(lines.firstIndex(of: "TRANSCRIPT"))
        let categories = try #require(lines.firstIndex(of: "CATEGORIES"))
        func turns(_ part: ArraySlice<String>) -> Int { part.count { $0.contains("AGENT") || $0.contains("CUSTOMER") } }
        #expect(turns(lines[transcript..<divider]) == samTurns.count, "Sam's leg above the divider")
        #expect(turns(lines[divider..<categories]) == frankTurns.count, "Frank's below")

        let markdown = try await LenstailProcess.run(["export", path, "--format", "markdown"])
        #expect(markdown.stdout.contains("**— transferred to Retention · frank.moreau"), "\(markdown.stdout)")

        let json = try await LenstailProcess.run(["export", path, "--format", "json"])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["Transcript"] as? [[String: Any]])
        let transfers = try #require(document["Transfers"] as? [[String: Any]], "\(json.stdout)")
        #expect(entries.count == samTurns.count + frankTurns.count)
        #expect(transfers.count == 1)
        let transfer = try #require(transfers.first)
        #expect(transfer["ContactId"] as? String == Self.second)
        #expect(transfer["PreviousContactId"] as? String == Self.first)
        #expect(transfer["FirstTranscriptIndex"] as? Int == samTurns.count)
        #expect(entries[samTurns.count]["Content"] as? String == frankTurns.first?.content)
    }
}
