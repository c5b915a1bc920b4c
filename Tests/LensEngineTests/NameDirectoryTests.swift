import ContactLensModel
import Testing

@testable import LensEngine

/// Names typed on the command line to ids: one thing with the name is its id; two are one line
/// naming their ids; none is one line naming what is listed.
@Suite struct NameDirectoryTests {
    static let directory = NameDirectory([
        .hierarchyGroup: [
            ResourceSummary(id: "g-1", name: "Night"), ResourceSummary(id: "g-2", name: "night"),
            ResourceSummary(id: "g-3", name: "Day"), ResourceSummary(id: "g-4", name: "Day"),
            ResourceSummary(id: "g-5", name: "Weekend"),
        ]
    ])

    func resolve(_ text: String) -> Result<String, WallSetupError> {
        Result { () throws(WallSetupError) in try Self.directory.resolve(text, .hierarchyGroup, instanceId: "i-1") }
    }

    @Test func oneThingHasTheNameElseTheChoicesAreNamed() {
        #expect(resolve("Night") == .success("g-1"), "an exact name before one ignoring case")
        #expect(resolve("WEEKEND") == .success("g-5"))
        #expect(resolve("g-4") == .success("g-4"))
        #expect(
            resolve("NIGHT")
                == .failure(WallSetupError("hierarchy group 'NIGHT' is ambiguous: give one of the ids: Night (g-1), night (g-2)"))
        )
        #expect(
            resolve("Day")
                == .failure(WallSetupError("hierarchy group 'Day' is ambiguous: give one of the ids: Day (g-3), Day (g-4)")))
        #expect(
            resolve("Evening")
                == .failure(
                    WallSetupError(
                        "no hierarchy group 'Evening' in instance i-1 (5 listed by ListUserHierarchyGroups: Day, Night, Weekend, night)"
                    )))
    }
}
