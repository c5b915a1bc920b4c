import LensApp
import Synchronization

/// A console that keeps what is written, for calling the commands' code in-process.
final class MemoryConsole: Sendable {
    private let written = Mutex<(out: String, err: String)>(("", ""))

    var console: Console {
        Console { [self] stream, bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            written.withLock { if stream == .output { $0.out += text } else { $0.err += text } }
        }
    }

    var out: String { written.withLock { $0.out } }
    var err: String { written.withLock { $0.err } }
    var outLines: [String] { out.split(separator: "\n").map(String.init) }
}
