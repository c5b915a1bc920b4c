/// AWS standard mode's retry quota: a bucket of 500 that each retry draws from, so a client
/// that keeps failing stops retrying instead of adding load. Successes refill it.
package struct RetryQuota: Sendable, Hashable {
    package static let capacity = 500
    package private(set) var available = RetryQuota.capacity
    private var lastCost: Int?

    package init() {}

    /// Takes the cost of a retry (10 for a timeout, 5 otherwise); false when it can't be paid.
    package mutating func acquire(for error: ClientError) -> Bool {
        let cost: Int
        if case .timeout = error { cost = 10 } else { cost = 5 }
        guard available >= cost else { return false }
        available -= cost
        lastCost = cost
        return true
    }

    /// A success gives back the last retry's cost, or 1 when it needed no retry.
    package mutating func recordSuccess() {
        available = min(Self.capacity, available + (lastCost ?? 1))
        lastCost = nil
    }
}
