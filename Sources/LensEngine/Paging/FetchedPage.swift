import ContactLensModel

/// One page as a polling source fetched it: the API that answered (a `ChannelRouter` in `auto`
/// may have switched), the page, and its body as the server sent it (for recordings).
package struct FetchedPage: Sendable {
    package var response: ListSegmentsResponse
    package var body: [UInt8]?
    package var api: SegmentsAPI

    package init(_ response: ListSegmentsResponse, body: [UInt8]? = nil, api: SegmentsAPI = .voice) {
        self.response = response
        self.body = body
        self.api = api
    }
}
