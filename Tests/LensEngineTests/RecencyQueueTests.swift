import Testing

@testable import LensEngine

/// The order in which the stream wall evicts held contacts: least recently touched first, a key
/// touched again moves to the back, a removed key never comes out, however many touches.
struct RecencyQueueTests {
    @Test func theLeastRecentlyTouchedComesOutFirst() {
        var queue = RecencyQueue<String>()
        for key in ["a", "b", "c", "a", "d"] { queue.touch(key) }
        queue.remove("c")
        #expect(queue.count == 3 && !queue.contains("c"))
        var order: [String] = []
        while let key = queue.popOldest() { order.append(key) }
        #expect(order == ["b", "a", "d"])
        #expect(queue.count == 0 && queue.popOldest() == nil)
    }

    @Test func manyTouchesOfFewKeysKeepTheOrderAndFewEntries() {
        var queue = RecencyQueue<Int>()
        for round in 0..<1_000 {
            for key in 0..<10 { queue.touch((key + round) % 10) }
        }
        // The last round touched 999 % 10 = 9 first, then 0, 1, …, 8.
        queue.remove(3)
        var order: [Int] = []
        while let key = queue.popOldest() { order.append(key) }
        #expect(order == [9, 0, 1, 2, 4, 5, 6, 7, 8])
    }
}
