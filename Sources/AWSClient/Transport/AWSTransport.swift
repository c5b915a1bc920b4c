import AWSSigV4
import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP exchange with an AWS endpoint, the way every service client sends it: bounded by
/// `timeout` from the first byte sent to the last byte received, never following a redirect (AWS
/// APIs do not redirect; following one could carry the signed request to another host), and
/// failing at once on a refused connection instead of retrying it until the deadline.
package struct AWSTransport: Sendable {
    /// The whole exchange: connecting, sending, the head and the whole body.
    package var timeout: Duration
    /// Largest response body accepted; AWS's pages are far smaller.
    package var maxResponseBytes: Int
    private let httpClient: HTTPClient
    private let executor: EventLoopTaskExecutor

    package init(
        timeout: Duration = .seconds(10), maxResponseBytes: Int = 32 << 20,
        httpClient: HTTPClient = AWSTransport.sharedHTTPClient
    ) {
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.httpClient = httpClient
        executor = EventLoopTaskExecutor(httpClient.eventLoopGroup.next())
    }

    /// The process's HTTP client: no redirects, no retried connection attempts.
    package static let sharedHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }()

    /// The event loop `onEventLoop` runs on.
    package var eventLoop: any EventLoop { executor.eventLoop }

    /// Runs `body` with its tasks on one of the HTTP client's event loops, where the connection
    /// is then made: a loop of requests in `body` sends, receives and decodes every response on
    /// that thread instead of handing each between the concurrency pool and the loop.
    /// Keep blocking work out of `body`.
    package func onEventLoop<T, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        try await withTaskExecutorPreference(executor, operation: body)
    }

    /// Sends one request and reads the whole response. A 3xx is `.redirect`, never followed.
    package func send(method: String, url: URL, headers: [HTTPHeader], body: [UInt8]) async throws(ClientError)
        -> HTTPResponse
    {
        let response = try await perform(
            method: method, url: url, headers: headers, body: body, limit: maxResponseBytes, refusing: false)
        if (300..<400).contains(response.status) {
            throw .redirect(status: response.status, location: response.header("Location"))
        }
        return response
    }

    /// Sends one request and returns whatever status came back, a 3xx included (S3 says in one
    /// which region a bucket is in; it is still never followed here). A body over `bodyLimit`
    /// bytes is `.tooLarge`: refused from its declared Content-Length before any of it is read,
    /// or cut off as soon as it grows past the limit.
    package func exchange(method: String, url: URL, headers: [HTTPHeader], body: [UInt8], bodyLimit: Int)
        async throws(ClientError) -> HTTPResponse
    {
        try await perform(method: method, url: url, headers: headers, body: body, limit: bodyLimit, refusing: true)
    }

    /// One exchange, the body collected up to `limit` bytes (see `ResponseCollector`), within
    /// `timeout` from the first byte sent to the body's last (AsyncHTTPClient's deadline on a
    /// delegate's request covers the body too, so a server that trickles it is cut off).
    private func perform(method: String, url: URL, headers: [HTTPHeader], body: [UInt8], limit: Int, refusing: Bool)
        async throws(ClientError) -> HTTPResponse
    {
        var head = HTTPHeaders()
        head.reserveCapacity(headers.count)
        for header in headers { head.add(name: header.name, value: header.value) }
        let task: HTTPClient.Task<HTTPResponse>
        do {
            let request = try HTTPClient.Request(
                url: url, method: HTTPMethod(rawValue: method), headers: head, body: .bytes(body))
            task = httpClient.execute(
                request: request, delegate: ResponseCollector(limit: limit, refusing: refusing),
                eventLoop: .delegate(on: httpClient.eventLoopGroup.any()),
                deadline: .now() + .nanoseconds(timeout.nanoseconds))
        } catch {
            throw TransportFailure.classify(error, url: url, timeout: timeout, maxResponseBytes: maxResponseBytes)
        }
        do {
            return try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
        } catch let error as ClientError {
            throw error
        } catch is NIOTooManyBytesError where refusing {
            throw .tooLarge(limit: limit, declared: nil)
        } catch {
            if Task.isCancelled { throw .cancelled }
            throw TransportFailure.classify(error, url: url, timeout: timeout, maxResponseBytes: maxResponseBytes)
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (total, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (seconds < 0 ? .min : .max) : total.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
