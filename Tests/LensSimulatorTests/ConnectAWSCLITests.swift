import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// The real AWS CLI's `aws connect` against the emulator's floor: the wire shapes, signing,
/// paging and errors of GetCurrentUserData and the listings match botocore's.
@Suite("aws connect against the emulator", .enabled(if: AWSCLI.path != nil || AWSCLI.isCI, "the aws CLI is not installed"))
struct ConnectAWSCLITests {
    @Test("get-current-user-data lists the agents of a queue with their live calls")
    func currentUserData() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: .wallDemoAllConnected, speed: 1)) { simulator, client in
            // every call connected from the start, for a minute or more
            let result = try await AWSCLI.run(
                aws, arguments: ["connect", "get-current-user-data", "--filters", "Queues=q-sales-0003", "--max-results", "2"],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let page = try JSONDecoder().decode(GetCurrentUserDataResponse.self, from: Data(result.stdout.utf8))
            #expect(page.userDataList.count == 2)
            #expect(page.nextToken != nil, "three sales agents, two a page")
            #expect(page.approximateTotalCount == 3)
            let contacts = page.userDataList.flatMap { $0.contacts ?? [] }
            #expect(contacts.count == 2)
            #expect(
                contacts.allSatisfy {
                    $0.channel == "VOICE" && $0.agentContactState == "CONNECTED" && $0.queue?.id == "q-sales-0003"
                })
            #expect(await simulator.requestLog.map(\.status) == [200])
        }
    }

    @Test("list-queues pages with --page-size; the CLI follows NextToken")
    func listQueues() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: .wallDemo, speed: 1)) { simulator, client in
            let result = try await AWSCLI.run(
                aws, arguments: ["connect", "list-queues", "--page-size", "1"], endpoint: client.endpoint,
                secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("\"Billing\"") && result.stdout.contains("\"Sales\""))
            #expect(await simulator.requestLog.count == Scenario.wallDemo.floor?.queues.count, "one page per queue")
        }
    }

    @Test("Two filter kinds are an InvalidRequestException; a wrong secret an InvalidSignatureException")
    func errors() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let two = try await AWSCLI.run(
                aws, arguments: ["connect", "get-current-user-data", "--filters", "Queues=q-sales-0003,Agents=u-sam"],
                endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(two.status != 0)
            #expect(two.stderr.contains("InvalidRequestException"), "stderr: \(two.stderr)")
            let wrong = try await AWSCLI.run(
                aws, arguments: ["connect", "list-users"], endpoint: client.endpoint, secret: "not-the-secret")
            #expect(wrong.status != 0)
            #expect(wrong.stderr.contains("InvalidSignatureException"), "stderr: \(wrong.stderr)")
        }
    }
}
