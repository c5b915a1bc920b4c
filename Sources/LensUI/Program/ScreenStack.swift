import FoundationEssentials

/// The screens on the terminal, the newest in front (the wall, and a call opened over it).
/// Keys and the mouse go to the front screen; resizes, ticks and messages to every screen, bottom first, so
/// the ones behind keep up (the wall's rows stay live under an opened call). It is itself what
/// the loop runs.
package struct ScreenStack<Message, Request> {
    /// Bottom first; never empty.
    package private(set) var screens: [any ScreenProgram<Message, Request>]

    package init(_ root: any ScreenProgram<Message, Request>) { screens = [root] }

    /// The screen in front.
    package var top: any ScreenProgram<Message, Request> { screens[screens.count - 1] }

    /// What the loop does after an event.
    package enum Effect {
        case redraw
        /// The program ends: on a signal, or when the bottom screen quits (nil).
        case quit(signal: Int32?)
        case bell
        case suspend
        case request(Request)
    }

    package var now: Date { screens[0].now }

    package mutating func reduce(_ event: ScreenEvent<Message>) -> [Effect] {
        var out: [Effect] = []
        switch event {
        case .key, .mouse:
            reduce(screens.count - 1, event, into: &out)
        case .resize, .tick, .messages:
            // A screen pushed meanwhile starts from what it was given: it does not get this event.
            let count = screens.count
            var index = 0
            while index < min(count, screens.count) {
                reduce(index, event, into: &out)
                index += 1
            }
        }
        return out
    }

    private mutating func reduce(_ index: Int, _ event: ScreenEvent<Message>, into out: inout [Effect]) {
        for effect in screens[index].reduce(event) {
            switch effect {
            case .redraw: out.append(.redraw)
            case .bell: out.append(.bell)
            case .suspend: out.append(.suspend)
            case .request(let request): out.append(.request(request))
            case .quit(let signal?): out.append(.quit(signal: signal))
            case .quit(nil):
                if index == 0 { return out.append(.quit(signal: nil)) }
                close(index, into: &out)
            case .back:
                if index > 0 { close(index, into: &out) }
            case .push(let screen):
                screens.append(screen)
                out.append(.redraw)
            }
        }
    }

    /// Closes the screen at `index` and those over it; the one below takes back what it held.
    private mutating func close(_ index: Int, into out: inout [Effect]) {
        guard index > 0, index < screens.count else { return }
        while screens.count > index {
            let closed = screens.removeLast()
            screens[screens.count - 1].resume(after: closed)
        }
        out.append(.redraw)
    }

    package mutating func render(size: Size) -> Screen { render(screens.count - 1, size: size) }

    /// The frame of the screen at `index`: its own, or, for one that draws over the screen
    /// below (a question), the one below's with it on top.
    private mutating func render(_ index: Int, size: Size) -> Screen {
        if index > 0, screens[index].drawsOverBelow {
            var below = render(index - 1, size: size)
            screens[index].draw(over: &below)
            return below
        }
        let back = index > 0 ? screens[index - 1].backLine : nil
        return screens[index].render(size: size, back: back)
    }

    /// The earliest frame any screen needs: the ones behind count too (the wall's clocks).
    package func nextTick(after date: Date) -> Date? {
        screens.compactMap { $0.nextTick(after: date) }.min()
    }
}

extension ScreenStack.Effect: Equatable where Request: Equatable {}
