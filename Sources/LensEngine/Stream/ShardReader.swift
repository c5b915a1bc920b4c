import AWSClient
import ContactLensModel
import FoundationEssentials

/// Reads every shard of a stream with `ShardReaderMachine`: makes the calls it asks for (several
/// at once), feeds back their answers, and reports records as they arrive.
package struct ShardReader: Sendable {
    package enum Output: Sendable {
        /// Records of one shard, in sequence order.
        case records(shardId: String, [KinesisRecord], receivedAt: Date)
        /// Every readable shard was read up to its tip (see `ShardReaderMachine+Rounds`).
        case roundCompleted(Int)
        /// Which shards have been read to their tip, when that changes.
        case tips(ShardTips)
        /// Retrying, throttled, or live again after a failure.
        case status(FollowStatus)
        /// A fatal error: the reader has stopped.
        case failed(ClientError)
    }

    package var configuration: ShardReaderConfiguration
    package var seed: UInt64 = .random(in: 0...UInt64.max)
    private let calls: KinesisCalls
    private let wallClock: @Sendable () -> Date

    package init(
        configuration: ShardReaderConfiguration, calls: KinesisCalls,
        wallClock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.calls = calls
        self.wallClock = wallClock
    }

    /// The reader's outputs; it stops when the consumer stops listening or after `.failed`.
    package func outputs<C: Clock>(clock: C) -> AsyncStream<Output> where C.Duration == Duration {
        let (stream, continuation) = AsyncStream<Output>.makeStream(bufferingPolicy: .unbounded)
        let task = Task { await run(clock: clock, emit: continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private enum Completion: Sendable {
        case timer
        case listed([KinesisShard])
        case iterator(shardId: String, String?)
        case records(shardId: String, GetRecordsResponse)
        case failed(ShardReaderMachine.Request, ClientError)
    }

    private func run<C: Clock>(clock: C, emit: AsyncStream<Output>.Continuation) async where C.Duration == Duration {
        defer { emit.finish() }
        let start = clock.now
        func elapsed() -> Duration { start.duration(to: clock.now) }
        var machine = ShardReaderMachine(configuration: configuration, seed: seed)
        var troubled = false
        var tips: ShardTips?
        await withTaskGroup(of: Completion.self) { group in
            var timer: Duration?
            while !Task.isCancelled {
                let step = machine.next(at: elapsed())
                for request in step.requests { group.addTask { await perform(request) } }
                if let wake = step.wakeAt, timer.map({ wake < $0 }) ?? true {
                    timer = wake
                    group.addTask {
                        try? await clock.sleep(until: start.advanced(by: wake), tolerance: nil)
                        return .timer
                    }
                }
                guard let completion = await group.next() else { break }
                if Task.isCancelled { break }
                let now = elapsed()
                switch completion {
                case .timer:
                    if let due = timer, due <= now { timer = nil }
                case .listed(let shards):
                    machine.listed(shards, at: now)
                case .iterator(let id, let iterator):
                    machine.gotIterator(shardId: id, iterator: iterator, at: now)
                case .records(let id, let answer):
                    if !answer.records.isEmpty { emit.yield(.records(shardId: id, answer.records, receivedAt: wallClock())) }
                    if machine.gotRecords(shardId: id, Self.summary(answer), at: now) {
                        emit.yield(.roundCompleted(machine.completedRounds))
                    }
                case .failed(let request, let error):
                    let notice = machine.failed(request, error: error, at: now)
                    if case .retrying(let attempt, let delay, let throttled) = notice {
                        troubled = true
                        emit.yield(
                            .status(
                                .retrying(
                                    reason: error.shortReason, attempt: attempt,
                                    retryAt: wallClock().addingTimeInterval(delay.seconds), throttled: throttled)))
                    }
                    if notice == .fatal, let failure = machine.failure {
                        emit.yield(.failed(failure))
                        group.cancelAll()
                        return
                    }
                    continue
                }
                let current = machine.tips
                if current != tips {
                    tips = current
                    emit.yield(.tips(current))
                }
                if troubled {
                    troubled = false
                    emit.yield(.status(.live(lastSuccess: wallClock())))
                }
            }
            group.cancelAll()
        }
    }

    private func perform(_ request: ShardReaderMachine.Request) async -> Completion {
        do throws(ClientError) {
            switch request {
            case .listShards: return .listed(try await calls.listShards())
            case .shardIterator(let id, let position): return .iterator(shardId: id, try await calls.shardIterator(id, position))
            case .records(let id, let iterator): return .records(shardId: id, try await calls.records(iterator))
            }
        } catch {
            return .failed(request, error)
        }
    }

    static func summary(_ answer: GetRecordsResponse) -> ShardReaderMachine.RecordsSummary {
        ShardReaderMachine.RecordsSummary(
            count: answer.records.count, lastSequence: answer.records.last?.sequenceNumber,
            nextIterator: answer.nextShardIterator.flatMap { $0.isEmpty ? nil : $0 },
            millisBehindLatest: answer.millisBehindLatest,
            children: (answer.childShards ?? []).map { (id: $0.shardId, parents: $0.parentShards) })
    }
}
