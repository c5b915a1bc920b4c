import AWSSigV4
import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// The Connect client's own logic: the supervisor resolver, MonitorContact's retries with one
/// ClientToken, the ListUsers fallback, and reading OLDEST_CONTACT_AGE.
@Suite struct ConnectClientTests {
    static func client(_ stub: StubHTTPServer) -> ConnectClient {
        ConnectClient(
            endpoint: URL(string: stub.url)!, region: "us-east-1",
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: "AKIDTEST", secretAccessKey: "secret"), source: "test"))
    }

    static func body(_ request: StubHTTPServer.Request) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any] ?? [:]
    }

    @Test(
        "The session name of an assumed role, an IAM or a federated user; nothing for the rest",
        arguments: [
            ("arn:aws:sts::111122223333:assumed-role/Supervisor/ana@example.com", "ana@example.com"),
            ("arn:aws:iam::111122223333:user/team/ana", "ana"),
            ("arn:aws:sts::111122223333:federated-user/ana", "ana"),
            ("arn:aws:iam::111122223333:root", nil),
            ("arn:aws:sts::111122223333:assumed-role/OnlyRole", nil),
            ("not an arn", nil),
        ])
    func sessionName(_ arn: String, _ expected: String?) {
        #expect(SupervisorResolver.sessionName(arn) == expected)
    }

    @Test("--user wins; else connect_user; else the session name and its part before @; else nothing and one line")
    func candidates() {
        let arn = "arn:aws:sts::111122223333:assumed-role/Supervisor/ana@example.com"
        #expect(
            SupervisorResolver.candidates(flag: " sam ", profileUser: "li", profileName: "dev", callerArn: arn)
                == [SupervisorCandidate("sam", from: .flag)])
        #expect(
            SupervisorResolver.candidates(flag: "", profileUser: "li", profileName: "dev", callerArn: arn)
                == [SupervisorCandidate("li", from: .profile("dev"))])
        #expect(
            SupervisorResolver.candidates(flag: nil, profileUser: nil, profileName: nil, callerArn: arn).map(\.value)
                == ["ana@example.com", "ana"])
        #expect(SupervisorResolver.candidates(flag: nil, profileUser: nil, profileName: nil, callerArn: nil).isEmpty)
        #expect(SupervisorResolver.notFound([], instanceId: "i").contains("--user"))
        #expect(SupervisorResolver.userId(fromArn: "arn:aws:connect:us-east-1:1:instance/i-1/agent/u-9") == "u-9")
        #expect(SupervisorResolver.userId(fromArn: "arn:aws:connect:us-east-1:1:instance/i-1/queue/q-9") == nil)
    }

    @Test("A failed MonitorContact is retried with the same ClientToken; a refusal is not retried")
    func retryKeepsTheToken() async throws {
        let attempts = Counter()
        let stub = try StubHTTPServer { _ in
            attempts.add() == 1
                ? .json(#"{"Message":"try again"}"#, status: 500)
                : .json(#"{"ContactId":"m-1","ContactArn":"arn:aws:connect:us-east-1:1:instance/i/contact/m-1"}"#)
        }
        defer { stub.stop() }
        let request = MonitorContactRequest(
            instanceId: "i", contactId: "c", userId: "u", allowedMonitorCapabilities: [.silentMonitor])
        let answer = try await Self.client(stub).monitorContact(
            request, retry: RetryPolicy(maxAttempts: 3, base: .milliseconds(5)))
        #expect(answer.contactId == "m-1")
        let tokens = stub.requests.map { Self.body($0)["ClientToken"] as? String }
        #expect(tokens.count == 2 && tokens[0] != nil && tokens[0] == tokens[1], "\(tokens)")
        #expect(stub.requests.allSatisfy { $0.path == "/contact/monitor" && $0.method == "POST" })
        print("FIGURE MonitorContact retry: \(tokens.count) attempts (500, then 200), ClientToken \(tokens[0] ?? "-") on both")

        let refusing = try StubHTTPServer { _ in
            StubHTTPServer.Response(
                status: 400, headers: [("x-amzn-ErrorType", "InvalidRequestException")],
                body: #"{"Message":"User's phone number is invalid"}"#)
        }
        defer { refusing.stop() }
        await #expect(throws: ClientError.self) {
            _ = try await Self.client(refusing).monitorContact(
                request, retry: RetryPolicy(maxAttempts: 3, base: .milliseconds(5)))
        }
        #expect(refusing.requests.count == 1)
    }

    /// Counts calls across the stub's threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() -> Int {
            lock.withLock {
                count += 1
                return count
            }
        }
    }

    @Test("Without connect:SearchUsers the supervisor is looked up in ListUsers")
    func listUsersFallback() async throws {
        let stub = try StubHTTPServer { request in
            if request.path == "/search-users" {
                return StubHTTPServer.Response(
                    status: 403, headers: [("x-amzn-ErrorType", "AccessDeniedException")],
                    body: #"{"Message":"not authorized to perform: connect:SearchUsers"}"#)
            }
            return .json(#"{"UserSummaryList":[{"Id":"u-1","Arn":"arn:u-1","Username":"rosa.mendes"}]}"#)
        }
        defer { stub.stop() }
        let resolution = try await Self.client(stub).resolveSupervisor(
            [SupervisorCandidate("Rosa.Mendes", from: .flag)], instanceId: "i-1")
        #expect(
            resolution
                == .found(
                    UserSearchSummary(arn: "arn:u-1", id: "u-1", username: "rosa.mendes"),
                    SupervisorCandidate("Rosa.Mendes", from: .flag)))
        #expect(stub.requests.map(\.path) == ["/search-users", "/users-summary/i-1"])
    }

    @Test("OLDEST_CONTACT_AGE of an ungrouped answer is read from milliseconds; other metrics and grouped answers untouched")
    func oldestContactAge() throws {
        let body = #"""
            {"MetricResults":[{"Collections":[
              {"Metric":{"Name":"OLDEST_CONTACT_AGE","Unit":"SECONDS"},"Value":24113.0},
              {"Metric":{"Name":"CONTACTS_IN_QUEUE","Unit":"COUNT"},"Value":3.0},
              {"Metric":{"Name":"ESTIMATED_WAIT_TIME","Unit":"SECONDS"},"Value":null}]}],
             "DataSnapshotTime":1717000000.5}
            """#
        let page = try ConnectJSON.decode(GetCurrentMetricDataResponse.self, from: Array(body.utf8))
        let read = page.normalized(ungrouped: true).metricResults[0]
        #expect(abs((read.value(.oldestContactAge) ?? 0) - 24.113) < 0.0001 && read.value(.contactsInQueue) == 3)
        #expect(read.value(.estimatedWaitTime) == nil, "null: not computable")
        #expect(page.normalized(ungrouped: false) == page)
        #expect(page.dataSnapshotTime == Date(timeIntervalSince1970: 1_717_000_000.5))
        let iso = try ConnectJSON.decode(
            Contact.self, from: Array(#"{"Id":"c","InitiationTimestamp":"2024-05-29T16:26:40Z"}"#.utf8))
        #expect(iso.initiationTimestamp == Date(timeIntervalSince1970: 1_717_000_000))
    }
}
