/// The API that pages a contact's analysis: calls through the voice API
/// (ListRealtimeContactAnalysisSegments), chats through the chat API
/// (ListRealtimeContactAnalysisSegmentsV2). They say "this was the last page" differently.
package enum SegmentsAPI: String, Sendable, Hashable {
    case voice, chat

    /// The API a page came from, when nothing else says (a recording): the chat API's pages carry
    /// a Status (required there), the voice API's never do.
    package init(sending page: ListSegmentsResponse) { self = page.status == nil ? .voice : .chat }

    /// Nothing more will come after `page`. The voice API keeps NextToken for the whole live call
    /// and drops it on the last page; the chat API says when it is over: its Status is final and
    /// no page is left (a page without NextToken while IN_PROGRESS only means none is left yet).
    package func isLast(_ page: ListSegmentsResponse) -> Bool {
        switch self {
        case .voice: page.nextToken == nil
        case .chat: page.nextToken == nil && page.status?.isFinal == true
        }
    }
}

extension ListSegmentsResponse {
    /// Nothing more will come, by the rule of the API that sent the page.
    package var isLast: Bool { SegmentsAPI(sending: self).isLast(self) }
}
