import FoundationEssentials
import LensBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--contacts-from FILE|-`: contact ids, one a line, yielded as the lines arrive. A file is
/// followed like `tail -f` (another tool may still be writing it); standard input ends at its end.
/// Reading blocks, so it happens on a thread of its own, never on the concurrency pool.
enum ContactFeed {
    static func lines(from source: String) throws -> AsyncStream<String> {
        let fd: Int32
        if source == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(source, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FatalError("--contacts-from: cannot read \(source)") }
        }
        let follow = source != "-"
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        let started = DetachedThread.start {
            defer { if follow { close(fd) } }
            var pending: [UInt8] = []
            while !stop.isSet {
                let chunk = (try? FileBytes.readSome(fd)) ?? []
                if chunk.isEmpty {
                    guard follow else { break }
                    usleep(500_000)
                    continue
                }
                pending += chunk
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    let id = line.trimmed(.whitespacesAndNewlines)
                    if !id.isEmpty, !id.hasPrefix("#") { continuation.yield(id) }
                }
            }
            let last = String(decoding: pending, as: UTF8.self).trimmed(.whitespacesAndNewlines)
            if !last.isEmpty { continuation.yield(last) }
            continuation.finish()
        }
        if !started {
            if follow { close(fd) }
            throw FatalError("--contacts-from: cannot start a thread to read \(source)")
        }
        return stream
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = Lock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
