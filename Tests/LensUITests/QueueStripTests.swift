import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The queue strip under the wall's header: one cell per queue (name, callers waiting, the
/// oldest wait, agents available/online), `--alert-wait` marking and counting a queue, shorter
/// cells and then fewer as the terminal narrows, and a wall that goes on without it when the
/// figures cannot be read.
@Suite struct QueueStripTests {
    static let figures = [
        QueueFigures(
            queueId: "q-billing", name: "Billing", waiting: 4, oldestWait: 185, agentsOnline: 5, agentsAvailable: 0,
            agentsOnContact: 4, agentsAfterContactWork: 1),
        QueueFigures(
            queueId: "q-support", name: "Support", waiting: 1, oldestWait: 40, agentsOnline: 4, agentsAvailable: 2,
            agentsOnContact: 2, agentsAfterContactWork: 0),
        QueueFigures(
            queueId: "q-sales", name: "Sales", waiting: 0, oldestWait: 0, agentsOnline: 3, agentsAvailable: 1,
            agentsOnContact: 2, agentsAfterContactWork: 0),
        QueueFigures(queueId: "q-retention", name: "Retention"),
    ]

    /// The fixtures' wall with `--alert-wait 2m` and one refresh of the figures.
    static func wall(size: Size = Size(width: 160, height: 16), figures: [QueueFigures] = figures) -> (WallState, [WallEffect]) {
        var (state, _) = WallFixtures.state(size: size)
        state.options.alertWait = 120
        state.queues = WallQueues(alertWait: 120)
        let effects = reduceWall(into: &state, .engine(.queues(.figures(figures, at: WallFixtures.start))))
        return (state, effects)
    }

    @Test("Under the header, a cell per queue; a queue over --alert-wait is marked, rings once and counts as an alert")
    func stripUnderTheHeader() {
        let (state, effects) = Self.wall()
        let lines = state.screen.lines
        #expect(lines[0].contains("lenstail wall"))
        #expect(
            lines[1] == "!Billing 4 waiting 3m05s 0/5 avail │ Support 1 waiting 40s 2/4 avail │ Sales 0 waiting 1/3 avail │ "
                + "Retention no data", "\(lines[1])")
        let (wider, _) = Self.wall(size: Size(width: 230, height: 16))
        #expect(
            wider.screen.lines[1].hasPrefix(
                "queues !Billing 4 waiting, oldest 3m05s, 0/5 agents available │ Support 1 waiting, oldest 40s, 2/4 agents available"
            ), "\(wider.screen.lines[1])")
        #expect(wider.screen.lines[1].contains("Sales 0 waiting, 1/3 agents available │ Retention no data"))
        #expect(lines[2].contains("AGENT") && lines[3].contains("sam.okafor"), "the titles and rows move down a line")
        let alerts = effects.compactMap { if case .alert(let alert) = $0 { alert } else { nil } }
        #expect(alerts.map(\.queue) == ["Billing"] && alerts.first?.kind == .wait && alerts.first?.contactId == "-")
        #expect(effects.filter { $0 == .bell }.count == 1)
        #expect(lines[14] == "1 call with alerts · 1 queue waiting too long", "\(lines[14])")
        assertSnapshot(state.screen, named: "wall-queues")
    }

    @Test("A queue alerts again only after its wait fell back under --alert-wait")
    func alertsOncePerCrossing() {
        var (state, _) = Self.wall()
        func alerts(_ oldest: Double, waiting: Int = 2) -> [String] {
            var billing = Self.figures[0]
            (billing.oldestWait, billing.waiting) = (oldest, waiting)
            return reduceWall(into: &state, .engine(.queues(.figures([billing] + Self.figures.dropFirst(), at: state.now))))
                .compactMap { if case .alert(let alert) = $0 { alert.queue } else { nil } }
        }
        #expect(alerts(200) == [], "still over: no new alert")
        #expect(alerts(30) == [] && state.queues.alertedCount == 0, "answered: under again")
        #expect(alerts(121) == ["Billing"], "over again: a new alert")
        #expect(alerts(500, waiting: 0) == [] && state.queues.alertedCount == 0, "nobody waits: no alert, whatever the age")
    }

    @Test("Narrower terminals: shorter cells, then the queues over the wait first and how many more")
    func narrow() {
        let (wide, _) = Self.wall(size: Size(width: 140, height: 12))
        #expect(
            wide.screen.lines[1].hasPrefix("!Billing 4 waiting 3m05s 0/5 avail │ Support 1 waiting 40s 2/4 avail │ Sales"),
            "\(wide.screen.lines[1])")
        let (narrow, _) = Self.wall(size: Size(width: 60, height: 12))
        #expect(
            narrow.screen.lines[1].hasPrefix("!Billing 4·3m05s·0/5 │ Support 1·40s·2/4 │ Sales 0·1/3"),
            "\(narrow.screen.lines[1])")
        assertSnapshot(narrow.screen, named: "wall-queues-narrow")
        var many = (0..<30).map {
            QueueFigures(queueId: "q\($0)", name: "Queue \($0)", waiting: 0, agentsOnline: 1, agentsAvailable: 1)
        }
        many[17].waiting = 3
        many[17].oldestWait = 600
        let (crowded, _) = Self.wall(size: Size(width: 70, height: 12), figures: many)
        let strip = crowded.screen.lines[1]
        #expect(strip.hasPrefix("!Queue 17 3·10m00s·1/1"), "the queue over the wait comes first: \(strip)")
        #expect(strip.trimmingCharacters(in: .whitespaces).hasSuffix("+27"), "\(strip)")
        #expect(TextWidth.of(strip) <= 70)
        for width in [1, 5, 12, 30] {
            let line = QueueStrip.line(crowded.queues, width: width)
            #expect(line.width <= width, "\(width): \(line.text)")
        }
    }

    @Test("At the minimum height the rows keep their two lines: no strip")
    func minimumHeight() {
        let (state, _) = Self.wall(size: WallColumns.minimum)
        #expect(state.screen.lines[1].contains("AGENT"))
        let (taller, _) = Self.wall(size: Size(width: WallColumns.minimum.width, height: WallColumns.minimum.height + 1))
        #expect(taller.screen.lines[2].contains("AGENT") && taller.screen.lines[1].contains("Billing"))
    }

    @Test("Access denied: said once with the fix on the status line, the wall goes on without the strip")
    func stoppedFigures() {
        var (state, _) = WallFixtures.state()
        let line =
            "queue figures: access denied — the IAM identity needs connect:GetCurrentMetricData on this instance; the wall goes on without them"
        _ = reduceWall(into: &state, .engine(.queues(.problem(line, stopped: true))))
        let lines = state.screen.lines
        #expect(lines[1].contains("AGENT") && !lines.contains { $0.hasPrefix("queues") })
        #expect(lines[14].hasPrefix("queue figures: access denied — the IAM identity needs connect:GetCurrentMetricData"))
        _ = reduceWall(into: &state, .key(.char("j")))
        #expect(!state.screen.lines.joined().contains("GetCurrentMetricData"), "said once: the next key clears it")
    }

    @Test("A failed refresh keeps the last figures and says it retries; the next figures clear it")
    func retrying() {
        var (state, _) = Self.wall()
        _ = reduceWall(
            into: &state, .engine(.queues(.problem("Amazon Connect is throttling GetCurrentMetricData", stopped: false))))
        #expect(state.screen.lines[1].contains("Billing") && state.screen.lines[1].contains("· Amazon Connect is thr"))
        _ = reduceWall(into: &state, .engine(.queues(.figures(Self.figures, at: state.now))))
        #expect(!state.screen.lines[1].contains("throttling"))
        var fresh = try! WallState(instanceId: "i", scope: "s", options: WallOptions(), size: Size(width: 120, height: 12))
        _ = reduceWall(into: &fresh, .engine(.queues(.problem("cannot connect to connect.us-east-1", stopped: false))))
        #expect(fresh.screen.lines[1].hasPrefix("queue figures: cannot connect"), "no figures yet: the problem alone")
    }

    @Test("A figure the service could not compute (a null value) is '?'; the others are shown")
    func notComputable() {
        let partial = QueueFigures(queueId: "q", name: "Claims", waiting: 2, agentsOnline: 3, agentsAvailable: nil)
        let (state, _) = Self.wall(figures: [partial])
        #expect(
            state.screen.lines[1].hasPrefix("queues Claims 2 waiting, oldest ?, ?/3 agents available"), "\(state.screen.lines[1])"
        )
    }

    @Test("The strip moves the titles and rows down a line: a click lands on the row or title drawn there")
    func clicksBelowTheStrip() throws {
        var (state, _) = Self.wall()
        let layout = WallLayout(state)
        #expect(layout.strip?.y == 1 && layout.titles.y == 2 && layout.body.y == 3)
        let lines = renderWall(state, size: state.size).lines
        let y = try #require(lines.firstIndex { $0.contains("priya.nair") })
        #expect(layout.hit(x: 5, y: y, state) == .row(try #require(state.screenOrder.last)))
        #expect(layout.hit(x: 5, y: 1, state) == nil, "the strip is no row")
        _ = reduceWall(into: &state, .mouse(MouseEvent(.click, x: 5, y: y)))
        #expect(state.screen.lines[y].hasPrefix("▶") && state.screen.lines[y].contains("priya.nair"))
        let agent = try #require(layout.columns.titles.first { $0.name == "AGENT" })
        #expect(layout.hit(x: agent.x, y: 2, state) == .title(agent))
    }

    @Test("Names from the service are sanitised before they reach the terminal")
    func hostileName() {
        let hostile = QueueFigures(
            queueId: "q", name: "Bad\u{1B}[31mQueue\u{07}", waiting: 1, oldestWait: 5, agentsOnline: 1, agentsAvailable: 0)
        let (state, _) = Self.wall(figures: [hostile])
        #expect(!state.screen.lines[1].contains("\u{1B}") && state.screen.lines[1].contains("Queue"))
    }
}
