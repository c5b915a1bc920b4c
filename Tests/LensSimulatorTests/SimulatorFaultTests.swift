import ContactLensModel
import Foundation
import LensSimulator
import Testing

@Suite("Simulator over loopback HTTP: injected faults")
struct SimulatorFaultTests {
    /// Follows the demo call page by page like a careful client: retries on errors keeping its token,
    /// restarts without a token when the token is rejected, merges duplicates by identity.
    static func follow(_ client: WireClient) async throws -> (segments: [Segment], dropped: Int) {
        var delivered: [Segment] = []
        var token: String?
        var dropped = 0
        for _ in 1...1_000 {
            let response: WireResponse
            do {
                response = try await client.list(maxResults: 5, nextToken: token)
            } catch {
                dropped += 1
                continue  // dropped connection: send the same request again
            }
            switch (response.status, response.errorType) {
            case (200, _):
                let page = try response.page()
                for segment in page.segments where !delivered.contains(segment) { delivered.append(segment) }
                guard let next = page.nextToken else { return (delivered, dropped) }
                token = next
            case (400, "InvalidRequestException"):
                token = nil  // the service refused our token: start again from the beginning
            default:
                continue  // throttled or internal error: retry with the same token
            }
        }
        Issue.record("the follow did not finish")
        return (delivered, dropped)
    }

    static func configuration(seed: UInt64) throws -> SimulatorConfiguration {
        SimulatorConfiguration(
            scenario: .demo, speed: .infinity,
            faults: try FaultPlan.parse("throttle=0.15,error=0.15,reject=0.04,drop=0.1,dup=0.2,latency=5ms"), seed: seed)
    }

    @Test("Every kind of fault happens, each with its status, and no segment is lost")
    func faultsDoNotLosePlace() async throws {
        try await withSimulator(try Self.configuration(seed: 7)) { simulator, client in
            // Several complete follows, so that every kind of fault gets drawn.
            var dropped = 0
            for _ in 1...6 {
                let result = try await Self.follow(client)
                #expect(result.segments == Scenario.demo.contacts[0].timeline.map(\.segment))
                dropped += result.dropped
            }
            let log = await simulator.requestLog
            // Each drop fault reached the client as a broken response, never as a short page.
            #expect(dropped == log.filter { $0.fault == "drop" }.count)
            let kinds = Set(log.compactMap(\.fault))
            #expect(kinds == ["throttle", "error", "reject", "drop", "dup"], "seen: \(kinds.sorted())")
            for record in log {
                switch record.fault {
                case "throttle": #expect(record.status == 429 && record.errorCode == "ThrottlingException")
                case "error": #expect(record.status == 500 && record.errorCode == "InternalServiceException")
                case "reject":
                    #expect(record.status == 400 && record.errorCode == "InvalidRequestException")
                    #expect(record.nextTokenSent != nil)
                case "dup": #expect(record.status == 200 && record.segmentCount > 0 && record.nextTokenSent != nil)
                case "drop": #expect(record.status == 200)
                default: #expect(record.status == 200)
                }
            }
        }
    }

    @Test("The same seed gives the same faults in the same order")
    func reproducible() async throws {
        let first = try await withSimulator(try Self.configuration(seed: 99)) { simulator, client in
            _ = try await Self.follow(client)
            return await simulator.requestLog.map { $0.fault ?? "-" }
        }
        let second = try await withSimulator(try Self.configuration(seed: 99)) { simulator, client in
            _ = try await Self.follow(client)
            return await simulator.requestLog.map { $0.fault ?? "-" }
        }
        #expect(first == second)
        #expect(first.contains { $0 != "-" })
    }
}
