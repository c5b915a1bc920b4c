import ContactLensModel
import FoundationEssentials

/// Two rows: who and where, the follow state; call time, turns per participant, poll age, view mode.
enum HeaderView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard rect.height >= 2 else { return }
        let (badge, badgeStyle) = stateBadge(state)
        let badgeText = Wrapper.truncate(badge, width: rect.width * 2 / 3)
        let badgeWidth = TextWidth.of(badgeText)
        let s = state.session
        // The contact matters most to a supervisor, the instance least: it goes last, cut first.
        // After a transfer, the leg followed now.
        let contactId = state.store.legs.last?.contactId ?? s.contactId
        let contact = TerminalText.sanitize("contact \(contactId) · \(s.endpoint) · instance \(s.instanceId)")
        // A call opened from the wall is its agent's and queue's first (sanitised by the row).
        let who = s.heading.map { "\($0) · \(contact)" } ?? contact
        var line = StyledLine("lenstail ", .title)
        line.append(Wrapper.truncate(who, width: max(0, rect.width - badgeWidth - 10)), .status)
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
        screen.put(badgeText, x: rect.maxX - badgeWidth, y: rect.y, style: badgeStyle, clip: rect)

        var info = StyledLine(Self.clock(state), .status)
        if state.store.legCount > 1 { info.append(" · leg \(state.store.legCount)", .status) }
        for role in state.roleOrder {
            info.append(" · ", .dim)
            info.append(TerminalText.sanitize(role), TurnLayout.roleStyle(role))
            info.append(" \(state.roleCounts[role] ?? 0)", .status)
        }
        // A call that is over is polled no more: its age would only grow.
        if let last = state.lastSuccess, state.replay == nil, !state.isOver {
            info.append(" · polled \(Format.duration(state.now.timeIntervalSince(last))) ago", .dim)
        }
        let mode = [
            state.filter == .all ? nil : "only \(state.filter.rawValue)",
            ListenIn.isListening(state.monitor, isOver: state.isOver) ? ListenIn.listeningText : nil,
            state.follow ? "follow" : "paused",
        ].compactMap { $0 }.joined(separator: " · ")
        var modeWidth = TextWidth.of(mode)
        if let alert = state.raisedAlerts.last {
            // The newest alert, readable without colour; the panel lists them all.
            let more = state.raisedAlerts.count > 1 ? " +\(state.raisedAlerts.count - 1)" : ""
            let badge = Wrapper.truncate("⚑ ALERT \(TerminalText.sanitize(alert))\(more)", width: max(0, rect.width / 3)) + "  "
            screen.put(badge, x: rect.maxX - modeWidth - TextWidth.of(badge), y: rect.y + 1, style: .alert, clip: rect)
            modeWidth += TextWidth.of(badge)
        }
        let modeX = rect.maxX - TextWidth.of(mode)
        screen.put(
            info, x: rect.x, y: rect.y + 1, clip: Rect(x: rect.x, y: rect.y + 1, width: rect.width - modeWidth - 1, height: 1))
        screen.put(mode, x: modeX, y: rect.y + 1, style: state.follow ? .dim : .warning, clip: rect)
    }

    /// "call 02:31", or for a chat the time of day of its first and latest items.
    static func clock(_ state: AppState) -> String {
        guard state.store.isChat, let first = state.store.turns.first, let last = state.store.turns.last else {
            return "call \(CallTime.format(millis: state.shownCallMillis))"
        }
        let zone = state.timeZone
        return "chat \(first.time.start(in: zone))–\(last.time.start(in: zone))"
    }

    /// The follow state in words, and its style.
    static func stateBadge(_ state: AppState) -> (String, Style) {
        switch state.status {
        case .connecting: return ("CONNECTING", .dim)
        case .waitingForAnalysis(let since, let shards):
            let waited = state.now.timeIntervalSince(since)
            let text =
                (shards == nil ? "WAITING for the analysis to start" : "WAITING for the contact's first record")
                + " · \(Format.duration(waited))" + (shards.map { " · \($0.text)" } ?? "")
            // How much longer, and that a wrong id looks the same until then.
            guard let limit = state.session.waitLimit else { return (text, .warning) }
            return ("\(text) · gives up in \(Format.duration(limit - waited)) (or the contact id is wrong)", .warning)
        case .live:
            guard let replay = state.replay else { return ("● LIVE", .positive) }
            return replay.isPaused ? ("‖ PAUSED", .warning) : ("▶ REPLAY \(replay.speedLabel)", .positive)
        case .retrying(let reason, let attempt, let retryAt, let throttled):
            let wait = "retry in \(Format.duration(retryAt.timeIntervalSince(state.now).rounded(.up)))"
            if throttled { return ("THROTTLED · \(wait)", .warning) }
            return ("RECONNECTING · \(TerminalText.sanitize(reason)) · \(wait) (attempt \(attempt))", .warning)
        case .restarted(let reason): return ("RESTARTED · \(TerminalText.sanitize(reason))", .warning)
        case .warning(let text): return ("LIVE · \(TerminalText.sanitize(text))", .warning)
        case .completed: return ("COMPLETED", .status)
        case .ended(let reason): return ("ENDED · \(TerminalText.sanitize(reason))", .warning)
        case .failed(let message): return ("FAILED · \(TerminalText.sanitize(message))", .failure)
        }
    }
}
