import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file only its owner can read: created with mode 0600. Writes go straight to the file
/// descriptor and are synced, so a crash loses at most the write in flight.
package final class PrivateFile: @unchecked Sendable {
    package let path: String
    private let descriptor: Int32
    private let lock = NSLock()

    /// Opens `path` for appending (`append`) or truncating, creating it with mode 0600.
    package init(path: String, append: Bool) throws(RecordingError) {
        self.path = path
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else {
            throw RecordingError("\(path): cannot open for writing (\(String(cString: strerror(errno))))")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes all bytes, then syncs them to disk.
    package func write(_ bytes: [UInt8]) throws(RecordingError) {
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Self.systemWrite(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw RecordingError("\(path): cannot write (\(String(cString: strerror(errno))))")
            }
            written += result
        }
        _ = fsync(descriptor)
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    /// Writes `bytes` to `path` (replacing its content), creating it with mode 0600.
    package static func write(_ bytes: [UInt8], to path: String) throws(RecordingError) {
        try PrivateFile(path: path, append: false).write(bytes)
    }
}
