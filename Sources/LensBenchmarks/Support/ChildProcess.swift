import Foundation

/// Runs this benchmark binary again with other arguments, so each size gets a fresh process
/// and its own memory high-water mark. Never blocks a concurrency thread: the pipe is read on
/// its own Thread and the exit arrives through `terminationHandler`.
enum ChildProcess {
    /// The child's standard output; its standard error passes through.
    static func runSelf(_ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        let output = OutputCollector()
        let reader = Thread {
            output.set(pipe.fileHandleForReading.readDataToEndOfFile())
            output.finished.signal()
        }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
                reader.start()
            } catch { continuation.resume(throwing: error) }
        }
        // The pipe closes when the child exits, so the reader is done or about to be.
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread {
                output.finished.wait()
                done.resume()
            }.start()
        }
        guard status == 0 else { throw BenchmarkError("\(arguments.joined(separator: " ")) exited with \(status)") }
        return String(decoding: output.data, as: UTF8.self)
    }
}

/// The bytes a reader thread collected, handed over once.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = Data()
    let finished = DispatchSemaphore(value: 0)
    func set(_ data: Data) { lock.withLock { collected = data } }
    var data: Data { lock.withLock { collected } }
}

/// A benchmark that could not run, in one line.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
