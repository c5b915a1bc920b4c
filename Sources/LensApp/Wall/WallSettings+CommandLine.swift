import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensUI

extension WallSettings {
    /// `lenstail wall` as typed, checked in the order the command line's groups are: AWS,
    /// polling and output, alerts, the stream, then what the wall watches.
    package init(
        instanceId: String?, queues: [String], agents: [String], routingProfiles: [String], hierarchyGroups: [String],
        contactIds: [String], contactsFrom: String?, aws: AWSArguments, polling: PollingSettings,
        alerts: WallAlertSettings, kinesis: KinesisSettings
    ) throws(UsageError) {
        let aws = try aws.settings()
        try polling.validate()
        try alerts.validate()
        try kinesis.validate()
        let filters = queues + agents + routingProfiles + hierarchyGroups
        guard kinesis.stream != nil || !(filters + contactIds).isEmpty || contactsFrom != nil else {
            throw UsageError(
                "give at least one of --queue, --agent, --routing-profile, --hierarchy-group, --contact-id, --contacts-from or --kinesis-stream"
            )
        }
        if let instanceId {
            try Self.check(instanceId: instanceId, contactIds: contactIds)
            if polling.logFile != nil { throw UsageError("--log-file works with follow, not yet with wall") }
            if filters.contains(where: { $0.trimmed().isEmpty }) {
                throw UsageError("a --queue, --agent, --routing-profile or --hierarchy-group value is empty")
            }
        } else if kinesis.stream == nil {
            throw UsageError("Missing expected argument '--instance-id <id>' (or read the segment stream with --kinesis-stream)")
        } else if !filters.isEmpty {
            throw UsageError(
                "--queue, --agent, --routing-profile and --hierarchy-group need --instance-id (discovery asks Amazon Connect)")
        }
        if alerts.alertWait != nil, queues.isEmpty {
            throw UsageError("--alert-wait needs --queue: it watches the wall's queues' oldest callers")
        }
        try ConnectIdArguments.check(instanceId: instanceId, contactIds: contactIds)
        self.init(instanceId: instanceId ?? "", polling: polling, alerts: alerts)
        self.aws = aws
        self.kinesis = kinesis.stream.map {
            WallKinesis(stream: $0, start: kinesis.start(defaultSince: .zero), pollInterval: kinesis.pollInterval)
        }
        self.queues = queues
        self.agents = agents
        self.routingProfiles = routingProfiles
        self.hierarchyGroups = hierarchyGroups
        self.contactIds = contactIds
        self.contactsFrom = contactsFrom
    }

    /// The pacing, output and alerts every wall shares (the demo's wall too); not checked.
    package init(instanceId: String, polling: PollingSettings, alerts: WallAlertSettings) {
        self.init(instanceId: instanceId)
        options = WallOptions(
            alertPatterns: polling.alerts, alertNegative: alerts.alertNegative,
            alertWait: alerts.alertWait.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 })
        alertLog = alerts.alertLog
        onAlert = polling.onAlert
        mouse = polling.mouse
        format = polling.output
        scheduler = WallSchedulerConfiguration(
            maxRate: polling.maxRate, pollInterval: .milliseconds(Int(polling.pollInterval * 1000)),
            maxResults: polling.maxResults)
    }

    private static func check(instanceId: String, contactIds: [String]) throws(UsageError) {
        do {
            try ConnectPath.checkInstanceId(instanceId)
            for id in contactIds { try ListSegmentsRequest(instanceId: instanceId, contactId: id).validate() }
        } catch {
            throw UsageError(error.message)
        }
    }

    /// Watches the floor until the view is quit (or, in a pipe, every call has ended).
    package func run() async throws { try await WallSession.run(self, aws: aws) }
}
