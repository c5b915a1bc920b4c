import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine

/// The stream wall's floor of held contacts (records of calls discovery has not named yet) at its
/// bound: records of new contacts arrive 16 to a batch, so every batch evicts the least recently
/// active. Prints the time a batch takes with the floor full, at several bounds: the same time at
/// every bound is eviction in O(1) a contact.
struct StreamHeldBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream-held", abstract: "The stream wall's held contacts at their bound: the time of a batch that evicts.")

    @Option(help: "Bounds of held contacts to try, comma-separated.") var held = "500,5000,50000"
    @Option(help: "Records a batch (one new contact each).") var batch = 16

    func run() async throws {
        let bounds = held.split(separator: ",").compactMap { Int($0) }
        guard !bounds.isEmpty, bounds.allSatisfy({ $0 > 0 }), batch > 0 else {
            throw ValidationError("--held takes positive counts, --batch a positive count")
        }
        let turn = Segment.transcript(
            Transcript(
                id: "t1", participantId: "C", participantRole: "CUSTOMER", content: "a line the customer said",
                beginOffsetMillis: 0, endOffsetMillis: 900))
        for bound in bounds {
            var state = FloorStreamState(instanceId: nil, everyContact: false, maxHeld: bound)
            let start = Date()
            var batchTimes: [Double] = []
            // Fill the floor untimed, then as many contacts again, timed: each batch evicts `batch`.
            for first in stride(from: 0, to: 2 * bound, by: batch) {
                let records = try (first..<min(2 * bound, first + batch)).map { n in
                    let event = SegmentStreamEvent(
                        instanceId: "i", contactId: "contact-\(n)", eventType: .segments, segments: [turn])
                    return KinesisRecord(sequenceNumber: "\(n)", data: try event.serialized(), partitionKey: "contact-\(n)")
                }
                let at = start.addingTimeInterval(Double(first) / 1000)
                let seconds = Timing.seconds { _ = state.take(records, shardId: "s", receivedAt: at) }
                if first >= bound { batchTimes.append(seconds) }
            }
            guard state.heldCount == bound else { throw BenchmarkError("held \(state.heldCount), not \(bound)") }
            let times = Samples(batchTimes)
            print(
                "stream-held: \(bound) held, \(batchTimes.count) batches of \(batch) new contacts each evicting as many: "
                    + "median \(Show.ms(times.median)), p95 \(Show.ms(times.p95)), max \(Show.ms(times.max)) a batch "
                    + "(decoding the records included)")
        }
    }
}
