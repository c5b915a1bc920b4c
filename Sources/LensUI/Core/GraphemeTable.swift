import FoundationEssentials
import LensBasics

/// Grapheme clusters too long for a `Cell` to hold inline (a family emoji, a letter under many
/// marks), each given an id once for the life of the process, so cells stay plain values.
/// Bounded: a stream of distinct long clusters cannot grow it without limit.
final class GraphemeTable: @unchecked Sendable {
    static let shared = GraphemeTable()
    /// Enough for every emoji sequence and the clusters of any script many times over.
    static let capacity = 65_536

    private let lock = Lock()
    private var ids: [String: Int] = [:]
    private var strings: [String] = []

    /// The id of `cluster`, given now if it has none; nil when the table is full.
    func id(of cluster: String) -> Int? {
        lock.withLock {
            if let id = ids[cluster] { return id }
            guard strings.count < Self.capacity else { return nil }
            ids[cluster] = strings.count
            strings.append(cluster)
            return strings.count - 1
        }
    }

    func string(of id: Int) -> String { lock.withLock { strings[id] } }
}
