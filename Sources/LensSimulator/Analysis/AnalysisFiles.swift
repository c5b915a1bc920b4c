import ContactLensModel
import FoundationEssentials

/// One post-contact analysis file: its key in the bucket, its bytes, whose it is, and when
/// Contact Lens writes it (a few minutes after the contact ends).
package struct AnalysisFile: Sendable, Hashable {
    package var key: String
    package var bytes: [UInt8]
    package var contactId: String
    package var isRedacted: Bool
    package var writtenAt: Date
}

/// The analysis files of a scenario's contacts, raw and redacted, under the keys Contact Lens
/// uses (`Analysis/{Voice|Chat}/[Redacted/]YYYY/MM/DD/…`, dated when the contact was connected
/// to an agent) at the root of the instance's call-recordings bucket.
package enum AnalysisFiles {
    /// Contact Lens writes a contact's files this long (emulator time) after it ends.
    package static let writeDelay: TimeInterval = 120

    /// The raw and the redacted file of one contact.
    package static func files(of contact: ScenarioContact, context: AnalysisContext, writtenAt: Date, base: String = "")
        -> [AnalysisFile]
    {
        [false, true].map { redacted in
            let analysis = analysis(of: contact, context: context, redacted: redacted)
            let key = AnalysisFileLocator.key(
                contactId: contact.contactId, connectedToAgent: context.connectedToAgent,
                channel: contact.isChat ? .chat : .voice, redacted: redacted, base: base)
            return AnalysisFile(
                key: key, bytes: AnalysisFileLayout.bytes(analysis), contactId: contact.contactId, isRedacted: redacted,
                writtenAt: writtenAt)
        }
    }

    /// What a contact's file says, before it is written out.
    package static func analysis(of contact: ScenarioContact, context: AnalysisContext, redacted: Bool) -> PostContactAnalysis {
        contact.isChat
            ? ChatAnalysis.analysis(of: contact, context: context, redacted: redacted)
            : VoiceAnalysis.analysis(of: contact, context: context, redacted: redacted)
    }

    /// Every analysed contact's files, sorted by key, under `base` (a bucket's prefix, "" or
    /// ending in "/"). A floor's contacts are where its schedule puts them around `epoch` (the
    /// emulator's start) at `speed`; a contact of a scenario without a floor ended just before `epoch`.
    package static func files(of scenario: Scenario, epoch: Date, speed: Double = 1, base: String = "") -> [AnalysisFile] {
        let schedule = FloorSchedule(scenario: scenario, epoch: epoch, speed: speed)
        let names = names(in: scenario)
        let chats = (scenario.instance?.storageConfigs ?? ScenarioInstance.demoStorage)
            .first { $0.resourceType == "CHAT_TRANSCRIPTS" }?.config.s3Config
        var files: [AnalysisFile] = []
        for contact in scenario.contacts {
            let connected: Date
            let end: Date
            if let times = schedule.times[contact.contactId] {
                (connected, end) = (times.connected, times.end)
            } else {
                connected = connectedBeforeStart(contact, epoch: epoch)
                end = epoch.addingTimeInterval(-writeDelay)
            }
            let context = AnalysisContext(
                instanceId: contact.instanceId, connectedToAgent: connected, names: names,
                chatTranscripts: chats.map { S3Location(bucket: $0.bucketName, prefix: $0.bucketPrefix) })
            files += Self.files(
                of: contact, context: context, writtenAt: end.addingTimeInterval(writeDelay / schedule.rate), base: base)
        }
        return files.sorted { $0.key < $1.key }
    }

    /// When a contact of a scenario without a floor was connected: its file is there when the
    /// emulator starts, so it ended `writeDelay` before `epoch`. DescribeContact dates it so too.
    package static func connectedBeforeStart(_ contact: ScenarioContact, epoch: Date) -> Date {
        epoch.addingTimeInterval(-writeDelay - Double(contact.durationMillis) / 1000)
    }

    /// The bucket the scenario's instance names for call recordings (ListInstanceStorageConfigs).
    package static func bucket(of scenario: Scenario) -> String {
        (scenario.instance?.storageConfigs ?? ScenarioInstance.demoStorage)
            .first { $0.resourceType == "CALL_RECORDINGS" }?.config.s3Config?.bucketName ?? DemoIdentity.recordingsBucket
    }

    /// People's names in the scenario, for redaction: its agents' and supervisors' first and last
    /// names, the chats' display names, and the history's customers.
    static func names(in scenario: Scenario) -> [String] {
        var names = Set(HistoryBuilder.customers)
        let floor = scenario.floor
        for username in (floor?.agents.map(\.username) ?? []) + (floor?.supervisors ?? []).map(\.username) {
            for part in username.split(separator: ".") where part.count > 1 {
                names.insert(part.prefix(1).uppercased() + part.dropFirst())
            }
        }
        for contact in scenario.contacts {
            for item in contact.segments {
                if case .chat(.transcript(let message)) = item.segment, let name = message.displayName,
                    !["SYSTEM_MESSAGE", "BOT"].contains(name), message.participantRole != "CUSTOM_BOT"
                {
                    names.insert(name)
                }
            }
        }
        return names.sorted()
    }
}
