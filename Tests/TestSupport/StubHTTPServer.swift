import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback HTTP server whose answers depend on the request: a handler maps each request to a
/// response, one request per connection (`Connection: close`). For the endpoints tests play
/// themselves (the SSO portal, container and instance metadata, a service that refuses once).
/// Plain sockets on threads, as `ScriptedServer`; every descriptor is closed exactly once.
package final class StubHTTPServer: @unchecked Sendable {
    package struct Request: Sendable {
        package var method: String
        /// The request target, query included, e.g. "/federation/credentials?account_id=1".
        package var target: String
        package var headers: [(name: String, value: String)]
        package var body: [UInt8]

        package var path: String { String(target.prefix { $0 != "?" }) }

        /// The first value of a header, looked up case-insensitively.
        package func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    package struct Response: Sendable {
        package var status: Int
        package var headers: [(String, String)]
        package var body: [UInt8]
        /// Waited before answering (a slow metadata service).
        package var delay: Duration

        package init(status: Int, headers: [(String, String)] = [], body: String = "", delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.body = Array(body.utf8)
            self.delay = delay
        }

        package static func json(_ body: String, status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")], body: body)
        }
    }

    package let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var stopped = false
    private var connections: [Int32] = []
    private var received: [Request] = []
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    /// Listens on 127.0.0.1 at a free port.
    package init(_ handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(listener, pointer, length) == 0, listen(listener, 16) == 0 else { return -1 }
                return getsockname(listener, pointer, &length)
            }
        }
        guard bound == 0 else {
            close(listener)
            throw ScriptedServerError(message: "cannot listen: \(String(cString: strerror(errno)))")
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    /// "http://127.0.0.1:PORT".
    package var url: String { "http://127.0.0.1:\(port)" }

    /// Every request read so far, in arrival order.
    package var requests: [Request] { lock.withLock { received } }

    /// Stops listening and cuts open connections; the port refuses connections once this returns.
    package func stop() {
        let first = lock.withLock { () -> Bool in
            if stopped { return false }
            stopped = true
            for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
            return true
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        acceptLoopEnded.wait()
    }

    deinit { stop() }

    private func acceptLoop() {
        defer {
            close(listener)
            acceptLoopEnded.signal()
        }
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { return }
            let keep = lock.withLock { () -> Bool in
                if stopped { return false }
                connections.append(connection)
                return true
            }
            guard keep else {
                close(connection)
                return
            }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            lock.withLock {
                connections.removeAll { $0 == connection }
                close(connection)
            }
        }
        guard let request = readRequest(connection) else { return }
        lock.withLock { received.append(request) }
        let response = handler(request)
        if response.delay > .zero {
            Thread.sleep(
                forTimeInterval: Double(response.delay.components.seconds)
                    + Double(response.delay.components.attoseconds) / 1e18)
        }
        var head = "HTTP/1.1 \(response.status) Stub\r\nContent-Length: \(response.body.count)\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + response.body
        if lock.withLock({ stopped }) { return }
        _ = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads the head and a Content-Length body.
    private func readRequest(_ connection: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            let n = recv(connection, &buffer, buffer.count, 0)
            if n <= 0 { return nil }
            data += buffer[0..<n]
            guard let end = data.indices.first(where: { data[$0...].starts(with: separator) }) else { continue }
            let lines = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
            let requestLine = lines[0].split(separator: " ")
            guard requestLine.count >= 2 else { return nil }
            let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
            let bodyStart = end + separator.count
            guard data.count - bodyStart >= length else { continue }
            return Request(
                method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
                body: Array(data[bodyStart..<(bodyStart + length)]))
        }
    }
}
