import Foundation
import Testing

@testable import LensUI

/// The stack of screens the loop runs, with toy screens: keys and the mouse go to the front one, messages to
/// all; q closes a pushed screen and quits from the bottom one; Esc closes a pushed one only.
@Suite struct ScreenStackTests {
    /// A screen that counts what it got; Enter pushes another, q quits, Esc goes back.
    struct Toy: ScreenProgram {
        var name: String
        var keys = 0
        var clicks = 0
        var messages: [Int] = []
        var resumed: [String] = []
        var now = Date(timeIntervalSince1970: 0)

        mutating func reduce(_ event: ScreenEvent<Int>) -> [ScreenEffect<Int, String>] {
            switch event {
            case .key(let key):
                keys += 1
                switch key {
                case .enter: return [.push(Toy(name: name + "+"))]
                case .char("q"): return [.quit(signal: nil)]
                case .escape: return [.back]
                case .ctrl("c"): return [.quit(signal: SIGINT)]
                default: return [.request("\(name) pressed"), .redraw]
                }
            case .mouse:
                clicks += 1
                return [.redraw]
            case .messages(let batch):
                messages += batch
                return []
            case .resize, .tick: return []
            }
        }

        mutating func render(size: Size, back: StyledLine?) -> Screen {
            var screen = Screen(size: size)
            screen.put(
                name + (back.map { " / " + $0.text } ?? ""), x: 0, y: 0, style: .text,
                clip: Rect(x: 0, y: 0, width: size.width, height: 1))
            return screen
        }

        func nextTick(after date: Date) -> Date? { nil }
        var backLine: StyledLine? { StyledLine("back to \(name)", .dim) }
        mutating func resume(after closed: any ScreenProgram<Int, String>) {
            resumed.append((closed as? Toy)?.name ?? "?")
        }
    }

    static func toy(_ stack: ScreenStack<Int, String>, _ index: Int) -> Toy { stack.screens[index] as! Toy }

    @Test func keysGoToTheFrontScreenAndMessagesToEvery() {
        var stack = ScreenStack<Int, String>(Toy(name: "wall"))
        #expect(stack.reduce(.key(.enter)) == [.redraw])
        #expect(stack.screens.count == 2)
        #expect(stack.reduce(.key(.char("x"))) == [.request("wall+ pressed"), .redraw])
        _ = stack.reduce(.messages([1, 2]))
        #expect(Self.toy(stack, 0).keys == 1 && Self.toy(stack, 1).keys == 1)
        #expect(Self.toy(stack, 0).messages == [1, 2] && Self.toy(stack, 1).messages == [1, 2])
        // The mouse goes where the keys go.
        #expect(stack.reduce(.mouse(MouseEvent(.click, x: 1, y: 1))) == [.redraw])
        #expect(Self.toy(stack, 0).clicks == 0 && Self.toy(stack, 1).clicks == 1)
        #expect(stack.render(size: Size(width: 30, height: 1)).lines[0].hasPrefix("wall+ / back to wall"))
    }

    @Test func qClosesAPushedScreenAndQuitsFromTheBottom() {
        var stack = ScreenStack<Int, String>(Toy(name: "wall"))
        _ = stack.reduce(.key(.enter))
        #expect(stack.reduce(.key(.char("q"))) == [.redraw])
        #expect(stack.screens.count == 1)
        #expect(Self.toy(stack, 0).resumed == ["wall+"], "the screen below takes back what the closed one held")
        #expect(stack.reduce(.key(.char("q"))) == [.quit(signal: nil)])
    }

    @Test func escClosesOnlyAPushedScreenAndASignalQuitsFromAny() {
        var stack = ScreenStack<Int, String>(Toy(name: "wall"))
        #expect(stack.reduce(.key(.escape)).isEmpty)
        #expect(stack.screens.count == 1)
        _ = stack.reduce(.key(.enter))
        _ = stack.reduce(.key(.escape))
        #expect(stack.screens.count == 1)
        _ = stack.reduce(.key(.enter))
        #expect(stack.reduce(.key(.ctrl("c"))) == [.quit(signal: SIGINT)])
    }
}
