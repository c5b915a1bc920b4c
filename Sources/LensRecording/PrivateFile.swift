import FoundationEssentials
import LensBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file only its owner can read. It is opened without following a symbolic link (a link where
/// lenstail writes could point a recording or a log anywhere), must be a regular file, and is made
/// mode 0600 on the open descriptor even if it existed with wider rights. Writes go straight to
/// the descriptor and are synced; a failed sync is an error, as a failed write is.
package final class PrivateFile: @unchecked Sendable {
    package let path: String
    private let descriptor: Int32
    private let lock = Lock()

    /// How an existing file at the path is treated.
    package enum Mode: Sendable {
        /// Keep what is there and write at its end (recordings, logs).
        case append
        /// Refuse an existing file (the view's saved files never replace one).
        case createNew
    }

    package init(path: String, mode: Mode) throws(RecordingError) {
        self.path = path
        // Appending reads the last byte too (to start a fresh line after a cut-off one).
        var flags = O_CREAT | O_CLOEXEC | O_NOFOLLOW
        flags |= mode == .append ? O_RDWR | O_APPEND : O_WRONLY | O_EXCL
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path, opening: errno) }
        do throws(RecordingError) {
            try Self.checkRegular(descriptor, path)
            guard fchmod(descriptor, 0o600) == 0 else {
                throw RecordingError("\(path): cannot make it private (\(Self.reason(errno)))")
            }
        } catch {
            close(descriptor)
            throw error
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The file's last byte, if it has any (for an append to see how the last write ended).
    func lastByte() -> UInt8? {
        var byte: UInt8 = 0
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, pread(descriptor, &byte, 1, off_t(info.st_size - 1)) == 1 else {
            return nil
        }
        return byte
    }

    /// Writes all bytes, then syncs them to disk.
    package func write(_ bytes: [UInt8]) throws(RecordingError) {
        try lock.withLock { () throws(RecordingError) in try Self.writeAll(bytes, to: descriptor, path: path) }
    }

    /// Replaces `path` with `bytes` atomically: a private temporary file beside it is written,
    /// synced and renamed over it, so a failure half way leaves the old file whole, and a
    /// symbolic link at `path` is replaced, never written through.
    package static func replace(_ path: String, with bytes: [UInt8]) throws(RecordingError) {
        var existing = stat()
        if lstat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFDIR {
            throw RecordingError("\(path): is a directory; give a file name")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).lenstail-\(UUID().uuidString.prefix(8))"
        ).path
        let file = try PrivateFile(path: temporary, mode: .createNew)
        do throws(RecordingError) {
            try file.write(bytes)
            guard rename(temporary, path) == 0 else { throw RecordingError("\(path): cannot replace it (\(reason(errno)))") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// True when both paths name one file (after links), e.g. `-o` naming the input.
    package static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(RecordingError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw RecordingError("\(path): cannot write (\(reason(errno)))")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw RecordingError("\(path): cannot save it to disk (\(reason(errno)))") }
    }

    private static func checkRegular(_ descriptor: Int32, _ path: String) throws(RecordingError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw RecordingError("\(path): cannot read its kind (\(reason(errno)))") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw RecordingError("\(path): not a regular file; give a file name") }
    }

    private static func failure(_ path: String, opening code: Int32) -> RecordingError {
        switch code {
        case ELOOP: RecordingError("\(path): is a symbolic link; lenstail does not write through links")
        case EISDIR: RecordingError("\(path): is a directory; give a file name")
        case EEXIST: RecordingError("\(path): exists already")
        default: RecordingError("\(path): cannot open for writing (\(reason(code)))")
        }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }
}
