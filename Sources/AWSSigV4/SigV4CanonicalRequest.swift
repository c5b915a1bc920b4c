/// A canonical request and the `SignedHeaders` list that goes with it.
package struct SigV4CanonicalRequest: Sendable, Hashable {
    /// The full canonical request text that is hashed into the string to sign.
    package let text: String
    /// Lowercased, sorted, `;`-joined names of the signed headers.
    package let signedHeaders: String

    package init(text: String, signedHeaders: String) {
        self.text = text
        self.signedHeaders = signedHeaders
    }
}
