import Foundation
import Testing

/// Certificates are always checked: an https endpoint with a self-signed certificate is refused
/// with one clear line, even on loopback. Skips without openssl, fails under CI=true.
@Suite(.serialized) struct TLSEndpointTests {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: openssl != nil || isCI, "needs openssl"))
    func aSelfSignedCertificateIsRefusedWithOneClearLine() async throws {
        let openssl = try #require(Self.openssl, "openssl is not installed")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let made = try await ChildProcess.run(
            openssl,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", key, "-out", cert,
            ])
        #expect(made == 0)
        let port = Int.random(in: 20_000...60_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: openssl)
        server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", cert, "-key", key, "-www", "-quiet"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        server.standardInput = Pipe()
        try server.run()
        // SIGKILL: the test runner's blocked signals are inherited, so SIGTERM would never arrive.
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        try await ChildProcess.waitForPort(port)

        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
                "--endpoint-url", "https://127.0.0.1:\(port)", "--output", "text", "--timeout", "3",
            ],
            environment: ["AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "tls-test-secret"], timeout: .seconds(30))
        let elapsed = started.duration(to: .now)
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(lines.count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.lowercased().contains("certificate"), "\(result.stderr)")
        #expect(!result.stderr.contains("tls-test-secret"))
        print("FIGURE tls: self-signed https://127.0.0.1 refused in \(elapsed): \(lines.first ?? "")")
    }

    @Test func plainHTTPIsForLoopbackOnlyUnlessAllowed() async throws {
        let keys = ["AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "x"]
        let base = [
            "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
            "--output", "text", "--timeout", "1",
        ]
        // Refused before any connection is made: no traffic leaves this machine.
        let refused = try await LenstailProcess.run(base + ["--endpoint-url", "http://192.0.2.1:8123"], environment: keys)
        #expect(
            refused.status == 1 && refused.stderr.contains("plain http") && refused.stderr.contains("--allow-insecure-endpoint"),
            "\(refused.stderr)")
        // Allowed, it gets as far as the network; on loopback here (port 9, nothing listens), so a test
        // never sends traffic off this machine. EndpointResolverTests covers the flag for other hosts.
        let allowed = try await LenstailProcess.run(
            base + ["--endpoint-url", "http://127.0.0.1:9", "--allow-insecure-endpoint"],
            environment: keys, timeout: .seconds(4))
        #expect(!allowed.stderr.contains("plain http"))
        #expect(allowed.stderr.contains("retrying"), "\(allowed.stderr)")
    }
}

/// Small helpers for outside tools, run on threads of their own.
enum ChildProcess {
    static func run(_ path: String, _ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        for await _ in exited.stream {}
        return process.terminationStatus
    }

    /// Polls until something listens on 127.0.0.1:`port`, for up to 10 s.
    static func waitForPort(_ port: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(fd)
            if connected == 0 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw HarnessError("nothing listens on port \(port)")
    }
}
