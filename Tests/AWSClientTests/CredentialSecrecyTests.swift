import AWSSigV4
import Foundation
import Testing

@testable import AWSClient

/// No message or description the chain produces ever holds a secret key or a session token.
@Suite struct CredentialSecrecyTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"
    static let token = "IQoJb3JpZ2luX2VjSESSIONTOKEN"

    /// Broken setups whose files or output contain the secret and token.
    static let brokenSetups: [(String, String)] = [
        ("credentials", "[p]\naws_secret_access_key = \(secret)\naws_session_token = \(token)\n"),
        ("credentials", "aws_secret_access_key = \(secret)\n[p]\n"),
        ("credentials", "[p]\n\(secret) \(token)\n"),
        ("process", #"echo '{"Version":2,"AccessKeyId":"A","SecretAccessKey":"\#(secret)","SessionToken":"\#(token)"}'"#),
        ("process", "echo '\(secret) \(token)'"),
        ("process", "echo '\(secret) \(token)'; exit 1"),
        (
            "process",
            #"echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"\#(secret)","SessionToken":"\#(token)","Expiration":"2000-01-01T00:00:00Z"}'"#
        ),
        ("process", #"echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"\#(secret)","Expiration":"\#(token)"}'"#),
    ]

    @Test(arguments: 0..<brokenSetups.count)
    func errorsNeverContainTheSecretOrToken(index: Int) async throws {
        let (kind, text) = Self.brokenSetups[index]
        let home = try TempAWSHome()
        if kind == "credentials" {
            try home.writeCredentials(text)
        } else {
            try home.writeConfig("[profile p]\ncredential_process = \(try home.script("c.sh", text))\n")
        }
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "p", environment: home.environment()).resolve()
        }
        let shown = [
            error?.description, error?.errorDescription, error.map { String(reflecting: $0) },
            error.map { "\($0)" }, (error as (any Error)?)?.localizedDescription,
        ].compactMap { $0 }
        #expect(!shown.isEmpty)
        for message in shown {
            #expect(!message.contains(Self.secret) && !message.contains(Self.token), "leaked: \(message)")
        }
    }

    @Test func resolvedCredentialsPrintWithoutSecrets() async throws {
        let home = try TempAWSHome()
        let env = home.environment([
            "AWS_ACCESS_KEY_ID": "AKIDSHOWN", "AWS_SECRET_ACCESS_KEY": Self.secret,
            "AWS_SESSION_TOKEN": Self.token,
        ])
        let resolved = try await CredentialChain(profile: nil, environment: env).resolve()
        var dumped = ""
        dump(resolved, to: &dumped)
        for text in ["\(resolved)", String(reflecting: resolved), dumped] {
            #expect(text.contains("AKIDSHOWN"))
            #expect(!text.contains(Self.secret) && !text.contains(Self.token), "leaked: \(text)")
        }
    }
}
