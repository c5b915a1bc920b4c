import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensApp

/// `lenstail search --hierarchy-group NAME` against the emulator's day of contacts: the name is
/// looked up with ListUserHierarchyGroups (every agent of the floor is in Floor 1, nobody in
/// Floor 2) and searched by its id at its level; a name no group has is one line naming them.
@Suite struct SearchHierarchyTests {
    static func settings(_ groups: [String]) throws -> SearchSettings {
        var settings = try SearchSessionTests.settings(format: .jsonl)
        settings.hierarchy = try SearchSettings.hierarchy(groups)
        return settings
    }

    static func ids(_ groups: [String], _ clients: WallClients) async throws -> Set<String> {
        Set(try SearchSessionTests.ids(try await SearchSessionTests.run(try settings(groups), clients)))
    }

    @Test func aGroupByNameAtItsLevelAndAnUnknownOne() async throws {
        try await SearchSessionTests.withEmulator { clients in
            let all = Set(
                try SearchSessionTests.ids(try await SearchSessionTests.run(try SearchSessionTests.settings(), clients)))
            let floor1 = try await Self.ids(["Floor 1"], clients)
            #expect(!floor1.isEmpty && floor1.isSubset(of: all))
            #expect(try await Self.ids(["floor 1"], clients) == floor1, "a name ignoring case when one group has it")
            #expect(try await Self.ids(["hg-floor-1"], clients) == floor1, "an id as it is")
            #expect(try await Self.ids(["Floor 2"], clients).isEmpty, "nobody is in Floor 2")
            #expect(try await Self.ids(["L2:Floor 1"], clients).isEmpty, "Floor 1 is nobody's second level")
            do {
                _ = try await SearchSessionTests.run(try Self.settings(["Floor 9"]), clients)
                Issue.record("an unknown hierarchy group was searched")
            } catch {
                let line = "\(error)"
                #expect(line.contains("no hierarchy group 'Floor 9'") && line.contains("Floor 1, Floor 2"), "\(line)")
                #expect(line.contains("ListUserHierarchyGroups") && !line.contains("\n"), "\(line)")
            }
        }
    }
}
