import ContactLensModel

/// What reaches the list screen from outside: the events of the contact opened from it.
package enum ContactListMessage: Sendable {
    case contact(String, FollowEvent)
    /// The contact is read from its post-contact analysis file at `location` (`s3://…`): what only
    /// that analysis tells, for the opened contact's side panel.
    case postContact(String, PostContactInsights, location: String)
}

/// What the list screen asks of the app.
package enum ContactListRequest: Hashable, Sendable {
    /// Start reading this contact (from the real-time API, or its post-contact file; only from
    /// the file with `fromFile`); its events come back as `.contact` messages. Opening another
    /// stops the one before.
    case open(contactId: String, fromFile: Bool = false)
    /// The opened contact's screen closed: stop reading it (a live one would be polled on).
    case close
}
