/// A turn's labels as every output writes them.
extension Turn {
    /// "AGENT Sam" for a chat turn with a display name, the role alone otherwise; sanitised.
    package var roleLabel: String {
        let role = TerminalText.sanitize(participantRole).uppercased()
        guard let name = chat?.displayName.map(TerminalText.sanitize), !name.isEmpty else { return role }
        return role + " " + name
    }

    /// A chat event or attachments line rather than a message.
    package var isChatNotice: Bool { chat?.isNotice ?? false }
}
