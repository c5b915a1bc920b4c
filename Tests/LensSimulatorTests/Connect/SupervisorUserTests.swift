import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// Who listens in, through our clients against the emulator: STS GetCallerIdentity at its
/// endpoint, SearchUsers over its floor, the resolver's order; and where recordings are kept.
@Suite struct SupervisorUserTests {
    static func sts(_ client: ConnectClient) -> STSClient {
        STSClient(endpoint: client.endpoint, region: DemoIdentity.region)
    }

    @Test("No --user and no connect_user: the role session name of GetCallerIdentity finds Rosa")
    func callerIdentity() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let identity = try await Self.sts(client).getCallerIdentity(credentials: client.credentials)
            #expect(identity.arn == DemoIdentity.callerArn && identity.account == DemoIdentity.account)
            let candidates = SupervisorResolver.candidates(flag: nil, profileUser: nil, profileName: nil, callerArn: identity.arn)
            let resolution = try await client.resolveSupervisor(candidates, instanceId: DemoIdentity.instanceId)
            guard case .found(let user, let candidate) = resolution else {
                Issue.record("not found: \(resolution)")
                return
            }
            #expect(user.id == "u-rosa" && candidate.source == .callerIdentity)
            let wrong = StaticCredentialProvider(
                AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: "wrong"), source: "test")
            let refused = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await Self.sts(client).getCallerIdentity(credentials: wrong)
            }
            #expect(refused?.code == "SignatureDoesNotMatch" && refused?.httpStatus == 403)
        }
    }

    @Test("--user takes a username (any case), an id or an ARN; one that names nobody is one line naming --user")
    func flag() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let arn = "arn:aws:connect:us-east-1:\(DemoIdentity.account):instance/\(DemoIdentity.instanceId)/agent/u-li"
            for value in ["li.wei", "LI.WEI", "u-li", arn] {
                let candidates = SupervisorResolver.candidates(
                    flag: value, profileUser: "rosa.mendes", profileName: "dev", callerArn: DemoIdentity.callerArn)
                let resolution = try await client.resolveSupervisor(candidates, instanceId: DemoIdentity.instanceId)
                guard case .found(let user, _) = resolution else {
                    Issue.record("\(value): \(resolution)")
                    continue
                }
                #expect(user.id == "u-li" && user.arn == arn, "\(value)")
            }
            let nobody = try await client.resolveSupervisor(
                SupervisorResolver.candidates(
                    flag: "nobody", profileUser: nil, profileName: nil, callerArn: DemoIdentity.callerArn),
                instanceId: DemoIdentity.instanceId)
            guard case .notFound(let line) = nobody else {
                Issue.record("found \(nobody)")
                return
            }
            #expect(line.contains("'nobody'") && line.contains("--user") && !line.contains("\n"), "\(line)")
        }
    }

    @Test("The profile's connect_user comes before the caller's identity")
    func profile() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let candidates = SupervisorResolver.candidates(
                flag: nil, profileUser: "li.wei", profileName: "dev", callerArn: DemoIdentity.callerArn)
            let resolution = try await client.resolveSupervisor(candidates, instanceId: DemoIdentity.instanceId)
            guard case .found(let user, let candidate) = resolution else {
                Issue.record("\(resolution)")
                return
            }
            #expect(user.id == "u-li" && candidate.sourceText == "connect_user in profile 'dev'")
        }
    }

    @Test("SearchUsers: every agent and supervisor in pages; conditions by field, case-insensitively; unknown fields refused")
    func searchUsers() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let floor = try #require(Scenario.wallDemo.floor)
            let everyone = try await client.allUsers(instanceId: DemoIdentity.instanceId, matching: nil, pageSize: 3)
            #expect(everyone.count == floor.agents.count + (floor.supervisors ?? []).count)
            #expect(Set(everyone.compactMap(\.id)).count == everyone.count)
            let s = try await client.allUsers(instanceId: DemoIdentity.instanceId, matching: .field("Username", .startsWith, "S"))
            #expect(s.compactMap(\.username) == ["sam.okafor"])
            let front = try await client.allUsers(
                instanceId: DemoIdentity.instanceId,
                matching: UserSearchCriteria(andConditions: [
                    .field("RoutingProfileId", .exact, "rp-front-0001"), .field("LastName", .contains, "O"),
                ]))
            #expect(Set(front.compactMap(\.username)) == ["sam.okafor", "lena.vogel", "aiko.sato"])
            let bad = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.searchUsers(
                    SearchUsersRequest(instanceId: DemoIdentity.instanceId, searchCriteria: .field("Shoe", .exact, "x")))
            }
            #expect(bad?.code == "InvalidParameterException")
            await #expect(throws: ClientError.self) {
                _ = try await client.searchUsers(SearchUsersRequest(instanceId: DemoIdentity.instanceId, maxResults: 501))
            }
        }
    }

    @Test("ListInstanceStorageConfigs: the demo instance's call-recordings bucket; an unknown instance is not found")
    func storage() async throws {
        try await ConnectHarness.with(.init(scenario: .demo, speed: 1)) { _, client in
            let bucket = try #require(try await client.callRecordingsBucket(instanceId: DemoIdentity.instanceId))
            #expect(bucket.bucketName == DemoIdentity.recordingsBucket && bucket.bucketPrefix.hasSuffix("CallRecordings"))
            let chats = try await client.storageConfigs(instanceId: DemoIdentity.instanceId, resourceType: .chatTranscripts)
            #expect(chats.count == 1 && chats.first?.storageType == "S3")
            #expect(try await client.storageConfigs(instanceId: DemoIdentity.instanceId, resourceType: .agentEvents).isEmpty)
            let missing = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.callRecordingsBucket(instanceId: "00000000-0000-0000-0000-000000000000")
            }
            #expect(missing?.code == "ResourceNotFoundException")
            let raw = try await WireClient(endpoint: client.endpoint).send(
                method: "GET", path: ListInstanceStorageConfigs.path(instanceId: DemoIdentity.instanceId))
            #expect(
                raw.status == 400 && raw.errorType == "InvalidParameterException" && raw.message?.contains("resourceType") == true
            )
        }
    }
}
