import FoundationEssentials

/// The position a NextToken stands for: how many released segments of which contact were delivered.
struct PageToken: Hashable, Sendable {
    var contactIndex: Int
    var position: Int
}

/// Turns positions into opaque NextTokens and back. A keyed hash (SipHash through `Hasher`, with a
/// per-simulator random key) signs each token, so edited or invented tokens are rejected. Tokens are
/// only valid for the simulator that issued them, like real tokens from another session.
struct PageTokenCodec: Sendable {
    private let key: (UInt64, UInt64)

    init<G: RandomNumberGenerator>(using random: inout G) {
        key = (random.next(), random.next())
    }

    init() {
        var random = SystemRandomNumberGenerator()
        self.init(using: &random)
    }

    func encode(_ token: PageToken) -> String {
        let payload = "v1.\(token.contactIndex).\(token.position)"
        let text = payload + "." + mac(payload)
        // base64url without padding, mapped byte by byte (Foundation's replacingOccurrences went
        // through NSString: most of a token's cost, paid on every page).
        let base64 = Data(text.utf8).base64EncodedData()
        return String(
            decoding: base64.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "+"): UInt8(ascii: "-")
                case UInt8(ascii: "/"): UInt8(ascii: "_")
                case UInt8(ascii: "="): nil
                default: byte
                }
            }, as: UTF8.self)
    }

    /// The token's position, or nil when it is malformed or its signature does not match.
    func decode(_ string: String) -> PageToken? {
        guard string.utf8.count < 200 else { return nil }
        var base64 = string.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "-"): UInt8(ascii: "+")
            case UInt8(ascii: "_"): UInt8(ascii: "/")
            default: byte
            }
        }
        base64 += repeatElement(UInt8(ascii: "="), count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: Data(base64)),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0] == "v1", let contact = Int(parts[1]), let position = Int(parts[2]),
            contact >= 0, position >= 0, parts[3] == mac(parts[0...2].joined(separator: "."))
        else { return nil }
        return PageToken(contactIndex: contact, position: position)
    }

    private func mac(_ payload: String) -> String {
        var hasher = Hasher()
        hasher.combine(key.0)
        hasher.combine(payload)
        hasher.combine(key.1)
        return String(UInt64(bitPattern: Int64(hasher.finalize())), radix: 16)
    }
}
