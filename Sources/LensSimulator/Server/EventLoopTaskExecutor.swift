import NIOCore

/// Runs the server's tasks on the one event loop its connections live on, so a request is read,
/// handled and answered on one thread instead of being handed to the concurrency pool and back.
/// (AWSClient has the same small type for the client side; neither module depends on the other.)
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
