/// One heavy child process (the AWS CLI, a Python server starting) at a time across the whole
/// test run: on 2 cores a herd of them starts at once and starves the in-process emulators and
/// clients of every other test for seconds.
package actor ProcessGate {
    package static let shared = ProcessGate()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` when no other gated body runs.
    package static func serialized<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await shared.acquire()
        do {
            let value = try await body()
            await shared.release()
            return value
        } catch {
            await shared.release()
            throw error
        }
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
