/// A list of rows that a typed filter narrows — the wall's, the search's — so both keep what was
/// typed, drop it and lay their rows out again alike.
protocol FilteredRows {
    var filter: String? { get set }
    var filterDraft: String { get set }
    var editingFilter: Bool { get set }
    mutating func relayout()
}

extension FilteredRows {
    /// A key while the filter is typed: Enter keeps the draft as the filter, Esc drops it.
    mutating func typeFilter(_ key: Key) {
        switch RowFilter.type(key, draft: &filterDraft) {
        case .typing: break
        case .cancel: editingFilter = false
        case .keep(let kept):
            editingFilter = false
            filter = kept
            relayout()
        }
    }
}
