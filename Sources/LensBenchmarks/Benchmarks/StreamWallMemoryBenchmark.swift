import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import LensUI

/// What the stream wall keeps per live call, in process (no moto, no answers in flight): the demo
/// call's stream records for `--contacts` copies, routed by `FloorStreamState` as the wall's reader
/// does and reduced 16 events at a time into the wall with a 200×60 frame after each batch. The
/// bytes malloc holds once every call is live and has all its turns, per contact: the wall's rows,
/// then the reader's ledgers (the rows dropped first).
struct StreamWallMemoryBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream-wall-memory", abstract: "The stream wall's memory per live call, in process.")

    @Option(help: "Live calls on the floor (copies of the demo call).") var contacts = 500
    @Option(help: "Engine events reduced at once.") var batch = 16

    func run() async throws {
        guard contacts > 0, batch > 0 else { throw ValidationError("--contacts and --batch take positive counts") }
        let m = try Self.measure(contacts: contacts, batch: batch)
        print(
            "stream-wall-memory: \(contacts) live calls, \(m.segments) segments (\(m.segments / contacts) a call), "
                + "\(m.records) records: \(m.all / contacts / 1024) KB per call in all, "
                + "the wall's rows \((m.all - m.reader) / contacts / 1024) KB, the reader's ledgers \(m.reader / contacts / 1024) KB"
        )
    }

    struct Figures {
        /// Bytes malloc holds for the floor: the wall and the reader's routing state, and the latter alone.
        var all = 0, reader = 0, segments = 0, records = 0
    }

    static func measure(contacts: Int, batch: Int = 16) throws -> Figures {
        // COMPLETED is left out: the calls stay live, as a busy floor's do. (The plan is gone before
        // the count starts: only what the floor keeps is counted.)
        let items = StreamEventPlan(scenario: .demo, copies: contacts, newIds: true).items
            .filter { $0.event.eventType != .completed }.sorted { $0.atMillis < $1.atMillis }
        let size = Size(width: 200, height: 60)
        func emptyWall() throws -> WallScreen {
            WallScreen(
                try WallState(
                    instanceId: "bench", scope: "every contact on the stream",
                    options: WallOptions(alertPatterns: ["Escalation"]), size: size))
        }
        var figures = Figures(records: items.count)
        let before = MallocInfo.inUse()
        var floor = FloorStreamState(instanceId: nil, everyContact: true)
        var screen = try emptyWall()
        var pending: [WallEvent] = []
        let now = Date()
        // Records are made as they are read (what the wall keeps of them counts), 100 an answer.
        for chunk in stride(from: 0, to: items.count, by: 100) {
            let records = try (chunk..<min(items.count, chunk + 100)).map { n in
                KinesisRecord(sequenceNumber: "\(n)", data: try items[n].event.serialized(), partitionKey: items[n].contactId)
            }
            pending += floor.take(records, shardId: "s", receivedAt: now)
            while pending.count >= batch || (chunk + 100 >= items.count && !pending.isEmpty) {
                let taken = pending.prefix(batch)
                pending.removeFirst(taken.count)
                for case .contact(_, .segments(let new, _)) in taken { figures.segments += new.count }
                screen.state.now = now
                _ = screen.reduce(.messages(taken.map(WallMessage.engine)))
                _ = screen.render(size: size, back: nil)
            }
        }
        let live = screen.state.visible.count
        figures.all = MallocInfo.inUse() - before
        screen = try emptyWall()
        figures.reader = MallocInfo.inUse() - before
        withExtendedLifetime((floor, items)) {}  // the plan's items are not the floor's: kept to the end
        guard live == contacts else { throw BenchmarkError("\(live) live rows, not \(contacts)") }
        return figures
    }
}
