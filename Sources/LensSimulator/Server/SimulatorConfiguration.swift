import AWSSigV4
import FoundationEssentials
import Logging

/// Everything a simulator needs: what to play, how fast, which faults, who may call, where to listen.
package struct SimulatorConfiguration: Sendable {
    package var scenario: Scenario
    /// 1 is real time, 4 is four times faster; `.infinity` releases everything at once (a finished call).
    package var speed: Double
    package var faults: FaultPlan
    /// Seeds the fault draws, so a run can be reproduced.
    package var seed: UInt64
    /// The signers accepted; requests are SigV4-verified for service `connect`.
    package var credentials: [AWSCredentials]
    /// Access keys among `credentials` whose identity lacks connect:ListRealtimeContactAnalysisSegments:
    /// their valid requests get 403 AccessDeniedException, as from IAM.
    package var deniedAccessKeys: Set<String> = []
    /// False: DescribeContact answers AccessDeniedException, as for an identity without
    /// connect:DescribeContact (lenstail's `--channel auto` then falls back).
    package var allowsDescribeContact = true
    /// Amazon Connect actions (`GetCurrentMetricData`…) no identity may call: the emulator's
    /// operations answer them 403 AccessDeniedException, as IAM does without `connect:<action>`.
    package var deniedActions: Set<String> = []
    /// A token bucket per access key like the real quota (`RateLimit.serviceQuota`); nil = no limit.
    package var rateLimit: RateLimit?
    package var host: String
    /// 0 picks a free port; `Simulator.start()` returns the one bound.
    package var port: Int
    /// Receives one info line per request; nil logs nothing (the demo draws on the terminal).
    package var logger: Logger?
    /// How many of the latest requests `Simulator.requestLog` keeps.
    package var requestLogLimit = 100_000
    /// The clock, replaceable in tests; signatures are checked against it too.
    package var now: @Sendable () -> Date

    package init(
        scenario: Scenario, speed: Double = 1, faults: FaultPlan = .none, seed: UInt64 = 0,
        credentials: [AWSCredentials] = [DemoIdentity.credentials], rateLimit: RateLimit? = nil,
        host: String = "127.0.0.1", port: Int = 0, logger: Logger? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.scenario = scenario
        self.speed = speed
        self.faults = faults
        self.seed = seed
        self.credentials = credentials
        self.rateLimit = rateLimit
        self.host = host
        self.port = port
        self.logger = logger
        self.now = now
    }
}
