import Foundation

/// `--contacts-from FILE|-`: contact ids, one a line, yielded as the lines arrive. A file is
/// followed like `tail -f` (another tool may still be writing it); standard input ends at its end.
/// Reading blocks, so it happens on a thread of its own, never on the concurrency pool.
enum ContactFeed {
    static func lines(from source: String) throws -> AsyncStream<String> {
        let handle: FileHandle
        if source == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: source) else {
                throw FatalError("--contacts-from: cannot read \(source)")
            }
            handle = opened
        }
        let follow = source != "-"
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        let thread = Thread {
            var pending = Data()
            while !stop.isSet {
                let chunk = handle.availableData
                if chunk.isEmpty {
                    guard follow else { break }
                    Thread.sleep(forTimeInterval: 0.5)
                    continue
                }
                pending += chunk
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending = Data(pending[(newline + 1)...])
                    let id = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !id.isEmpty, !id.hasPrefix("#") { continuation.yield(id) }
                }
            }
            let last = String(decoding: pending, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !last.isEmpty { continuation.yield(last) }
            continuation.finish()
        }
        thread.name = "lenstail.contacts-from"
        thread.start()
        return stream
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
