import ContactLensModel

/// Merges a fetched contact's pages into a `TranscriptStore` on a task of its own while the fetch
/// goes on, in the order they arrived, exactly as `TranscriptStore.apply` page by page would:
/// `lenstail export` then has its store when the last page lands instead of merging 20k segments
/// after it, and the merge runs on the core the fetch leaves idle while the server answers.
package final class PageMerge: Sendable {
    private let pages: AsyncStream<ListSegmentsResponse>.Continuation
    private let merged: Task<TranscriptStore, Never>

    package init() {
        let (stream, continuation) = AsyncStream.makeStream(of: ListSegmentsResponse.self)
        pages = continuation
        // Detached: a merge started inside a fetch on the HTTP event loop stays off that loop.
        merged = Task.detached {
            var store = TranscriptStore()
            for await page in stream { store.apply(page.segments) }
            return store
        }
    }

    /// Hands one page to the merge; returns at once.
    package func add(_ page: ListSegmentsResponse) { pages.yield(page) }

    /// Every page added, merged.
    package func store() async -> TranscriptStore {
        pages.finish()
        return await merged.value
    }

    deinit { pages.finish() }
}
