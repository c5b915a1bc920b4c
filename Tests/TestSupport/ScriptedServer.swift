import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback TCP server that answers each connection with a script of raw bytes and pauses,
/// for what no well-behaved server does: a body that trickles, a redirect, a connection cut
/// half way. It reads the request head (and a Content-Length body) before it answers.
package final class ScriptedServer: @unchecked Sendable {
    package enum Step: Sendable {
        case send(String)
        case pause(Duration)
        case close
    }

    package let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private var connections: [Int32] = []
    private var requestCount = 0
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    /// Listens on 127.0.0.1 at a free port; every connection plays `script`.
    package init(script: [Step]) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(listener, pointer, length) == 0, listen(listener, 16) == 0 else { return -1 }
                return getsockname(listener, pointer, &length)
            }
        }
        guard bound == 0 else { throw ScriptedServerError(message: "cannot listen: \(String(cString: strerror(errno)))") }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop(script) }
        thread.start()
    }

    /// Requests whose head was read so far.
    package var requests: Int { lock.withLock { requestCount } }

    /// Stops listening (the port refuses connections once this returns) and cuts open connections.
    package func stop() {
        let first = lock.withLock { () -> Bool in
            if stopped { return false }
            stopped = true
            // Under the lock: a connection's descriptor is closed under it too, so none is reused here.
            for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
            return true
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        acceptLoopEnded.wait()
    }

    deinit { stop() }

    private func acceptLoop(_ script: [Step]) {
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
            Thread { [self] in serve(connection, script) }.start()
        }
    }

    private func serve(_ connection: Int32, _ script: [Step]) {
        defer {
            lock.withLock {
                connections.removeAll { $0 == connection }
                close(connection)
            }
        }
        guard readRequest(connection) else { return }
        lock.withLock { requestCount += 1 }
        for step in script {
            if lock.withLock({ stopped }) { return }
            switch step {
            case .send(let text):
                let bytes = Array(text.utf8)
                if bytes.withUnsafeBytes({ Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) < 0 { return }
            case .pause(let duration):
                Thread.sleep(
                    forTimeInterval: Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
            case .close:
                return
            }
        }
        // Hold the connection until the client goes away.
        var byte: UInt8 = 0
        while recv(connection, &byte, 1, 0) > 0 {}
    }

    /// Reads up to the end of the head, then as many body bytes as Content-Length says.
    private func readRequest(_ connection: Int32) -> Bool {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(connection, &buffer, buffer.count, 0)
            if n <= 0 { return false }
            data += buffer[0..<n]
            let text = String(decoding: data, as: UTF8.self)
            guard let end = text.range(of: "\r\n\r\n") else { continue }
            let head = text[..<end.lowerBound].lowercased()
            let length =
                head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            let bodyStart = text.utf8.distance(from: text.startIndex, to: end.upperBound)
            if data.count - bodyStart >= length { return true }
        }
    }
}

package struct ScriptedServerError: Error, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}
