import AWSClient
import ContactLensModel
import Synchronization

/// Which API follows a contact: the voice API (ListRealtimeContactAnalysisSegments), the chat API
/// (ListRealtimeContactAnalysisSegmentsV2), or `auto`.
package enum ContactChannel: String, CaseIterable, Sendable {
    case voice, chat, auto
}

/// Sends each request of a follow to the API of the contact's channel. In `auto` it starts with
/// the voice API and, when the service answers InvalidRequestException naming the channel (each
/// API refuses the other channel's contacts), switches to the other API once and asks again at
/// once; `takeNotice()` then says so, once.
package final class ChannelRouter: Sendable {
    private struct State {
        var current: ContactChannel
        var mayswitch: Bool
        var notice: String?
    }

    private let state: Mutex<State>
    private let voice: ContactLensClient
    private let chat: ChatSegmentsClient
    private let outputType: ChatOutputType

    package init(channel: ContactChannel, voice: ContactLensClient, chat: ChatSegmentsClient, outputType: ChatOutputType) {
        state = Mutex(State(current: channel == .chat ? .chat : .voice, mayswitch: channel == .auto, notice: nil))
        self.voice = voice
        self.chat = chat
        self.outputType = outputType
    }

    /// The API the next request goes to (voice or chat).
    package var current: ContactChannel { state.withLock { $0.current } }

    /// One attempt at the current API; in auto, a refusal naming the channel switches API once.
    package func fetch(_ request: ListSegmentsRequest) async throws(ClientError) -> (
        response: ListSegmentsResponse, body: [UInt8]?
    ) {
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

    /// "switched to the chat API …", once after a switch.
    package func takeNotice() -> String? {
        state.withLock { state in
            defer { state.notice = nil }
            return state.notice
        }
    }

    private func send(_ request: ListSegmentsRequest, to channel: ContactChannel) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8]?)
    {
        if channel == .chat {
            let (response, body) = try await chat.sendWithBody(ListSegmentsV2Request(request, outputType: outputType))
            return (response, body)
        }
        let (response, body) = try await voice.sendWithBody(request)
        return (response, body)
    }

    private func switchedChannel(from channel: ContactChannel, because error: ClientError) -> ContactChannel? {
        state.withLock { state in
            guard state.mayswitch, state.current == channel else { return nil }
            state.mayswitch = false
            state.current = channel == .voice ? .chat : .voice
            let api =
                state.current == .chat
                ? "chat API (ListRealtimeContactAnalysisSegmentsV2)" : "voice API (ListRealtimeContactAnalysisSegments)"
            state.notice =
                "--channel auto: the service refused the contact on the \(channel.rawValue) API "
                + "(\(error.shortReason)); following it through the \(api)"
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
