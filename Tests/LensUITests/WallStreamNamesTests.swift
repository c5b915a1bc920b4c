import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// A stream wall without discovery: a row shows its contact id's start until DescribeContact
/// names it, and a name for one contact leaves the others as they were.
@Suite struct WallStreamNamesTests {
    @Test func aNamedContactShowsItsAgentAndQueueAndTheOthersKeepTheirIds() throws {
        var state = try WallState(
            instanceId: "inst-1", scope: "Kinesis segments", options: WallOptions(), size: Size(width: 120, height: 10),
            now: WallFixtures.start)
        let a = "7f3e2c10-0000-4000-8000-00000000000a"
        let b = "91ab44d2-0000-4000-8000-00000000000b"
        for id in [a, b] {
            _ = reduceWall(into: &state, WallFixtures.page(id, [WallFixtures.customer(1, "Hello?", .neutral, at: 1)]))
        }
        #expect(state.screen.snapshot.contains("7f3e2c10…") && state.screen.snapshot.contains("91ab44d2…"))
        _ = reduceWall(into: &state, .engine(.named([WallContactInfo(contactId: a, agent: "dana.reyes", queue: "Billing")])))
        let text = state.screen.snapshot
        #expect(text.contains("dana.reyes") && text.contains("Billing"))
        #expect(!text.contains("7f3e2c10…"))
        #expect(text.contains("91ab44d2…"), "the other row keeps its id")
        #expect(state.rows.values.allSatisfy { $0.endedAt == nil }, "a name ends no row")
    }
}
