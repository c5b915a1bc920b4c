import AWSClient
import ContactLensModel
import Testing

@testable import LensEngine

/// Each contact of the wall is paged by the follow's own machine: a chat ends on its Status, a
/// contact the router moved to the chat API takes that API's rule, a fatal error ends the contact
/// and only it, and a token refused again and again backs off.
@Suite struct WallSchedulerPagingTests {
    static func poll(_ s: inout WallScheduler, at now: Duration) -> (id: String, token: String?, at: Duration)? {
        guard case .poll(let id, let token, let at) = s.next(at: max(now, .zero)) else { return nil }
        s.started(id, at: at)
        return (id, token, at)
    }

    @Test func aChatOnTheWallEndsOnItsStatusNotOnAMissingToken() throws {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 10))
        s.add("chat", api: .chat, at: .zero)
        var now = try #require(Self.poll(&s, at: .zero)).at
        let open = PollerStateMachineChatTests.chatPage(nil, .inProgress)
        let openEnded = s.received("chat", FetchedPage(open, api: .chat), at: now)
        #expect(!openEnded, "IN_PROGRESS without a page left")
        now = try #require(Self.poll(&s, at: now)).at
        let completed = s.received(
            "chat", FetchedPage(PollerStateMachineChatTests.chatPage(nil, .completed), api: .chat), at: now)
        #expect(completed)
        #expect(s.liveCount == 0)
    }

    @Test func aContactTheRouterMovedToTheChatAPIIsPagedByItsRule() throws {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 10))
        s.add("listed", at: .zero)  // `--contact-id`: the voice API first
        let now = try #require(Self.poll(&s, at: .zero)).at
        let answer = FetchedPage(PollerStateMachineChatTests.chatPage(nil, .inProgress), api: .chat)
        let ended = s.received("listed", answer, at: now)
        #expect(!ended, "a voice machine would have ended it here")
        #expect(s.liveCount == 1)
    }

    @Test func aFatalErrorEndsOnlyThatContact() throws {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 10))
        s.add("a", at: .zero)
        s.add("b", at: .zero)
        let first = try #require(Self.poll(&s, at: .zero))
        let denied = ClientError.service(ServiceError(code: "AccessDeniedException", message: "no", httpStatus: 403))
        guard case .failed(let message) = s.failed(first.id, denied, at: first.at) else {
            Issue.record("not failed")
            return
        }
        #expect(message.hasPrefix("access denied"), "\(message)")
        #expect(s.liveCount == 1)
        var now = first.at
        for _ in 0..<5 {
            let next = try #require(Self.poll(&s, at: now))
            #expect(next.id != first.id, "the failed contact is polled no more")
            now = next.at
            s.received(next.id, nextToken: "t", segmentCount: 0, at: now)
        }
    }

    @Test func aTokenRefusedAgainAndAgainBacksOff() throws {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 100, pollInterval: .milliseconds(10)))
        s.add("a", at: .zero)
        let invalid = ClientError.service(ServiceError(code: "InvalidRequestException", message: "bad token", httpStatus: 400))
        var now = try #require(Self.poll(&s, at: .zero)).at
        var waits: [Duration] = []
        for _ in 0..<5 {
            s.received("a", nextToken: "fresh", segmentCount: 100, at: now)
            now = try #require(Self.poll(&s, at: now)).at
            #expect(s.failed("a", invalid, at: now) == .restarted)
            let retry = try #require(Self.poll(&s, at: now))
            #expect(retry.token == nil, "from the beginning")
            waits.append(retry.at - now)
            now = retry.at
        }
        #expect(waits[0] <= .milliseconds(10), "the first refusal restarts at once")
        #expect(waits.dropFirst().reduce(.zero, +) > .seconds(1), "later ones back off: \(waits)")
    }
}
