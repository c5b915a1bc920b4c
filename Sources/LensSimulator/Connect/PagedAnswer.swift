import ContactLensModel
import FoundationEssentials

/// One page of a listing, and the NextToken to the rest. A token is signed, names the request it
/// was issued for (a fingerprint of its parameters other than NextToken and MaxResults) and its
/// place; a forged token, or one sent with other parameters, is an InvalidParameterException.
struct PagedAnswer<Item> {
    var items: [Item]
    var next: String?
    /// The first page (SearchContacts sends TotalCount with it).
    var isFirst: Bool

    init(_ all: [Item], nextToken: String?, maxResults: Int, fingerprint: Int, tokens: PageTokenCodec) throws(ErrorResponse) {
        let start = try Self.position(nextToken, fingerprint: fingerprint, tokens: tokens)
        items = Array(all.dropFirst(start).prefix(maxResults))
        let end = start + items.count
        next = end < all.count ? tokens.encode(PageToken(contactIndex: fingerprint, position: end)) : nil
        isFirst = start == 0
    }

    static func position(_ nextToken: String?, fingerprint: Int, tokens: PageTokenCodec) throws(ErrorResponse) -> Int {
        guard let nextToken else { return 0 }
        guard let token = tokens.decode(nextToken) else { throw .invalidParameter("The NextToken is not valid.") }
        guard token.contactIndex == fingerprint else {
            throw .invalidParameter("The NextToken was issued for a request with other parameters.")
        }
        return token.position
    }
}

extension IncomingRequest {
    /// A fingerprint of the request's parameters other than NextToken and MaxResults: of its JSON
    /// body's members, or of its query. A non-negative Int (FNV-1a, 62 bits).
    var bodyFingerprint: Int {
        var text = path + "?"
        if case .object(let members)? = try? JSONValue.parse(body.isEmpty ? Array("{}".utf8) : body) {
            let kept = JSONValue.object(members.filter { $0.0 != "NextToken" && $0.0 != "MaxResults" })
            text += String(decoding: kept.sortedLikeJSONSerialization, as: UTF8.self)
        }
        let pairs = query.split(separator: "&").filter { !$0.hasPrefix("nextToken=") && !$0.hasPrefix("maxResults=") }
        text += pairs.sorted().joined(separator: "&")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash >> 2)
    }
}
