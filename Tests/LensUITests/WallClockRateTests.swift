import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// A demo's floor played at `--speed 4` runs four times faster: so do its calls' clocks, beside
/// turns that arrive four times as fast.
@Suite struct WallClockRateTests {
    static func timeColumn(clockRate: Double, after seconds: TimeInterval) throws -> String {
        let start = WallFixtures.start
        var state = try WallState(
            instanceId: "inst-1", scope: "demo", options: WallOptions(clockRate: clockRate),
            size: Size(width: 120, height: 10), now: start)
        _ = reduceWall(
            into: &state,
            .engine(.floor([WallContactInfo(contactId: "contact-1", agent: "sam.okafor", queue: "Billing", connectedAt: start)])))
        _ = reduceWall(
            into: &state, WallFixtures.page("contact-1", [WallFixtures.customer(1, "Hello?", .neutral, at: 1)]))
        _ = reduceWall(into: &state, .tick(start.addingTimeInterval(seconds)))
        let row = try #require(state.screen.snapshot.split(separator: "\n").first { $0.contains("sam.okafor") })
        return String(row)
    }

    @Test func aFloorPlayedFasterRunsItsCallsClocksAsFast() throws {
        #expect(try Self.timeColumn(clockRate: 4, after: 30).contains(" 2m00s "))
        #expect(try Self.timeColumn(clockRate: 1, after: 30).contains(" 30s "))
    }
}
