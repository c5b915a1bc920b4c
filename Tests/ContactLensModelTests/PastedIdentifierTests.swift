import ContactLensModel
import Testing

/// Ids pasted from the console work as typed ones: spaces trimmed, ARNs reduced to the id.
@Suite struct PastedIdentifierTests {
    static let instance = "c5a2b3d4-1111-2222-3333-444455556666"
    static let contact = "7f0e1d2c-aaaa-bbbb-cccc-ddddeeeeffff"

    @Test(arguments: [
        instance, " \(instance)\n", "arn:aws:connect:eu-west-2:111122223333:instance/\(instance)",
        "arn:aws:connect:eu-west-2:111122223333:instance/\(instance)/contact/\(contact)",
        "arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/\(instance) ",
    ])
    func anInstanceIdOrARN(_ text: String) {
        #expect(PastedIdentifier.instanceId(text) == Self.instance)
    }

    @Test(arguments: [contact, "\t\(contact) ", "arn:aws:connect:eu-west-2:111122223333:instance/\(instance)/contact/\(contact)"])
    func aContactIdOrARN(_ text: String) {
        #expect(PastedIdentifier.contactId(text) == Self.contact)
    }

    /// Anything else is left as typed (trimmed), for the request's own validation to judge.
    @Test func otherTextIsOnlyTrimmed() {
        #expect(PastedIdentifier.instanceId("arn:aws:s3:::bucket/instance/x") == "arn:aws:s3:::bucket/instance/x")
        #expect(PastedIdentifier.instanceId("arn:aws:connect:r:a:instance/") == "arn:aws:connect:r:a:instance/")
        #expect(PastedIdentifier.contactId("  ") == "")
    }
}

/// The form Amazon Connect gives its ids: a UUID, any case; nothing else.
@Suite struct ServiceIdFormatTests {
    @Test(arguments: ["6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a", "B7E41C92-58DA-4F06-8C3E-91A2D6F5E047"])
    func aUUIDIsAnId(id: String) { #expect(PastedIdentifier.isServiceId(id)) }

    @Test(arguments: [
        "", "6f0c5a1e", "not-a-uuid", "e2e-instance", "wa11ca11-0000-4000-8000-000000000001",
        "6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a ", "6f0c5a1e3d2b4c8e9a712b5e8d4f0c3a", "6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3",
        "arn:aws:connect:us-east-1:111122223333:instance/6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a",
    ])
    func anythingElseIsNot(id: String) { #expect(!PastedIdentifier.isServiceId(id)) }
}
