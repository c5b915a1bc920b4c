import AWSClient
import ContactLensModel
import FoundationEssentials
import LensBasics
import Logging

/// What `--log-file` records of a follow: each page a polling source fetched with the NextToken
/// sent (its first characters only), each failed attempt (a retrying status), status changes
/// and errors. Never credentials: neither the engine's events nor its requests carry any.
struct FollowLog: Sendable {
    let logger: Logger

    /// The same events, each status and the end logged on the way (segments are not: the pages
    /// they came in are, by the source that fetched them).
    func events(_ upstream: AsyncStream<FollowEvent>) -> AsyncStream<FollowEvent> {
        upstream.tapped { [logger] event in
            switch event {
            case .status(let status): logger.info("status \(Self.describe(status))")
            case .finished: logger.info("the analysis is complete")
            case .failed(let message): logger.error("stopped: \(message)")
            case .leg(let leg):
                let from = leg.previousContactId ?? "?"
                logger.info(
                    "transferred: leg \(leg.number) contact=\(leg.contactId) from=\(from) queue=\(leg.queue ?? "?") agent=\(leg.agent ?? "?")"
                )
            case .segments: break
            }
        }
    }

    /// One page a polling source fetched, with the request that asked for it.
    func page(_ request: ListSegmentsRequest, _ page: ListSegmentsResponse) {
        logger.info(
            "page",
            metadata: [
                "token": .string(Self.tokenPrefix(request.nextToken)),
                "segments": .stringConvertible(page.segments.count),
                "next": .string(page.nextToken == nil ? "no" : "yes"),
            ])
    }

    /// "none", or the first 8 characters and the length: enough to follow paging, useless to replay.
    static func tokenPrefix(_ token: String?) -> String {
        guard let token else { return "none" }
        return "\(token.prefix(8))…(\(token.count) chars)"
    }

    /// "clock: AWS is 10 min 0 s ahead of this machine (…); requests are now signed with an offset of +600 s".
    static func describe(_ adjustment: ClockAdjustment) -> String {
        let offset = adjustment.offset
        return "clock: AWS is \(ClockText.span(offset)) \(offset >= 0 ? "ahead of" : "behind") this machine "
            + "(a request was refused: \(adjustment.reason)); requests are now signed with an offset of "
            + "\(String(cFormat: "%+.0f", offset)) s"
    }

    static func describe(_ status: FollowStatus) -> String {
        switch status {
        case .connecting: "connecting"
        case .waitingForAnalysis(let since, _): "waiting for the analysis since=\(since.formatted(.iso8601))"
        case .live: "live"
        case .retrying(let reason, let attempt, let retryAt, let throttled):
            "\(throttled ? "throttled" : "retrying") attempt=\(attempt) reason=\(reason) retryAt=\(retryAt.formatted(.iso8601))"
        case .restarted(let reason): "restarted reason=\(reason)"
        case .warning(let text): "warning \(text)"
        case .completed: "completed"
        case .ended(let reason): "ended \(reason)"
        case .failed(let message): "failed \(message)"
        }
    }
}
