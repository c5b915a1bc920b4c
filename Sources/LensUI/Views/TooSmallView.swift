/// What a screen shows when the terminal is smaller than it can draw: the size it has, the size
/// it needs and how to quit, centred — the same words for the follow view and the wall.
enum TooSmallView {
    static func draw(_ size: Size, needs minimum: Size, who: String, on screen: inout Screen) {
        let message =
            "terminal too small: \(size.width)×\(size.height), \(who) needs \(minimum.width)×\(minimum.height) · \(KeyBindings.label(.quit)) quits"
        let lines = Wrapper.wrap(message, style: .warning, width: max(1, size.width))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            screen.put(
                line, x: max(0, (size.width - line.width) / 2), y: top + i,
                clip: Rect(x: 0, y: 0, width: size.width, height: size.height))
        }
    }
}
