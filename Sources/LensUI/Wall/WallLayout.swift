/// Where the wall's parts go on a screen of a size. `renderWall` draws in these places and a
/// click is found in them (`hit`), so the mouse follows any change of the layout.
struct WallLayout: Hashable, Sendable {
    var header: Rect
    /// The columns' titles.
    var titles: Rect
    var body: Rect
    var status: Rect
    var footer: Rect
    var columns: WallColumns

    init(size: Size) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        header = full.row(0)
        titles = full.row(1)
        body = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        status = full.row(size.height - 2)
        footer = full.row(size.height - 1)
        columns = WallColumns(width: size.width)
    }

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
