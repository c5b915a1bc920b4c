import AWSClient
import ContactLensModel
import Synchronization

/// A `ChannelRouter` per contact of the wall: calls go to the voice API, chats to the chat API,
/// and a contact whose channel nobody said (`--contact-id`) is asked about once, as in follow.
package final class WallChannelRouters: Sendable {
    private let routers = Mutex<[String: ChannelRouter]>([:])
    private let voice: ContactLensClient
    private let chat: ChatSegmentsClient

    package init(voice: ContactLensClient, chat: ChatSegmentsClient) {
        self.voice = voice
        self.chat = chat
    }

    package func fetch(_ request: ListSegmentsRequest, channel: ContactChannel) async throws(ClientError) -> FetchedPage {
        let router = routers.withLock { routers in
            if let known = routers[request.contactId] { return known }
            // Chats are read in full (Raw), as `follow` does by default.
            let made = ChannelRouter(channel: channel, voice: voice, chat: chat, outputType: .raw)
            routers[request.contactId] = made
            return made
        }
        return try await router.fetch(request)
    }
}
