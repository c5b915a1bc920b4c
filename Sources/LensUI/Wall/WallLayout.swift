/// Where the wall's parts go at a size: the header, the queue strip (when it has something to
/// say and the rows keep at least two lines), the column titles, the rows, the status line and
/// the keys. One place, so drawing and pointing (a click on a title) agree.
package struct WallLayout: Sendable, Hashable {
    package var header: Rect
    /// nil: no strip.
    package var strip: Rect?
    package var titles: Rect
    package var rows: Rect
    package var status: Rect
    package var keys: Rect

    package init(_ state: WallState, size: Size) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let strip = state.queues.shown && size.height > WallColumns.minimum.height ? 1 : 0
        header = full.row(0)
        self.strip = strip == 1 ? full.row(1) : nil
        titles = full.row(1 + strip)
        rows = Rect(x: 0, y: 2 + strip, width: size.width, height: max(0, size.height - 4 - strip))
        status = full.row(size.height - 2)
        keys = full.row(size.height - 1)
    }
}
