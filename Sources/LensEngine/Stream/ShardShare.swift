/// This reader's share of one shard's 5 GetRecords calls a second, which every reader of the
/// stream draws on: the rate at which it asks a shard that had nothing new. Shared the way TCP
/// shares a link (AIMD on the rate): as fast as the poll interval allows while nobody is
/// throttled; 15 % slower at a `ProvisionedThroughputExceededException` (once per run of them, as
/// TCP slows once per window); creeping back up with time, by the same amount for every reader,
/// so that readers that started unequal end up equal. Once past the rate it was last throttled at
/// it speeds up (the others may have gone), as CUBIC does.
///
/// A throttled call is made again half a second to a second later, whatever the share: AWS says
/// the second after a throttle is throttled too, and a reader that waited longer would see its
/// records later without sparing anyone a call (a throttled call uses none of the limit).
package struct ShardShare: Hashable, Sendable {
    /// How the share moves. The defaults, on a virtual clock against a shard that admits 5 calls
    /// in any second (SharedStreamTests): five readers each read within 1.1 s (p95) with about
    /// 6 % of their calls throttled; ten within 3-4 s, evenly.
    package struct Rules: Hashable, Sendable {
        /// Calls a second gained per second without a throttle, plus `proportional` × the rate.
        /// The constant part makes the shares equal; the proportional part, and `acceleration`,
        /// bring a lone reader back quickly once the others have gone.
        package var additive: Double
        package var proportional: Double
        /// The fraction of its rate a reader keeps after a throttle.
        package var decrease: Double
        /// Past the rate of the last throttle, the growth doubles after this long, triples after
        /// twice as long, and so on.
        package var acceleration: Duration
        /// The longest interval between two reads of an idle shard, however often it is throttled.
        package var longest: Duration
        /// A throttled call is made again after half of this to all of it, drawn at random so
        /// that readers that collided part.
        package var throttlePause: Duration

        package init(
            additive: Double = 0.004, proportional: Double = 0.002, decrease: Double = 0.85,
            acceleration: Duration = .seconds(10), longest: Duration = .seconds(5), throttlePause: Duration = .seconds(1)
        ) {
            self.additive = additive
            self.proportional = proportional
            self.decrease = decrease
            self.acceleration = acceleration
            self.longest = longest
            self.throttlePause = throttlePause
        }
    }

    /// Calls a second on an idle shard.
    package private(set) var rate: Double
    /// Throttles since the last call that was not.
    package private(set) var throttles = 0
    /// When the last call that was not throttled started (the increase counts from there).
    private var lastSuccess: Duration?
    /// The rate when the last throttle came, and since when the rate has been above it.
    private var rateAtThrottle: Double?
    private var aboveSince: Duration?

    /// A new shard is read as fast as the poll interval allows.
    package init(pollInterval: Duration) {
        rate = 1 / pollInterval.seconds
    }

    /// A call that started at `started` was answered: the rate grows by the time since the last.
    package mutating func succeeded(startedAt started: Duration, rules: Rules, pollInterval: Duration) {
        if let last = lastSuccess, started > last {
            var speed = 1.0
            if rateAtThrottle.map({ rate > $0 }) ?? true {
                let since = aboveSince ?? last
                aboveSince = since
                speed += (started - since) / rules.acceleration
            }
            let growth = (rules.additive + rules.proportional * rate) * speed * (started - last).seconds
            rate = min(1 / pollInterval.seconds, rate + growth)
        }
        lastSuccess = started
        throttles = 0
    }

    /// A call was throttled: the first of a run slows the shard; the increase starts again from
    /// the next success.
    package mutating func throttled(rules: Rules) {
        if throttles == 0 {
            rateAtThrottle = rate
            rate = max(1 / rules.longest.seconds, rate * rules.decrease)
        }
        lastSuccess = nil
        aboveSince = nil
        throttles += 1
    }

    /// The time between two reads of an idle shard.
    package func interval(rules: Rules, pollInterval: Duration) -> Duration {
        guard rate < 1 / pollInterval.seconds else { return pollInterval }
        return min(rules.longest, max(pollInterval, .seconds(1 / rate)))
    }

    /// The wait before asking a throttled shard again; `draw` is a jitter draw in [0, 1).
    package static func pauseAfterThrottle(rules: Rules, draw: Double) -> Duration {
        rules.throttlePause * (0.5 + draw / 2)
    }
}
