/// Amazon Connect's `DescribeContact` (`GET /contacts/{InstanceId}/{ContactId}`): lenstail reads
/// only the contact's `Channel`, to pick the API that analyses it.
package enum DescribeContact {
    package static let method = "GET"

    package static func path(instanceId: String, contactId: String) -> String {
        "/contacts/" + ListSegmentsV2.uriLabel(instanceId) + "/" + ListSegmentsV2.uriLabel(contactId)
    }
}

/// `DescribeContactResponse`, the members lenstail reads (`Contact.Id`, `Contact.Channel`).
package struct DescribeContactResponse: Codable, Hashable, Sendable {
    package var contact: ContactSummary?

    package init(contact: ContactSummary?) { self.contact = contact }

    enum CodingKeys: String, CodingKey { case contact = "Contact" }

    /// `Contact`: VOICE, CHAT, TASK or EMAIL.
    package struct ContactSummary: Codable, Hashable, Sendable {
        package var id: String?
        package var channel: String?

        package init(id: String?, channel: String?) {
            self.id = id
            self.channel = channel
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case channel = "Channel"
        }
    }
}
