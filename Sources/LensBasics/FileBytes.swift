#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole files and pipes read with the C library: what `FileHandle` and `Data(contentsOf:)` were
/// for here, with the system's own reason (`errno`) when a read fails.
package enum FileBytes {
    /// Why a file could not be read.
    package struct Failure: Error, Hashable, Sendable {
        /// The C library's `errno`.
        package let code: Int32

        /// "no such file", "permission denied", "is a directory", or the C library's words in lower case.
        package var reason: String {
            switch code {
            case ENOENT: "no such file"
            case EACCES: "permission denied"
            default: String(cString: strerror(code)).lowercased()
            }
        }
    }

    /// The whole file at `path`.
    package static func read(path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(code: errno) }
        defer { close(fd) }
        return try readToEnd(fd)
    }

    /// Everything `fd` gives until its end (a pipe: until every writer has closed it).
    package static func readToEnd(_ fd: Int32) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try readSome(fd)
            if chunk.isEmpty { return bytes }
            bytes += chunk
        }
    }

    /// What one `read` gives (up to 64 KiB), waiting for it; empty at the end. Retries on EINTR.
    package static func readSome(_ fd: Int32, upTo count: Int = 65_536) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let got = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, count) }
            if got >= 0 { return Array(buffer.prefix(got)) }
            if errno != EINTR { throw Failure(code: errno) }
        }
    }

    /// Writes all of `bytes` to `fd`; false when the other end is gone or the write fails.
    @discardableResult
    package static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let wrote = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if wrote < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += wrote
        }
        return true
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif
