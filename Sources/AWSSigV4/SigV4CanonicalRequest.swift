/// A canonical request and the `SignedHeaders` list that goes with it.
public struct SigV4CanonicalRequest: Sendable, Hashable {
    /// The full canonical request text that is hashed into the string to sign.
    public let text: String
    /// Lowercased, sorted, `;`-joined names of the signed headers.
    public let signedHeaders: String

    public init(text: String, signedHeaders: String) {
        self.text = text
        self.signedHeaders = signedHeaders
    }
}
