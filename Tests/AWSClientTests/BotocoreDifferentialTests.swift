import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// botocore's own resolver against lenstail's on the same ~/.aws setups: both must pick the same
/// source and the same access key id, or both fail. Every endpoint is on loopback: STS is moto
/// (its random generator seeded before each side, so the same calls hand out the same keys),
/// the SSO portal, the container endpoint and instance metadata are stubs.
extension STSMotoTests {
    @Test(.enabled(if: Botocore.isInstalled || MotoServer.isCI, "python3 with botocore is not installed"))
    func lenstailPicksWhatBotocorePicks() async throws {
        let moto = try moto()
        #expect(Botocore.isInstalled, "CI=true but python3 cannot import botocore")
        let stubs = try DifferentialStubs()
        defer { stubs.stop() }
        let home = try TempAWSHome()
        let fixture = try stubs.prepare(home)
        let setups = DifferentialSetup.all(fixture)
        let environments = try setups.enumerated().map { index, setup in
            try Self.environment(for: setup, index: index, home: home, moto: moto, stubs: stubs)
        }

        let request: [String: Any] = [
            "moto": moto.url, "seed": 42,
            "setups": zip(setups, environments).map { setup, env in
                ["name": setup.name, "env": env, "profile": setup.profile as Any, "mfa_code": setup.mfaCode as Any]
            },
        ]
        let output = try await Botocore.run(input: JSONSerialization.data(withJSONObject: request), home: home.root)
        let answers = output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        try #require(answers.count == setups.count, "botocore answered \(answers.count) of \(setups.count) setups")

        var agreements = 0
        var resolved = 0
        for (index, setup) in setups.enumerated() {
            try moto.seed(42)
            let chain = CredentialChain(
                profile: setup.profile,
                environment: AWSEnvironment(
                    variables: environments[index],
                    homeDirectory: home.root),
                mfaPrompt: setup.mfaCode.map(FixedMFAPrompt.init))
            let mine: (method: String?, key: String?, error: String?)
            do {
                let found = try await chain.resolve()
                mine = (Self.method(of: found.source, environment: environments[index]), found.credentials.accessKeyId, nil)
            } catch {
                mine = (nil, nil, "\(error)")
            }
            let theirs = (method: answers[index]["method"] as? String, key: answers[index]["access_key"] as? String)
            let agree = mine.method == theirs.method && mine.key == theirs.key
            if agree { agreements += 1 }
            if theirs.method != nil { resolved += 1 }
            let botocore = "\(theirs.method ?? "fails (\(answers[index]["error"] ?? ""))") \(theirs.key ?? "")"
            let lenstail = "\(mine.method ?? "fails (\(mine.error ?? ""))") \(mine.key ?? "")"
            #expect(agree, "\(setup.name): botocore \(botocore), lenstail \(lenstail)")
            #expect(theirs.method == setup.expected, "\(setup.name): expected \(setup.expected ?? "a failure")")
        }
        print(
            "FIGURE botocore differential: \(setups.count) setups, \(agreements) agree"
                + " (\(resolved) resolved by both, \(setups.count - resolved) failed by both)")
    }

    /// The setup's variables; its files live in the shared home under their own names.
    static func environment(
        for setup: DifferentialSetup, index: Int, home: TempAWSHome, moto: MotoServer,
        stubs: DifferentialStubs
    ) throws -> [String: String] {
        let config = home.root + "/setup-\(index).config"
        let credentials = home.root + "/setup-\(index).credentials"
        try home.write(setup.config, to: config)
        try home.write(setup.credentials, to: credentials)
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": credentials,
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL_STS": moto.url,
            "AWS_ENDPOINT_URL_SSO": stubs.sso.url, "AWS_EC2_METADATA_SERVICE_ENDPOINT": stubs.noMetadata.url,
            "BOTO_CONFIG": home.root + "/no-boto.cfg",
        ]
        environment.merge(setup.environment) { $1 }
        return environment
    }

    /// botocore's provider name for a lenstail source.
    static func method(of source: String, environment: [String: String]) -> String {
        let prefixes = [
            ("environment variables", "env"), ("assumed role", "assume-role"),
            ("web identity", "assume-role-with-web-identity"), ("SSO ", "sso"),
            ("credential_process", "custom-process"), ("container credentials", "container-role"),
            ("EC2 instance metadata", "iam-role"),
        ]
        if let (_, method) = prefixes.first(where: { source.hasPrefix($0.0) }) { return method }
        if let path = environment["AWS_SHARED_CREDENTIALS_FILE"], source.hasSuffix(path) { return "shared-credentials-file" }
        if let path = environment["AWS_CONFIG_FILE"], source.hasSuffix(path) { return "config-file" }
        return "unknown: \(source)"
    }
}

/// Answers every MFA prompt with the same code.
struct FixedMFAPrompt: MFAPrompt {
    let code: String
    init(_ code: String) { self.code = code }
    func code(forSerial serial: String, profile: String) async throws -> String { code }
}

/// python3 with botocore, running the resolver script kept in Fixtures.
enum Botocore {
    static let python: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let isInstalled: Bool = {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import botocore"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs botocore_resolve.py with `input` on stdin and HOME = `home`; returns stdout.
    static func run(input: Data, home: String) async throws -> String {
        let python = try #require(python)
        let script = try #require(Bundle.module.url(forResource: "Fixtures/botocore_resolve", withExtension: "py"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path]
        process.environment = ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        // Blocking reads on threads of their own, never on the concurrency pool.
        async let out = readToEnd(stdout)
        async let err = readToEnd(stderr)
        let (output, errors) = await (out, err)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "botocore_resolve.py: \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self)
    }

    private static func readToEnd(_ pipe: Pipe) async -> Data {
        await withCheckedContinuation { continuation in
            Thread {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                try? pipe.fileHandleForReading.close()  // else a long run piles up read ends
                continuation.resume(returning: data)
            }.start()
        }
    }
}
