extension Array where Element: Comparable {
    /// The first position whose element is not before `value`, in an array kept sorted
    /// (`count` when every element is before it): binary search, where the wall's order and the
    /// search's matches insert and look up.
    func lowerBound(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
