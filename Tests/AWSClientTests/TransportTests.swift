import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// The transport against servers that misbehave on purpose, all on loopback.
@Suite struct TransportTests {
    func send(port: Int, timeout: Duration = .seconds(10)) async -> (Result<HTTPResponse, ClientError>, Duration) {
        let transport = AWSTransport(timeout: timeout)
        let url = URL(string: "http://127.0.0.1:\(port)/realtime-contact-analysis/analysis-segments")!
        let started = ContinuousClock.now
        do throws(ClientError) {
            let response = try await transport.send(method: "POST", url: url, headers: [], body: Array("{}".utf8))
            return (.success(response), started.duration(to: .now))
        } catch {
            return (.failure(error), started.duration(to: .now))
        }
    }

    /// A redirect (even to the same server) is an error naming the Location, never followed:
    /// the signed request and its session token cannot be carried to another host.
    @Test(arguments: [301, 302, 307, 308])
    func aRedirectIsNeverFollowed(status: Int) async throws {
        let holder = try ScriptedServer(script: [])
        let location = "http://127.0.0.1:\(holder.port)/elsewhere"
        let server = try ScriptedServer(script: [
            .send("HTTP/1.1 \(status) Moved\r\nLocation: \(location)\r\nContent-Length: 0\r\n\r\n")
        ])
        defer {
            server.stop()
            holder.stop()
        }
        let (result, _) = await send(port: server.port)
        guard case .failure(let error) = result else {
            Issue.record("a redirect was accepted: \(result)")
            return
        }
        #expect(error == .redirect(status: status, location: location))
        #expect(!error.isTransient)
        #expect(error.shortReason.contains(location))
        #expect(server.requests == 1)
        #expect(holder.requests == 0)
    }

    /// Headers at once, then a byte a second: the timeout covers the body, so the exchange is
    /// cut off at the timeout (and, being a timeout, retried by the follow).
    @Test func aTricklingBodyIsCutOffAtTheTimeout() async throws {
        var script: [ScriptedServer.Step] = [
            .send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
        ]
        for _ in 0..<60 { script += [.send(" "), .pause(.seconds(1))] }
        let server = try ScriptedServer(script: script)
        defer { server.stop() }
        let (result, took) = await send(port: server.port, timeout: .milliseconds(1500))
        // Before, the body had no time limit: this took the whole minute of the trickle.
        guard case .failure(let error) = result else {
            Issue.record("the trickle was accepted")
            return
        }
        print("FIGURE trickle: headers then 1 byte/s, timeout 1.5 s → \(error.shortReason) after \(took)")
        #expect(error == .timeout(.milliseconds(1500)))
        #expect(error.isTransient)
        // A bound for a hang (the trickle lasts 60 s), not for speed.
        #expect(took < .seconds(45))
    }

    /// A port nobody listens on is reported at once, in plain words.
    @Test func aRefusedConnectionIsReportedAtOnce() async throws {
        let server = try ScriptedServer(script: [])
        let port = server.port
        server.stop()
        // Before, the connection was tried again and again until the request's timeout.
        let (result, took) = await send(port: port, timeout: .seconds(120))
        guard case .failure(let error) = result else {
            Issue.record("a closed port answered")
            return
        }
        print("FIGURE refused: \(error.shortReason) after \(took)")
        #expect(error == .cannotConnect("connection refused (127.0.0.1:\(port))"))
        // Retrying would last the request's 120 s; a loaded machine still answers a refusal well within 60 s.
        #expect(took < .seconds(60))
    }

    /// A connection cut half way through the body is a transport error with a readable reason.
    @Test func aConnectionCutMidBodyIsAReadableTransportError() async throws {
        let server = try ScriptedServer(script: [.send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"Segm"), .close])
        defer { server.stop() }
        let (result, _) = await send(port: server.port)
        guard case .failure(let error) = result else {
            Issue.record("a cut body was accepted")
            return
        }
        print("FIGURE cut: \(error.shortReason)")
        #expect(error.isTransient)
        #expect(!error.shortReason.contains("errno"))
        #expect(!error.shortReason.contains("(error set)"))
    }
}
