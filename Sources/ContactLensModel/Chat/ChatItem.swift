/// What a chat turn was made from, kept whole for the chat view and the exports. Indirect: a
/// turn holds one word for it, so a call's turns, which have none, stay small.
package indirect enum ChatItem: Hashable, Sendable {
    case message(ChatTranscript)
    case event(ChatEvent)
    case attachments(ChatAttachments)

    package var id: String {
        switch self {
        case .message(let m): m.id
        case .event(let e): e.id
        case .attachments(let a): a.id
        }
    }

    package var displayName: String? {
        switch self {
        case .message(let m): m.displayName
        case .event(let e): e.displayName
        case .attachments(let a): a.displayName
        }
    }

    package var time: ChatTime {
        switch self {
        case .message(let m): m.time
        case .event(let e): e.time
        case .attachments(let a): a.time
        }
    }

    /// An event or attachments line rather than a message.
    var isNotice: Bool {
        switch self {
        case .event, .attachments: true
        case .message: false
        }
    }
}
