import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// The real AWS CLI (botocore's serializers, parsers, paginators and idempotency tokens) against
/// the emulator's new operations: proof that their wire shapes match the model.
@Suite(
    "aws connect: acting on calls and looking back",
    .enabled(if: AWSCLI.path != nil || AWSCLI.isCI, "the aws CLI is not installed"))
struct ConnectOperationsAWSCLITests {
    static func aws() throws -> String { try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH") }

    static func json(_ result: AWSCLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    @Test("monitor-contact sends a ClientToken of botocore's making and answers the monitoring leg")
    func monitorContact() async throws {
        let aws = try Self.aws()
        let call = Scenario.wallDemo.contacts[0].contactId
        try await withSimulator(.init(scenario: .wallDemoAllConnected, speed: 1)) { simulator, client in
            let result = try await AWSCLI.run(
                aws,
                arguments: [
                    "connect", "monitor-contact", "--contact-id", call, "--user-id", "u-rosa", "--allowed-monitor-capabilities",
                    "SILENT_MONITOR", "BARGE",
                ], endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let answer = try Self.json(result)
            let log = await simulator.monitorLog
            #expect(answer["ContactId"] as? String == log.first?.monitoringContactId && log.count == 1)
            #expect(log.first?.userId == "u-rosa" && log.first?.allowedMonitorCapabilities == ["SILENT_MONITOR", "BARGE"])
            #expect((log.first?.clientToken?.count ?? 0) >= 32, "botocore fills the idempotency token")
            let refused = try await AWSCLI.run(
                aws, arguments: ["connect", "monitor-contact", "--contact-id", call, "--user-id", "u-sam"],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(refused.status != 0 && refused.stderr.contains("AccessDeniedException"), "\(refused.stderr)")
        }
    }

    @Test("describe-contact and list-associated-contacts show the transfer to Retention")
    func transfer() async throws {
        let aws = try Self.aws()
        let first = Scenario.wallDemo.contacts[0]
        let speed = Double(first.durationMillis) / 200  // the first leg ends 0.2 s after the start
        try await withSimulator(.init(scenario: .wallDemoAllConnected, speed: speed)) { _, client in
            try await Task.sleep(for: .milliseconds(400))
            let described = try await AWSCLI.run(
                aws, arguments: ["connect", "describe-contact", "--contact-id", Scenario.wallTransferContactId],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(described.status == 0, "stderr: \(described.stderr)")
            let contact = try #require(try Self.json(described)["Contact"] as? [String: Any])
            #expect(contact["PreviousContactId"] as? String == first.contactId)
            #expect(contact["InitialContactId"] as? String == first.contactId)
            #expect(contact["InitiationMethod"] as? String == "TRANSFER")
            #expect((contact["QueueInfo"] as? [String: Any])?["Id"] as? String == "q-retention-0004")
            let page = try await AWSCLI.run(
                aws, arguments: ["connect", "list-associated-contacts", "--contact-id", first.contactId, "--max-results", "1"],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(page.status == 0, "stderr: \(page.stderr)")
            let object = try Self.json(page)
            let legs = try #require(object["ContactSummaryList"] as? [[String: Any]])
            #expect(legs.count == 1 && legs.first?["ContactId"] as? String == first.contactId)
            let token = try #require(object["NextToken"] as? String)
            let rest = try await AWSCLI.run(
                aws,
                arguments: ["connect", "list-associated-contacts", "--contact-id", first.contactId, "--next-token", token],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            let second = try #require(try Self.json(rest)["ContactSummaryList"] as? [[String: Any]])
            #expect(second.first?["PreviousContactId"] as? String == first.contactId)
            #expect(second.first?["InitiationMethod"] as? String == "TRANSFER")
        }
    }

    @Test("get-current-metric-data: OLDEST_CONTACT_AGE in seconds grouped by queue, in milliseconds without grouping")
    func currentMetricData() async throws {
        let aws = try Self.aws()
        let frozen = Date()  // both questions see the same moment, however long the CLI takes to start
        try await withSimulator(.init(scenario: .wallDemo, speed: 1, now: { frozen })) { _, client in
            let metrics = [
                "Name=CONTACTS_IN_QUEUE,Unit=COUNT", "Name=OLDEST_CONTACT_AGE,Unit=SECONDS", "Name=AGENTS_ONLINE,Unit=COUNT",
            ]
            func ask(_ extra: [String]) async throws -> [[String: Any]] {
                let result = try await AWSCLI.run(
                    aws,
                    arguments: [
                        "connect", "get-current-metric-data", "--filters", #"{"Queues":["q-billing-0001"]}"#, "--current-metrics",
                    ]
                        + metrics + extra, endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
                #expect(result.status == 0, "stderr: \(result.stderr)")
                return try #require(try Self.json(result)["MetricResults"] as? [[String: Any]])
            }
            func oldest(_ result: [String: Any]?) -> Double? {
                let collections = result?["Collections"] as? [[String: Any]] ?? []
                let entry = collections.first { ($0["Metric"] as? [String: Any])?["Name"] as? String == "OLDEST_CONTACT_AGE" }
                return entry?["Value"] as? Double
            }
            let grouped = try await ask(["--groupings", "QUEUE"])
            let ungrouped = try await ask([])
            let seconds = try #require(oldest(grouped.first))
            let millis = try #require(oldest(ungrouped.first))
            #expect(seconds >= 45, "a caller has waited since 45 s before the start")
            #expect(
                millis / 1000 - seconds < 1 && millis / 1000 >= seconds, "\(millis) ms without grouping, \(seconds) s grouped")
            #expect((grouped.first?["Dimensions"] as? [String: Any])?["Queue"] != nil && ungrouped.first?["Dimensions"] == nil)
        }
    }

    @Test("search-contacts pages through a day with TotalCount; search-users finds the supervisor; storage configs")
    func lookingBack() async throws {
        let aws = try Self.aws()
        try await withSimulator(.init(scenario: .history, speed: 1)) { simulator, client in
            let now = Int(Date().timeIntervalSince1970)
            let search = try await AWSCLI.run(
                aws,
                arguments: [
                    "connect", "search-contacts", "--time-range",
                    "Type=INITIATION_TIMESTAMP,StartTime=\(now - 86_400),EndTime=\(now + 60)", "--search-criteria",
                    #"{"ContactAnalysis":{"Transcript":{"Criteria":[{"ParticipantRole":"CUSTOMER","SearchText":["refund"],"MatchType":"MATCH_ANY"}]}}}"#,
                    "--page-size", "2",
                ], endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(search.status == 0, "stderr: \(search.stderr)")
            let object = try Self.json(search)
            let contacts = try #require(object["Contacts"] as? [[String: Any]])
            #expect(contacts.count >= 3 && object["TotalCount"] as? Int == contacts.count, "\(object)")
            #expect(await simulator.requestLog.count > 1, "the CLI followed NextToken")
            let users = try await AWSCLI.run(
                aws,
                arguments: [
                    "connect", "search-users", "--search-criteria",
                    #"{"StringCondition":{"FieldName":"Username","Value":"Rosa.Mendes","ComparisonType":"EXACT"}}"#,
                ], endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            let found = try #require(try Self.json(users)["Users"] as? [[String: Any]])
            #expect(found.count == 1 && found.first?["Id"] as? String == "u-rosa", "\(users.stdout)\(users.stderr)")
            let storage = try await AWSCLI.run(
                aws, arguments: ["connect", "list-instance-storage-configs", "--resource-type", "CALL_RECORDINGS"],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            let configs = try #require(try Self.json(storage)["StorageConfigs"] as? [[String: Any]])
            #expect((configs.first?["S3Config"] as? [String: Any])?["BucketName"] as? String == DemoIdentity.recordingsBucket)
        }
    }

    @Test("sts get-caller-identity at the emulator's endpoint answers the demo supervisor's role session")
    func callerIdentity() async throws {
        let aws = try Self.aws()
        try await withSimulator(.init(scenario: .demo, speed: 1)) { _, client in
            let result = try await AWSCLI.run(
                aws,
                arguments: [
                    "sts", "get-caller-identity", "--endpoint-url", client.endpoint.absoluteString, "--region",
                    DemoIdentity.region,
                    "--output", "json",
                ], secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let identity = try Self.json(result)
            #expect(
                identity["Arn"] as? String == DemoIdentity.callerArn && identity["Account"] as? String == DemoIdentity.account)
            let wrong = try await AWSCLI.run(
                aws,
                arguments: [
                    "sts", "get-caller-identity", "--endpoint-url", client.endpoint.absoluteString, "--region",
                    DemoIdentity.region,
                ], secret: "nope")
            #expect(wrong.status != 0 && wrong.stderr.contains("SignatureDoesNotMatch"), "\(wrong.stderr)")
        }
    }
}
