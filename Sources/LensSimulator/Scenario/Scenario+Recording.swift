import ContactLensModel
import FoundationEssentials
import LensRecording

extension Scenario {
    /// The call a recording captured, as a scenario: each page's segments are released at its
    /// receive time relative to the first page, in recorded order; exact repeats are served once.
    package init(recording data: Data) throws(ScenarioError) {
        let recording: Recording
        do { recording = try Recording.parse(data) } catch { throw ScenarioError(error.message) }
        try self.init(recording: recording)
    }

    package init(recording: Recording) throws(ScenarioError) {
        guard let first = recording.pages.first else { throw ScenarioError("empty recording: no pages") }
        var contacts: [ScenarioContact] = []
        var seen: [Int: Set<Segment>] = [:]
        for page in recording.pages {
            let instanceId = page.instanceId ?? DemoIdentity.instanceId
            let contactId = page.contactId ?? DemoIdentity.contactId
            let index =
                contacts.firstIndex { $0.instanceId == instanceId && $0.contactId == contactId }
                ?? {
                    contacts.append(ScenarioContact(instanceId: instanceId, contactId: contactId, segments: []))
                    return contacts.count - 1
                }()
            let release = max(0, Int((page.receivedAt.timeIntervalSince(first.receivedAt) * 1000).rounded()))
            for segment in page.response.segments {
                if case .utterance = segment { continue }  // the stream's partials: the API has none
                guard seen[index, default: []].insert(segment).inserted else { continue }
                contacts[index].segments.append(ScenarioSegment(segment, releaseAtMillis: release))
            }
        }
        self.init(contacts: contacts)
        try validate()
    }
}
