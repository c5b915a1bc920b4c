import AWSClient
import ContactLensModel
import FoundationEssentials

extension ConnectionCheck {
    /// One ListRealtimeContactAnalysisSegments call: permission, and how far the analysis is.
    func checkContact(
        _ client: ContactLensClient, instanceId: String, contactId: String, identity: CallerIdentity?,
        _ report: CheckReport
    ) async throws {
        let page: ListSegmentsResponse
        do {
            page = try await client.send(ListSegmentsRequest(instanceId: instanceId, contactId: contactId, maxResults: 100))
        } catch .cancelled {
            throw Interrupted()
        } catch {
            let who = identity.map { "the identity \($0.arn)" } ?? "the identity of these credentials"
            let fix = CheckAdvice.contact(error, instanceId: instanceId, region: client.region, identity: who)
            try report.fail("contact \(contactId): \(Self.problem(error, instanceId: instanceId))", fix: fix)
            return
        }
        let count = page.segments.count
        // A full page with a token may be a live call or a long finished one: more pages say which.
        let progress =
            switch (page.nextToken != nil, count) {
            case (true, 0): "analysis live, no segments yet"
            case (true, 100...): "at least \(count) segments so far (more pages to read)"
            case (true, 1): "analysis live (1 segment so far)"
            case (true, _): "analysis live (\(count) segments so far)"
            case (false, 1): "analysis complete (1 segment)"
            case (false, _): "analysis complete (\(count) segments)"
            }
        try report.pass("contact \(contactId): permission to connect:ListRealtimeContactAnalysisSegments, \(progress)")
    }

    /// What went wrong, in words: "access denied: …", "not found in instance …: …".
    static func problem(_ error: ClientError, instanceId: String) -> String {
        guard case .service(let failure) = error else { return error.shortReason }
        let detail = failure.message.isEmpty ? "" : ": \(failure.message)"
        return switch failure.code {
        case ServiceErrorCode.accessDenied.rawValue: "access denied\(detail)"
        case ServiceErrorCode.resourceNotFound.rawValue: "not found in instance \(instanceId)\(detail)"
        case "InvalidSignatureException", "IncompleteSignatureException": "the request signature was refused\(detail)"
        case ServiceErrorCode.throttling.rawValue: "throttled\(detail)"
        default: error.shortReason
        }
    }

    /// This machine's clock against AWS's, from the last answer's `Date` header.
    func checkClock(_ clock: ClockCorrection, _ report: CheckReport) throws {
        guard let difference = clock.observed else {
            return try report.skip("clock not checked: no answer from AWS to compare it with")
        }
        guard abs(difference) > Self.clockTolerance else {
            return try report.pass("clock within \(max(1, Int(abs(difference).rounded(.up)))) s of AWS")
        }
        let direction = difference > 0 ? "behind" : "ahead of"
        let refused = clock.adjustments > 0 ? " (a request was refused for it and signed again with the offset)" : ""
        let fix =
            abs(difference) > Self.signatureWindow
            ? "AWS refuses signatures more than 5 min off, so lenstail signs such requests again with the offset; "
                + CheckAdvice.fixClock
            : CheckAdvice.fixClock + " before it drifts past the 5 min AWS allows"
        try report.fail("clock \(ClockText.span(difference)) \(direction) AWS\(refused)", fix: fix)
    }
}
