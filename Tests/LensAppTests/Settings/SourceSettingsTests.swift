import LensApp
import LensEngine
import LensExport
import Testing

/// `replay`, `export` and `check`: a recording or both ids, and nothing else.
@Suite struct SourceSettingsTests {
    typealias Ids = SettingsIds

    @Test func aRecordingOrBothIdsChooseWhereTheCallComesFrom() throws {
        #expect(try CallSource(file: "call.jsonl", instanceId: nil, contactId: nil) == .recording(path: "call.jsonl"))
        #expect(
            try CallSource(file: "floor.jsonl", instanceId: nil, contactId: Ids.contact)
                == .recording(path: "floor.jsonl", contactId: Ids.contact))
        #expect(
            try CallSource(file: nil, instanceId: Ids.instance, contactId: Ids.contact)
                == .api(instanceId: Ids.instance, contactId: Ids.contact))
    }

    @Test(arguments: [
        (
            refusal { () throws(UsageError) in try CallSource(file: "x", instanceId: SettingsIds.instance, contactId: nil) },
            "give a recording file or --instance-id and --contact-id, not both"
        ),
        (
            refusal { () throws(UsageError) in try CallSource(file: nil, instanceId: SettingsIds.instance, contactId: nil) },
            "give a recording file, or both --instance-id and --contact-id to fetch the call from the API"
        ),
        (
            refusal { () throws(UsageError) in try CallSource(file: nil, instanceId: nil, contactId: nil) },
            "give a recording file, or both --instance-id and --contact-id to fetch the call from the API"
        ),
        (
            refusal { () throws(UsageError) in try CallSource(file: nil, instanceId: "", contactId: SettingsIds.contact) },
            "InstanceId must be 1 to 256 characters (got 0)"
        ),
    ])
    func aSourceThatIsNotOneIsRefused(refused: String?, message: String) {
        #expect(refused == message)
    }

    @Test func replayAndExportFetchThroughTheChannelTheyWereGiven() throws {
        let replay = try ReplaySettings(
            file: nil, instanceId: Ids.instance, contactId: Ids.contact, aws: AWSArguments(), speed: .instant,
            polling: PollingSettings(maxResults: 20, maxRate: 5, output: .text), channel: .chat, redacted: true)
        #expect(replay.fetch.maxResults == 20 && replay.fetch.maxRate == 5)
        #expect(replay.fetch.channel == .chat && replay.fetch.outputType == .redacted)
        #expect(replay.output.format == .text && replay.speed == .instant)
        let export = try ExportSettings(
            file: "call.jsonl", instanceId: nil, contactId: nil, aws: AWSArguments(), channel: .voice, redacted: false,
            format: .markdown, outputFile: "call.md", maxRate: 1_000_000)
        #expect(export.source == .recording(path: "call.jsonl") && export.format == .markdown)
        #expect(export.fetch.maxRate == 1_000_000 && export.fetch.channel == .voice)
        let tooFast = refusal { () throws(UsageError) in
            try ExportSettings(
                file: "call.jsonl", instanceId: nil, contactId: nil, aws: AWSArguments(), channel: .auto, redacted: false,
                format: .text, outputFile: nil, maxRate: 2_000_000)
        }
        #expect(tooFast == "--max-rate must be between 0.001 and 1000000 requests per second")
    }

    @Test func checkTakesBothIdsOrNeither() throws {
        #expect(try CheckSettings(instanceId: nil, contactId: nil, aws: AWSArguments()).contact == nil)
        let both = try CheckSettings(instanceId: Ids.instance, contactId: Ids.contact, aws: AWSArguments())
        #expect(both.contact?.instanceId == Ids.instance && both.contact?.contactId == Ids.contact)
        let one = refusal { () throws(UsageError) in
            try CheckSettings(instanceId: Ids.instance, contactId: nil, aws: AWSArguments())
        }
        #expect(one == "give both --instance-id and --contact-id, or neither")
        let timeout = refusal { () throws(UsageError) in
            try CheckSettings(instanceId: Ids.instance, contactId: nil, aws: AWSArguments(timeout: 301))
        }
        #expect(timeout == "--timeout must be between 0 and 300 seconds", "AWS is checked before the ids")
    }
}
