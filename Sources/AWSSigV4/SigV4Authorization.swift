/// The parts of a received `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.
struct SigV4Authorization: Sendable, Hashable {
    var accessKeyId: String
    var scopeDate: String
    var region: String
    var service: String
    var signedHeaders: [String]
    var signature: String

    /// Parses the header, or explains (IncompleteSignature) what is malformed.
    static func parse(_ header: String) -> Result<SigV4Authorization, SigV4VerificationError> {
        let value = SigV4Canonical.normalizedValue(header)
        let prefix = SigV4Signer.algorithm + " "
        guard value.hasPrefix(prefix) else {
            let algorithm = value.split(separator: " ").first.map(String.init) ?? ""
            return .failure(.incompleteSignature("Unsupported AWS 'algorithm': '\(algorithm)'."))
        }
        var fields: [String: String] = [:]
        for part in value.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            fields[SigV4Canonical.normalizedValue(String(pair[0]))] = SigV4Canonical.normalizedValue(String(pair[1]))
        }
        let missing = ["Credential", "Signature", "SignedHeaders"].filter { (fields[$0] ?? "").isEmpty }
        guard missing.isEmpty, let credential = fields["Credential"], let signed = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else {
            return .failure(
                .incompleteSignature(
                    missing.map { "Authorization header requires '\($0)' parameter." }.joined(separator: " ")))
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, !scope[0].isEmpty, scope[1].count == 8, !scope[2].isEmpty, !scope[3].isEmpty,
            scope[4] == "aws4_request"
        else {
            return .failure(
                .incompleteSignature(
                    "Credential should be scoped to a valid region, service and terminated by 'aws4_request'."))
        }
        return .success(
            SigV4Authorization(
                accessKeyId: scope[0], scopeDate: scope[1], region: scope[2], service: scope[3],
                signedHeaders: signed.split(separator: ";").map(String.init), signature: signature))
    }
}
