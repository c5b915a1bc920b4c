import Foundation
import TestSupport

/// The real AWS CLI, as a peer that puts objects into moto's S3 for our client to read: its
/// own signer, its own uploads. Runs with a clean AWS environment and moto's any-key credentials.
enum S3CLI {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/aws" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let accessKeyId = "AKIDS3TEST"
    static let secretAccessKey = "s3-test-secret"

    /// `aws --endpoint-url ENDPOINT --region REGION <arguments>`; throws unless it exits 0.
    @discardableResult
    static func run(_ arguments: [String], endpoint: String, region: String = "us-east-1") async throws -> String {
        guard let aws = path else { throw S3CLIError("the aws CLI is not on PATH") }
        return try await ProcessGate.serialized {
            try await runAtOnce(aws, ["--endpoint-url", endpoint, "--region", region, "--output", "json"] + arguments)
        }
    }

    private static func runAtOnce(_ executable: String, _ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = accessKeyId
        environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_PAGER"] = ""
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read while it runs, on threads of their own, so a full pipe never blocks it.
        async let out = offThePool { () -> Data in
            defer { try? stdout.fileHandleForReading.close() }
            return stdout.fileHandleForReading.readDataToEndOfFile()
        }
        async let err = offThePool { () -> Data in
            defer { try? stderr.fileHandleForReading.close() }
            return stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let (output, errors) = try await (out, err)
        try await offThePool { process.waitUntilExit() }
        guard process.terminationStatus == 0 else {
            throw S3CLIError(
                "aws \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                    + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The CLI could not be run, or failed.
struct S3CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
