import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

@testable import LensApp

/// Analysis files that are not what their name says, found as `replay|export --from-s3` finds
/// them (the emulator's DescribeContact and ListInstanceStorageConfigs over loopback) in an S3 of
/// the test's own that serves them under the contact's right key: each is one line naming the
/// object and what is wrong, never a crash, a hang or another contact's words on screen.
@Suite struct AnalysisFileHostileTests {
    static let now = Date()
    static let files = AnalysisFiles.files(of: .history(endingAt: now), epoch: now).filter { $0.writtenAt <= now }

    /// Opens `file`'s contact while the S3 serves `body` under `file`'s key.
    static func open(_ file: AnalysisFile, serving body: [UInt8]) async throws -> Result<AnalysisFileSource, FatalError> {
        let listing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name>\
            <KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>\
            <Contents><Key>\(file.key)</Key><Size>\(body.count)</Size></Contents></ListBucketResult>
            """
        let day = file.key.split(separator: "/").dropLast().joined(separator: "/")
        let s3Server = try StubHTTPServer { request in
            if request.target.contains("list-type=2") {
                // Only the folder of the file's own day holds it.
                let asked = request.target.removingPercentEncoding ?? request.target
                return asked.contains("prefix=\(day)/")
                    ? StubHTTPServer.Response(status: 200, headers: [("Content-Type", "application/xml")], body: listing)
                    : StubHTTPServer.Response(
                        status: 200, headers: [("Content-Type", "application/xml")],
                        body: "<ListBucketResult><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>")
            }
            var response = StubHTTPServer.Response(status: 200, headers: [("Content-Type", "application/json")])
            response.body = body
            return response
        }
        defer { s3Server.stop() }
        let simulator = Simulator(
            SimulatorConfiguration(scenario: .history(endingAt: now), speed: 1, rateLimit: nil, now: { now }))
        let port = try await simulator.start()
        let credentials = StaticCredentialProvider(DemoIdentity.credentials)
        let finder = AnalysisFileFinder(
            connect: ConnectClient(
                endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region, credentials: credentials),
            s3: S3Client(
                region: DemoIdentity.region, configuredEndpoint: URL(string: s3Server.url)!, credentials: credentials,
                retry: RetryPolicy(maxAttempts: 1)),
            settings: AnalysisFileSettings(bucket: S3BucketArgument(bucket: "b")), credentialSource: "test")
        let result: Result<AnalysisFileSource, FatalError>
        do { result = .success(try await finder.open(instanceId: DemoIdentity.instanceId, contactId: file.contactId)) } catch {
            result = .failure(error)
        }
        await simulator.stop()
        return result
    }

    static func line(_ result: Result<AnalysisFileSource, FatalError>) -> String {
        if case .failure(let error) = result { return error.description }
        return "opened"
    }

    @Test func theRightFileOpens() async throws {
        let file = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let opened = try await Self.open(file, serving: file.bytes)
        #expect(Self.line(opened) == "opened")
    }

    @Test func aTruncatedFileIsOneLineNamingWhereItBreaks() async throws {
        let file = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let line = Self.line(try await Self.open(file, serving: Array(file.bytes.prefix(file.bytes.count * 2 / 3))))
        #expect(line.hasPrefix("s3://b/\(file.key): ") && line.contains("line") && line.contains("column"), "\(line)")
        #expect(line.contains("nothing was shown") && !line.contains("\n"), "\(line)")
    }

    @Test func anotherContactsFileUnderTheRightNameIsRefused() async throws {
        let chats = Self.files.filter { !$0.isRedacted && $0.key.hasPrefix("Analysis/Chat/") }
        #expect(chats.count >= 2)
        let (file, other) = (chats[0], chats[1])
        let line = Self.line(try await Self.open(file, serving: other.bytes))
        #expect(
            line == "s3://b/\(file.key) is the analysis of contact \(other.contactId), not of \(file.contactId) — refused; "
                + "check what writes to the bucket under Analysis/", "\(line)")
    }
}
