import AWSClient
import ContactLensModel
import Synchronization

/// Which API follows a contact: the voice API (ListRealtimeContactAnalysisSegments), the chat API
/// (ListRealtimeContactAnalysisSegmentsV2), or `auto`.
package enum ContactChannel: String, CaseIterable, Sendable {
    case voice, chat, auto
}

/// Sends each request of a follow to the API of the contact's channel. In `auto` it asks
/// DescribeContact once, before the first request, for the contact's channel; when it cannot (no
/// connect:DescribeContact permission, say) it starts with the voice API. Either way, an
/// InvalidRequestException naming the channel (each API refuses the other channel's contacts)
/// switches to the other API once and asks again at once. `takeNotices()` says what happened, once.
package final class ChannelRouter: Sendable {
    private struct State {
        var current: SegmentsAPI
        var mayswitch: Bool
        var notices: [String]
        /// `auto` before DescribeContact was asked.
        var mustDescribe: Bool
        /// DescribeContact does not know the contact: every request fails with this at once.
        var unknown: ClientError?
    }

    private let state: Mutex<State>
    private let voice: ContactLensClient
    private let chat: ChatSegmentsClient
    private let outputType: ChatOutputType
    private let channel: ContactChannel

    package init(channel: ContactChannel, voice: ContactLensClient, chat: ChatSegmentsClient, outputType: ChatOutputType) {
        self.channel = channel
        state = Mutex(
            State(
                current: channel == .chat ? .chat : .voice, mayswitch: channel == .auto, notices: [],
                mustDescribe: channel == .auto))
        self.voice = voice
        self.chat = chat
        self.outputType = outputType
    }

    /// A router as this one was made, for another contact (a transfer's new leg): same clients,
    /// same `--channel`, nothing decided yet.
    package func fresh() -> ChannelRouter { ChannelRouter(channel: channel, voice: voice, chat: chat, outputType: outputType) }

    /// The API the next request goes to.
    package var current: SegmentsAPI { state.withLock { $0.current } }

    /// One attempt at the current API; in auto, a refusal naming the channel switches API once.
    package func fetch(_ request: ListSegmentsRequest) async throws(ClientError) -> FetchedPage {
        if state.withLock({ $0.mustDescribe }) { await describe(request) }
        if let unknown = state.withLock({ $0.unknown }) { throw unknown }
        let channel = current
        do {
            return try await send(request, to: channel)
        } catch {
            guard Self.namesTheChannel(error), let other = switchedChannel(from: channel, because: error) else { throw error }
            // The token (if any) belongs to the other API: start from the beginning.
            var fresh = request
            fresh.nextToken = nil
            return try await send(fresh, to: other)
        }
    }

    /// DescribeContact, once: its Channel picks the API; a failure leaves the voice API first.
    private func describe(_ request: ListSegmentsRequest) async {
        let answer: Result<String?, ClientError>
        do {
            answer = .success(try await chat.channel(instanceId: request.instanceId, contactId: request.contactId))
        } catch {
            answer = .failure(error)
        }
        state.withLock { state in
            guard state.mustDescribe else { return }
            state.mustDescribe = false
            switch answer {
            case .success(let channel?) where channel.uppercased() == "CHAT":
                state.current = .chat
                state.notices.append(
                    "--channel auto: DescribeContact says CHAT; following through the chat API (\(ListSegmentsV2.operation))")
            case .success(let channel):
                state.current = .voice
                if let channel, channel.uppercased() != "VOICE" {
                    state.notices.append("--channel auto: DescribeContact says \(channel); trying the voice API")
                }
            case .failure(let error) where error.isNotFound:
                // The contact exists from the moment it is initiated, long before its analysis:
                // one DescribeContact does not know is a wrong id, not a call still in the queue.
                state.unknown =
                    error.isInstanceNotFound
                    ? error
                    : .service(
                        ServiceError(
                            code: ServiceErrorCode.resourceNotFound.rawValue,
                            message: "\(ClientError.unknownContactPrefix) \(error.serviceMessage)", httpStatus: 404))
            case .failure(let error):
                state.notices.append("--channel auto: DescribeContact failed (\(error.shortReason)); starting with the voice API")
            }
        }
    }

    /// What the router decided since last asked (DescribeContact's answer, a switch of API).
    package func takeNotices() -> [String] {
        state.withLock { state in
            defer { state.notices = [] }
            return state.notices
        }
    }

    private func send(_ request: ListSegmentsRequest, to api: SegmentsAPI) async throws(ClientError) -> FetchedPage {
        switch api {
        case .chat:
            let (response, body) = try await chat.sendWithBody(ListSegmentsV2Request(request, outputType: outputType))
            return FetchedPage(response, body: body, api: .chat)
        case .voice:
            let (response, body) = try await voice.sendWithBody(request)
            return FetchedPage(response, body: body, api: .voice)
        }
    }

    private func switchedChannel(from channel: SegmentsAPI, because error: ClientError) -> SegmentsAPI? {
        state.withLock { state in
            guard state.mayswitch, state.current == channel else { return nil }
            state.mayswitch = false
            state.current = channel == .voice ? .chat : .voice
            let api =
                state.current == .chat
                ? "chat API (ListRealtimeContactAnalysisSegmentsV2)" : "voice API (ListRealtimeContactAnalysisSegments)"
            state.notices.append(
                "--channel auto: the service refused the contact on the \(channel.rawValue) API "
                    + "(\(error.shortReason)); following it through the \(api)")
            return state.current
        }
    }

    /// An InvalidRequestException that speaks of the contact's channel (VOICE/CHAT).
    static func namesTheChannel(_ error: ClientError) -> Bool {
        guard error.isInvalidRequest, case .service(let service) = error else { return false }
        let message = service.message.lowercased()
        return message.contains("chat") || message.contains("voice") || message.contains("channel")
    }
}
