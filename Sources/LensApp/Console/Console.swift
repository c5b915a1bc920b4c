import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Where lenstail's text goes: standard output and standard error (or memory, in tests).
/// A write that fails is an error the command ends on, never a crash and never silent.
package struct Console: Sendable {
    package enum Stream: String, Sendable {
        case output = "standard output"
        case error = "standard error"
    }

    private let write: @Sendable (Stream, [UInt8]) throws(ConsoleError) -> Void

    package init(write: @escaping @Sendable (Stream, [UInt8]) throws(ConsoleError) -> Void) {
        self.write = write
    }

    package func out(_ text: String) throws(ConsoleError) { try write(.output, Array(text.utf8)) }
    package func err(_ text: String) throws(ConsoleError) { try write(.error, Array(text.utf8)) }

    /// A line on standard error that must not end the command if it cannot be written (a warning,
    /// a progress line): the command's own output decides the outcome.
    package func note(_ text: String) { try? err(text) }

    /// File descriptors 1 and 2, unbuffered, so a pipe sees each page as it arrives.
    package static let standard = Console { stream, bytes throws(ConsoleError) in
        let descriptor: Int32 = stream == .output ? STDOUT_FILENO : STDERR_FILENO
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw .closed(stream) }
                throw .failed(stream, String(cString: strerror(errno)))
            }
            written += result
        }
    }
}

/// A write to standard output or error that failed.
package enum ConsoleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reader went away (`lenstail … | head`): lenstail ends quietly, as `cat` does.
    case closed(Console.Stream)
    /// Anything else (a full disk): lenstail ends with one line and exit status 1.
    case failed(Console.Stream, String)

    package var description: String {
        switch self {
        case .closed(let stream): "\(stream.rawValue) was closed"
        case .failed(let stream, let reason): "cannot write to \(stream.rawValue): \(reason.lowercased())"
        }
    }
}
