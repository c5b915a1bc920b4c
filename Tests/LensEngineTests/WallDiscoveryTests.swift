import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensEngine

/// GetCurrentUserData and the listings over real HTTP on loopback, against the emulator's floor.
@Suite struct WallDiscoveryTests {
    static func withFloor<T>(
        _ scenario: Scenario = .wallDemo, speed: Double = 1000, _ body: (ConnectDirectoryClient, Simulator) async throws -> T
    ) async throws
        -> T
    {
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: speed))
        let port = try await simulator.start()
        let client = ConnectDirectoryClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "test"))
        do {
            let result = try await body(client, simulator)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    @Test("Queue names resolve to ids through ListQueues, paged")
    func resolvesNames() async throws {
        try await Self.withFloor { client, _ in
            let page = try await client.list(.queue, instanceId: DemoIdentity.instanceId, maxResults: 2)
            #expect(page.items.count == 2)
            #expect(page.nextToken != nil)
            var directory = NameDirectory()
            try await directory.load([.queue, .user], instanceId: DemoIdentity.instanceId, client: client)
            #expect(try directory.resolve("Billing", .queue, instanceId: DemoIdentity.instanceId) == "q-billing-0001")
            #expect(try directory.resolve("support", .queue, instanceId: DemoIdentity.instanceId) == "q-support-0002")
            #expect(try directory.resolve("u-sam", .user, instanceId: DemoIdentity.instanceId) == "u-sam")
            #expect(directory.name(of: "u-sam", .user) == "sam.okafor")
            #expect(throws: WallSetupError.self) { try directory.resolve("Nope", .queue, instanceId: DemoIdentity.instanceId) }
            let all = try await client.listAll(.user, instanceId: DemoIdentity.instanceId, pageSize: 3)
            let floor = try #require(Scenario.wallDemo.floor)
            #expect(
                all.count == floor.agents.count + (floor.supervisors ?? []).count, "every agent and supervisor, in pages of 3")
            #expect(all.contains { $0.name == DemoIdentity.supervisorUsername })
        }
    }

    @Test("GetCurrentUserData pages through the floor; discovery finds the live calls, and the chat as a chat")
    func discovers() async throws {
        try await Self.withFloor(.wallDemoAllConnected, speed: 1) { client, _ in
            // every call is connected from the start and lasts a minute or more
            let users = try await client.allCurrentUserData(
                instanceId: DemoIdentity.instanceId, filters: UserDataFilters(queues: ["q-billing-0001", "q-sales-0003"]),
                pageSize: 3)
            #expect(users.count == 9, "five front-line agents (Billing), the chat's agent among them, three on Sales")
            let watcher = FloorWatcher(
                instanceId: DemoIdentity.instanceId, filter: FloorFilter(queues: ["q-billing-0001"], agents: ["u-marc"]),
                client: client)
            let live = try await watcher.discover()
            #expect(Set(live.map(\.agentId)).count == live.count)
            #expect(live.count == 7, "six calls and the chat: a queue filter finds the agents whose routing profile has it")
            #expect(live.filter { $0.channel == "CHAT" }.map(\.contactId) == [Scenario.wallChatContactId])
            #expect(live.allSatisfy { ["VOICE", "CHAT"].contains($0.channel) && $0.queueId != nil && $0.connectedAt != nil })
            let support = try await FloorWatcher(
                instanceId: DemoIdentity.instanceId, filter: FloorFilter(queues: ["q-support-0002"]), client: client
            ).discover()
            #expect(support.filter { $0.channel == "CHAT" }.map(\.contactId) == [Scenario.wallChatContactId])
        }
    }

    @Test("The emulator validates as the model says: one filter kind, list limits, MaxResults, the instance, the signature")
    func validation() async throws {
        try await Self.withFloor { client, _ in
            await #expect(throws: ClientError.self) {
                _ = try await client.getCurrentUserData(
                    GetCurrentUserDataRequest(
                        instanceId: DemoIdentity.instanceId, filters: UserDataFilters(queues: ["q"], agents: ["a"])))
            }
            do {
                _ = try await client.getCurrentUserData(
                    GetCurrentUserDataRequest(
                        instanceId: DemoIdentity.instanceId, filters: UserDataFilters(queues: ["q"], agents: ["a"])))
            } catch ClientError.service(let error) {
                #expect(error.code == "InvalidRequestException")
            }
            do {
                _ = try await client.getCurrentUserData(
                    GetCurrentUserDataRequest(instanceId: "other-instance", filters: UserDataFilters(queues: ["q"])))
            } catch ClientError.service(let error) {
                #expect(error.code == "ResourceNotFoundException")
            }
            // Client-side, as botocore: 101 queues, a second hierarchy group, MaxResults 0.
            for filters in [
                UserDataFilters(queues: (0...100).map { "q\($0)" }), UserDataFilters(userHierarchyGroups: ["a", "b"]),
            ] {
                await #expect(throws: ClientError.self) {
                    _ = try await client.getCurrentUserData(
                        GetCurrentUserDataRequest(instanceId: DemoIdentity.instanceId, filters: filters))
                }
            }
            let bad = ConnectDirectoryClient(
                endpoint: client.endpoint, region: DemoIdentity.region,
                credentials: StaticCredentialProvider(
                    AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: "wrong"), source: "test"))
            do {
                _ = try await bad.list(.queue, instanceId: DemoIdentity.instanceId)
                Issue.record("a wrong secret was accepted")
            } catch ClientError.service(let error) {
                #expect(error.code == "InvalidSignatureException")
            }
        }
    }

    @Test("Calls end: a finished call leaves the floor after its after-contact work")
    func endedCallsLeave() async throws {
        try await Self.withFloor(speed: 100_000) { client, _ in
            try await Task.sleep(for: .milliseconds(50))
            let watcher = FloorWatcher(
                instanceId: DemoIdentity.instanceId, filter: FloorFilter(hierarchyGroups: ["hg-floor-1"]), client: client)
            #expect(try await watcher.discover().isEmpty, "every call is over at 100000×; ENDED contacts are not live")
            let users = try await client.allCurrentUserData(
                instanceId: DemoIdentity.instanceId, filters: UserDataFilters(userHierarchyGroups: ["hg-floor-1"]))
            let inGroup = Scenario.wallDemo.floor?.agents.filter { $0.hierarchyGroupIds?.contains("hg-floor-1") == true }
            #expect(users.count == inGroup?.count, "every agent of the group is listed, with no live contact")
        }
    }
}
