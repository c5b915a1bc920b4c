extension RetryPolicy {
    /// Runs `attempt` until it succeeds, fails for good, or the policy (or the retry quota) says
    /// stop; waits on `clock` between tries.
    package func run<T: Sendable>(
        clock: any Clock<Duration> = ContinuousClock(), _ attempt: () async throws(ClientError) -> T
    ) async throws(ClientError) -> T {
        var quota = RetryQuota()
        var number = 1
        while true {
            do {
                let value = try await attempt()
                quota.recordSuccess()
                return value
            } catch {
                guard case .retry(let delay) = decide(after: error, attempt: number, jitter: Double.random(in: 0..<1)),
                    quota.acquire(for: error)
                else { throw error }
                do { try await clock.sleep(for: delay) } catch { throw .cancelled }
                number += 1
            }
        }
    }
}
