import AWSClient
import ContactLensModel
import FoundationEssentials
import LensEngine

/// Runs one SearchContacts search: pages followed with NextToken until `limit` contacts or the
/// last page, each request paced under Connect's quota (2 a second, burst 5) and a throttled one
/// tried again after a backoff. Keeps each contact as the service wrote it, and the TotalCount
/// the first page announced.
struct ContactSearcher: Sendable {
    var client: ConnectClient
    var credentialSource: String?
    var pacer = RequestPacer.connectDefault
    /// Contacts asked for a page (the API's most).
    var pageSize = SearchContacts.maxResultsRange.upperBound
    /// Throttling is expected when others share the quota: more tries than the standard three.
    var retry = RetryPolicy(maxAttempts: 6, base: .milliseconds(500), cap: .seconds(10))

    func search(_ request: SearchContactsRequest, limit: Int, clock: ContinuousClock = ContinuousClock()) async throws(FatalError)
        -> SearchResult
    {
        var result = SearchResult()
        var pacer = self.pacer
        let start = clock.now
        var token: String?
        var seen = Set<String>()
        repeat {
            var paged = request
            paged.nextToken = token
            paged.maxResults = min(pageSize, limit - result.contacts.count)
            let page: SearchContactsResponse
            do {
                page = try await retry.run(clock: clock) { () async throws(ClientError) in
                    let wait = pacer.delay(at: start.duration(to: clock.now))
                    if wait > .zero {
                        do { try await clock.sleep(for: wait) } catch { throw .cancelled }
                    }
                    result.requests += 1
                    return try await client.searchContacts(paged)
                }
            } catch .cancelled {
                throw FatalError("the search was cancelled")
            } catch {
                throw FatalError(
                    "SearchContacts: \(error.connectAdvice(action: "SearchContacts", credentialSource: credentialSource))")
            }
            if result.requests == 1 || result.totalCount == nil { result.totalCount = result.totalCount ?? page.totalCount }
            for (i, summary) in page.contacts.enumerated() {
                let object = i < page.contactObjects.count ? page.contactObjects[i] : .object([])
                result.contacts.append(FoundContact(summary: summary, object: object))
            }
            // A token seen before would loop for ever: a broken service, not more data.
            guard let next = page.nextToken, !next.isEmpty, seen.insert(next).inserted else {
                result.morePages = false
                break
            }
            token = next
            result.morePages = true
        } while result.contacts.count < limit
        result.contacts = Array(result.contacts.prefix(limit))
        return result
    }
}

/// One contact a search found: the model's fields, and every member as the service wrote it.
package struct FoundContact: Sendable, Hashable {
    package var summary: ContactSearchSummary
    package var object: JSONValue

    package init(summary: ContactSearchSummary, object: JSONValue) {
        self.summary = summary
        self.object = object
    }

    package var id: String { summary.id ?? "" }
}

/// What a search found, and how it compares with what the service holds.
package struct SearchResult: Sendable {
    package var contacts: [FoundContact] = []
    /// The TotalCount of the first page (nil when the service did not say).
    package var totalCount: Int?
    /// The service had another page when the search stopped at its limit.
    package var morePages = false
    /// Requests sent, retries included.
    package var requests = 0

    package init(contacts: [FoundContact] = [], totalCount: Int? = nil, morePages: Bool = false) {
        self.contacts = contacts
        self.totalCount = totalCount
        self.morePages = morePages
    }

    /// "first 100 of 2,341 contacts", "37 contacts", "no contacts" — what was fetched against
    /// what the service counted, said as it is.
    package var countText: String {
        let count = contacts.count
        let noun = count == 1 && totalCount.map({ $0 <= 1 }) ?? true ? "contact" : "contacts"
        if count == 0 {
            guard let totalCount, totalCount > 0 else { return "no contacts" }
            return "none of \(Self.thousands(totalCount)) contacts could be fetched"
        }
        guard let totalCount else {
            return morePages ? "first \(Self.thousands(count)) contacts (more left)" : "\(Self.thousands(count)) \(noun)"
        }
        if count >= totalCount { return "\(Self.thousands(count)) \(noun)" }
        if morePages { return "first \(Self.thousands(count)) of \(Self.thousands(totalCount)) contacts" }
        return "\(Self.thousands(count)) of \(Self.thousands(totalCount)) contacts (the service gave no more pages)"
    }

    /// 2341 as "2,341".
    static func thousands(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
