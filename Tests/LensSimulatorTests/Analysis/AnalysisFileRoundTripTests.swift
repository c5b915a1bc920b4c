import ContactLensModel
import Foundation
import Testing

@testable import LensSimulator

/// Every analysis file the emulator writes is read back by lenstail's reader as exactly the
/// analysis it was written from, under the key the locator finds for its contact.
@Suite struct AnalysisFileRoundTripTests {
    static let now = Date(timeIntervalSince1970: 1_772_611_200)  // 2026-03-04T08:00:00Z

    static let scenarios: [(String, Scenario)] = [
        ("history", .history(endingAt: now)), ("demo call", .demo), ("demo chat", .chatDemo), ("wall", .wallDemo),
    ]

    @Test(arguments: scenarios.map(\.0))
    func everyFileReadsBackAsTheAnalysisWritten(name: String) throws {
        let scenario = try #require(Self.scenarios.first { $0.0 == name }?.1)
        let files = AnalysisFiles.files(of: scenario, epoch: Self.now)
        #expect(files.count == 2 * scenario.contacts.count)
        for contact in scenario.contacts {
            for redacted in [false, true] {
                let file = try #require(files.first { $0.contactId == contact.contactId && $0.isRedacted == redacted })
                let read = try PostContactFile.read(file.bytes)
                let context = AnalysisContext(
                    instanceId: contact.instanceId, connectedToAgent: try Self.connected(file.key),
                    names: AnalysisFiles.names(in: scenario),
                    chatTranscripts: S3Location(
                        bucket: DemoIdentity.recordingsBucket, prefix: "connect/lenstail-demo/ChatTranscripts"))
                #expect(read == AnalysisFiles.analysis(of: contact, context: context, redacted: redacted), "\(file.key)")
                #expect(read.isChat == contact.isChat && read.isRedacted == redacted)
                #expect(read.transcript.count >= 1 && !read.segments.isEmpty)
                #expect(
                    AnalysisFileLocator.newestKey(in: files.map(\.key), contactId: contact.contactId, redacted: redacted)
                        == file.key)
            }
        }
    }

    /// The time a key names, to the second (the writer's own key holds the connected-to-agent time).
    static func connected(_ key: String) throws -> Date {
        let name = try #require(key.split(separator: "/").last)
        let time = try #require(name.split(separator: "_").last?.dropLast(".json".count))
        return Date(timeIntervalSince1970: Double(try #require(ISOTime.epochMillis(String(time)))) / 1000)
    }

    @Test func aFileIsDatedTheDayTheContactReachedAnAgentNotTheDayItBegan() throws {
        // Begins 23:59:40 UTC on 3 March, reaches the agent 30 s later, on the 4th.
        let begin = Date(timeIntervalSince1970: 1_772_582_380)
        let scenario = Scenario.history(endingAt: begin.addingTimeInterval(3_600))
        let contact = try #require(scenario.contacts.first { !$0.isChat })
        let context = AnalysisContext(instanceId: contact.instanceId, connectedToAgent: begin.addingTimeInterval(30))
        let files = AnalysisFiles.files(of: contact, context: context, writtenAt: begin)
        #expect(
            files.map(\.key) == [
                "Analysis/Voice/2026/03/04/\(contact.contactId)_analysis_2026-03-04T00:00:10Z.json",
                "Analysis/Voice/Redacted/2026/03/04/\(contact.contactId)_analysis_redacted_2026-03-04T00:00:10Z.json",
            ])
        let prefixes = AnalysisFileLocator.prefixes(
            contactId: contact.contactId, connectedToAgent: begin, redacted: false, channels: [.voice])
        #expect(prefixes.contains { files[0].key.hasPrefix($0) })
    }

    @Test func theHistorysFilesAreDatedAsDescribeContactDatesItsContacts() throws {
        let scenario = Scenario.history(endingAt: Self.now)
        let operations = ConnectOperations(
            SimulatorConfiguration(scenario: scenario, now: { Self.now }), epoch: Self.now,
            verifier: .init(secrets: [:], service: "connect"))
        for file in AnalysisFiles.files(of: scenario, epoch: Self.now) where file.writtenAt <= Self.now {
            let described = try #require(
                operations.describedContact(instanceId: DemoIdentity.instanceId, contactId: file.contactId, at: Self.now))
            let connected = try #require(described.agentInfo?.connectedToAgentTimestamp)
            #expect(try Self.connected(file.key) == Date(timeIntervalSince1970: connected.timeIntervalSince1970.rounded(.down)))
        }
    }
}
