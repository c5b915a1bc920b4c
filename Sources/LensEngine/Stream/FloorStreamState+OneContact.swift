import ContactLensModel

extension FloorStreamState {
    /// The router's events as one contact's follow sees them: the contact's own, the reader's
    /// status as the follow's, and nothing after its end.
    static func contactEvents(_ events: [WallEvent]) -> [FollowEvent] {
        var out: [FollowEvent] = []
        for event in events {
            switch event {
            case .contact(_, let event):
                out.append(event)
                switch event {
                case .finished, .failed: return out
                case .segments, .status, .leg: break
                }
            case .stream(let status):
                out.append(.status(status))
            case .floor, .named, .listed, .pace, .discovery, .notice, .queues, .transferred:
                break
            }
        }
        return out
    }
}
