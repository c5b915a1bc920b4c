import ContactLensModel
import FoundationEssentials
import LensRecording

/// The contacts the simulator plays back: each with its analysis segments and when they appear.
/// The file format (PascalCase keys, segments in the API's own JSON shape) is in Docs/SCENARIOS.md.
package struct Scenario: Codable, Hashable, Sendable {
    package var contacts: [ScenarioContact]
    /// Agents, queues and who takes which call when (`lenstail demo --wall`); nil for a lone call.
    package var floor: ScenarioFloor?
    /// The instance's monitoring and storage settings; all on, and the demo bucket, when absent.
    package var instance: ScenarioInstance?

    package init(contacts: [ScenarioContact], floor: ScenarioFloor? = nil, instance: ScenarioInstance? = nil) {
        self.contacts = contacts
        self.floor = floor
        self.instance = instance
    }

    enum CodingKeys: String, CodingKey {
        case contacts = "Contacts"
        case floor = "Floor"
        case instance = "Instance"
    }

    /// The contact with these ids, if the scenario has it.
    package func contact(instanceId: String, contactId: String) -> ScenarioContact? {
        contacts.first { $0.instanceId == instanceId && $0.contactId == contactId }
    }

    /// Reads, decodes and validates a scenario file; errors are one line and name the file.
    package static func load(contentsOf url: URL) throws(ScenarioError) -> Scenario {
        let data: Data
        do { data = try FileContents.read(url) } catch { throw ScenarioError(error.message) }
        do {
            // A recording made with `--record` plays back as the call it recorded.
            if Recording.looksLikeRecording(data) { return try Scenario(recording: data) }
            return try decode(data)
        } catch {
            throw ScenarioError("\(url.path): \(error.message)")
        }
    }

    /// Decodes and validates a scenario from JSON.
    package static func decode(_ data: Data) throws(ScenarioError) -> Scenario {
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: data)
        } catch let error as DecodingError {
            throw ScenarioError(decoding: error)
        } catch {
            throw ScenarioError("not a scenario: \(error)")
        }
        try scenario.validate()
        return scenario
    }

    /// The scenario as pretty-printed JSON in the file format `load` reads.
    package func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
