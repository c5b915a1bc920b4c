import Foundation
import LensApp

/// A `Console` that keeps what is written, for commands run in-process.
final class MemoryConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var out: [UInt8] = []
    private var err: [UInt8] = []

    var console: Console {
        Console { [self] stream, bytes in
            lock.withLock { if stream == .output { out += bytes } else { err += bytes } }
        }
    }

    var output: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var errors: String { lock.withLock { String(decoding: err, as: UTF8.self) } }
    var lines: [String] { output.split(separator: "\n").map(String.init) }
}
