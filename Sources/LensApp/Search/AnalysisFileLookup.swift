import ContactLensModel
import FoundationEssentials
import LensEngine

/// A contact read from its post-contact analysis file, found when its events are asked for: the
/// file's segments and end, after `found` has heard of the file; a file that cannot be found or
/// read is its `.failed` line (where it looked, and the fix).
struct AnalysisFileLookup: ContactSource {
    let found: @Sendable (AnalysisFileSource) -> Void
    let open: @Sendable () async throws(FatalError) -> AnalysisFileSource

    func events() -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        let task = Task {
            continuation.yield(.status(.connecting))
            do throws(FatalError) {
                let file = try await open()
                found(file)
                for await event in file.events() { continuation.yield(event) }
            } catch {
                if !Task.isCancelled { continuation.yield(.failed(message: error.description)) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return events
    }
}
