import ContactLensModel

extension Reducer {
    /// A transfer: the store begins the new leg (its turns go below a divider) and the header's
    /// clock starts again with the new contact's analysis.
    static func leg(_ leg: TransferLeg, _ state: inout AppState) -> [Effect] {
        let isNew = state.store.legs.last.map { $0.number != leg.number || $0.contactId != leg.contactId } ?? true
        state.store.beginLeg(leg)
        if isNew {
            state.callMillis = 0
            state.liveClock = nil
        }
        return [.redraw]
    }
}
