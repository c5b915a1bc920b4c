/// Where the wall's parts go on a screen of a size: the header, the queue strip (when it has
/// something to say and the rows keep at least two lines), the columns' titles, the rows, the
/// status line and the keys. `renderWall` draws in these places and a click is found in them
/// (`hit`), so the mouse follows any change of the layout.
struct WallLayout: Hashable, Sendable {
    var header: Rect
    /// The queue strip; nil: none.
    var strip: Rect?
    /// The columns' titles.
    var titles: Rect
    var body: Rect
    var status: Rect
    var footer: Rect
    var columns: WallColumns

    /// `strip`: the queue strip has something to say (`WallQueues.shown`).
    init(size: Size, strip: Bool = false) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let lines = strip && size.height > WallColumns.minimum.height ? 1 : 0
        header = full.row(0)
        self.strip = lines == 1 ? full.row(1) : nil
        titles = full.row(1 + lines)
        body = Rect(x: 0, y: 2 + lines, width: size.width, height: max(0, size.height - 4 - lines))
        status = full.row(size.height - 2)
        footer = full.row(size.height - 1)
        columns = WallColumns(width: size.width)
    }

    /// The layout `state` is drawn with at its size.
    init(_ state: WallState) { self.init(size: state.size, strip: state.queues.shown) }

    /// The wall is drawn at this size (else it says the terminal is too small).
    static func fits(_ size: Size) -> Bool {
        size.width >= WallColumns.minimum.width && size.height >= WallColumns.minimum.height
    }

    /// What is drawn at (`x`, `y`) for `state`: a row, or a column's title.
    func hit(x: Int, y: Int, _ state: WallState) -> WallHit? {
        guard Self.fits(state.size), x >= 0, x < body.maxX else { return nil }
        if y == titles.y {
            return columns.titles.first { x >= $0.x && x < $0.x + $0.width }.map(WallHit.title)
        }
        guard y >= body.y, y < body.maxY else { return nil }
        let lines = state.screenLines(height: body.height)
        guard y - body.y < lines.count, case .row(let id, _) = lines[y - body.y] else { return nil }
        return .row(id)
    }
}

/// What a click on the wall landed on.
enum WallHit: Hashable, Sendable {
    case row(String)
    case title(WallColumns.Title)

    var target: MouseTarget {
        switch self {
        case .row: .row
        case .title: .columnTitle
        }
    }
}
