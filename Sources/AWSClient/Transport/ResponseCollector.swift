import AWSSigV4
import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// Reads one response whole for `AWSTransport`, as AsyncHTTPClient's delegate: the head, then the
/// body up to a limit. A page went through the async API's streamed body (an actor, a task group
/// for the deadline and a sequence per response) at about a third of a page's client time.
final class ResponseCollector: HTTPClientResponseDelegate {
    typealias Response = HTTPResponse

    /// The most body bytes a 2xx answer may have.
    private let limit: Int
    /// A 2xx head declaring more than `limit` is refused before its body, as `.tooLarge`; any
    /// other status's body is read up to 1 MiB whatever `limit` is (its error says why).
    private let refusing: Bool
    private let state = Mutex(State())

    private struct State {
        var head: HTTPResponseHead?
        var body: ByteBuffer?
        var bodyLimit = 0
    }

    init(limit: Int, refusing: Bool) {
        self.limit = limit
        self.refusing = refusing
    }

    func didReceiveHead(task: HTTPClient.Task<HTTPResponse>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        let success = (200..<300).contains(Int(head.status.code))
        if refusing, success, let declared = head.headers.first(name: "Content-Length").flatMap(Int.init), declared > limit {
            return task.eventLoop.makeFailedFuture(ClientError.tooLarge(limit: limit, declared: declared))
        }
        let bodyLimit = success || !refusing ? limit : max(limit, 1 << 20)
        state.withLock {
            $0.head = head
            $0.bodyLimit = bodyLimit
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<HTTPResponse>, _ part: ByteBuffer) -> EventLoopFuture<Void> {
        let tooMany: Int? = state.withLock {
            guard var body = $0.body else {
                guard part.readableBytes <= $0.bodyLimit else { return $0.bodyLimit }
                $0.body = part
                return nil
            }
            guard body.readableBytes + part.readableBytes <= $0.bodyLimit else { return $0.bodyLimit }
            $0.body = nil  // one reference to the buffer, so writing does not copy it
            var part = part
            body.writeBuffer(&part)
            $0.body = body
            return nil
        }
        if let tooMany { return task.eventLoop.makeFailedFuture(NIOTooManyBytesError(maxBytes: tooMany)) }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<HTTPResponse>) throws -> HTTPResponse {
        try state.withLock {
            guard let head = $0.head else { throw HTTPClientError.remoteConnectionClosed }
            return HTTPResponse(
                status: Int(head.status.code), headers: head.headers.map { HTTPHeader($0.name, $0.value) },
                body: $0.body.map { Array($0.readableBytesView) } ?? [])
        }
    }
}
