import ContactLensModel
import Testing

@testable import LensSimulator

@Suite("Fault plan parsing and draws")
struct FaultPlanTests {
    @Test("The documented example parses to each field")
    func parsesExample() throws {
        let plan = try FaultPlan.parse("throttle=0.2,error=0.1,dup=0.1,drop=0.05,latency=300ms,reject=0.02")
        #expect(plan.throttle == 0.2 && plan.error == 0.1 && plan.dup == 0.1)
        #expect(plan.drop == 0.05 && plan.reject == 0.02 && plan.latencyMillis == 300)
        #expect(try FaultPlan.parse(plan.description) == plan)
        #expect(try FaultPlan.parse("latency=1.5s").latencyMillis == 1_500)
        #expect(try FaultPlan.parse(" ") == .none)
        #expect(try FaultPlan.parse("none").isEmpty)
    }

    @Test(
        "Bad plans fail with a message naming the problem",
        arguments: [
            ("sluggish=0.1", "unknown fault 'sluggish'"),
            ("throttle", "not name=value"),
            ("throttle=abc", "throttle=abc"),
            ("error=1.5", "from 0 to 1"),
            ("drop=-0.1", "from 0 to 1"),
            ("latency=300", "with a unit"),
            ("latency=fast", "latency=fast"),
            ("throttle=0.6,error=0.6", "more than 1"),
            ("throttle=0.1,,error=0.1", "not name=value"),
        ])
    func rejects(text: String, expected: String) {
        #expect {
            try FaultPlan.parse(text)
        } throws: { error in
            String(describing: error).contains(expected)
        }
    }

    @Test("Draws follow the probabilities and the seed")
    func draws() throws {
        let plan = try FaultPlan.parse("throttle=0.25,error=0.25,reject=0.25,drop=0.25")
        var random = SeededGenerator(seed: 1)
        var counts: [Fault: Int] = [:]
        for _ in 0..<4_000 {
            if let fault = plan.draw(using: &random, hasToken: true, hasDelivered: true) { counts[fault, default: 0] += 1 }
        }
        #expect(counts[.dup] == nil)
        for fault in [Fault.throttle, .error, .reject, .drop] { #expect((850...1_150).contains(counts[fault] ?? 0)) }

        var a = SeededGenerator(seed: 5)
        var b = SeededGenerator(seed: 5)
        let first = (0..<50).map { _ in plan.draw(using: &a, hasToken: true, hasDelivered: true) }
        let second = (0..<50).map { _ in plan.draw(using: &b, hasToken: true, hasDelivered: true) }
        #expect(first == second)
    }

    @Test("reject needs a token and dup something already delivered")
    func inapplicable() throws {
        var random = SeededGenerator(seed: 3)
        let reject = try FaultPlan.parse("reject=1")
        let dup = try FaultPlan.parse("dup=1")
        let draws = [
            reject.draw(using: &random, hasToken: false, hasDelivered: false),
            reject.draw(using: &random, hasToken: true, hasDelivered: false),
            dup.draw(using: &random, hasToken: true, hasDelivered: false),
            dup.draw(using: &random, hasToken: true, hasDelivered: true),
        ]
        #expect(draws == [nil, .reject, nil, .dup])
    }
}
