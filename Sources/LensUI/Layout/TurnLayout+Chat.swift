import ContactLensModel
import FoundationEssentials
import LensBasics

/// A chat item's block: the time of day instead of a call offset, the role with the display name
/// beside it; events are one dim system line, attachments one line with the files and their status.
extension TurnLayout {
    /// Columns of a chat's time of day ("09:15:03").
    static let chatTimeWidth = 8
    /// The longest chat role, CUSTOM_BOT or SUPERVISOR.
    static let chatRoleWidth = 10

    package init(chat turn: Turn, width: Int, timeZone: LocalZone, query: String?, tags: [TurnTag]) {
        let gutter = Self.chatTimeWidth + 1 + Self.chatRoleWidth + 1 + 2
        let contentWidth = max(1, width - gutter)
        var head = StyledLine(turn.time.start(in: timeZone), .dim)
        head.append(" ", .text)
        let role = Wrapper.truncate(TerminalText.sanitize(turn.participantRole.uppercased()), width: Self.chatRoleWidth)
        let notice = turn.isChatNotice
        head.append(role, notice ? .dim : Self.roleStyle(turn.participantRole))
        head.append(String(repeating: " ", count: Self.chatRoleWidth - TextWidth.of(role) + 1), .text)
        let (marker, markerStyle) = notice ? (" ", Style.text) : Self.sentimentMarker(turn.sentiment)
        head.append(marker, markerStyle)
        head.append(" ", .text)
        let indent = StyledLine(String(repeating: " ", count: gutter), .text)

        var chars: [StyledChar] = []
        let name = turn.chat?.displayName.map(TerminalText.sanitize) ?? ""
        switch turn.chat {
        case .event:
            let who = name.isEmpty ? "" : name + ": "
            chars = ("— " + who).map { StyledChar($0, .dim) } + Self.plain(turn.content, .dim, query: query)
        case .attachments:
            let who = name.isEmpty ? "" : name + " sent "
            chars = ("📎 " + who).map { StyledChar($0, .status) } + Self.plain(turn.content, .status, query: query)
        case .message, .none:
            if !name.isEmpty { chars = (name + ": ").map { StyledChar($0, Self.roleStyle(turn.participantRole)) } }
            chars += Self.styledContent(turn, query: query)
        }
        var lines: [StyledLine] = []
        for (i, line) in Wrapper.wrap(chars, width: contentWidth).enumerated() {
            var full = i == 0 ? head : indent
            full.append(line)
            lines.append(full)
        }
        if !tags.isEmpty {
            var tagChars: [StyledChar] = []
            for (i, tag) in tags.enumerated() {
                if i > 0 { tagChars.append(StyledChar(" ", .text)) }
                let text = (tag.alert ? "[!" : "[") + TerminalText.sanitize(tag.name) + "]"
                tagChars += text.map { StyledChar($0, tag.alert ? .alert : .category) }
            }
            for line in Wrapper.wrap(tagChars, width: contentWidth) {
                var full = indent
                full.append(line)
                lines.append(full)
            }
        }
        self.lines = lines
    }

    /// Sanitised text in one style, search matches marked.
    private static func plain(_ text: String, _ style: Style, query: String?) -> [StyledChar] {
        let clean = TerminalText.sanitize(text)
        var chars = clean.map { StyledChar($0, style) }
        if let query, !query.isEmpty {
            for range in Search.matches(of: query, in: clean) {
                for k in range where k < chars.count { chars[k].style = .searchMatch }
            }
        }
        return chars
    }
}
