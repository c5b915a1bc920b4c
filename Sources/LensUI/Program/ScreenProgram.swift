import FoundationEssentials

/// One screen of the terminal program (bubbletea's model): a state, the events it takes, the
/// effects it asks for; `reduce` and `render`. The call view and the wall are screens; the
/// terminal loop runs a `ScreenStack` of them and knows nothing else of any.
package protocol ScreenProgram<Message, Request> {
    /// News from outside the terminal: the engine's events, the player's clock.
    associatedtype Message
    /// What the screen asks the app to do: write the view, a player command, log an alert.
    associatedtype Request

    /// The time the screen shows: the loop sends a tick when a second has passed it.
    var now: Date { get }
    mutating func reduce(_ event: ScreenEvent<Message>) -> [ScreenEffect<Message, Request>]
    /// The frame for `size`. `back` is the screen below's `backLine` when this one was pushed
    /// over another. What it shows depends on the state only; a screen may keep cells it drew.
    mutating func render(size: Size, back: StyledLine?) -> Screen
    /// When a frame is due without any event (a clock on screen); nil: not until something happens.
    func nextTick(after date: Date) -> Date?
    /// What this screen says at the foot of a screen pushed over it: the way back, what waits.
    var backLine: StyledLine? { get }
    /// The screen pushed over this one was closed: what it held may come back here.
    mutating func resume(after closed: any ScreenProgram<Message, Request>)
    /// True: the stack draws the screen below and then this one over it (a question in its
    /// footer), so what is below stays in view, live.
    var drawsOverBelow: Bool { get }
    /// Draws over the frame of the screen below (only when `drawsOverBelow`).
    mutating func draw(over below: inout Screen)
}

extension ScreenProgram {
    package var backLine: StyledLine? { nil }
    package mutating func resume(after closed: any ScreenProgram<Message, Request>) {}
    package var drawsOverBelow: Bool { false }
    package mutating func draw(over below: inout Screen) {}
}

/// What the loop hands a screen.
package enum ScreenEvent<Message> {
    case key(Key)
    /// A click or the wheel (where the terminal has a mouse and `--no-mouse` was not given).
    case mouse(MouseEvent)
    case resize(Size)
    /// A second passed `now` (or more).
    case tick(Date)
    /// The messages that came during one wait, in order: one batch (the wall sorts once per batch).
    case messages([Message])
}

/// What a screen asks of the loop and the stack.
package enum ScreenEffect<Message, Request> {
    /// Something visible changed: render and draw.
    case redraw
    /// Leave. With a signal (Ctrl-C is SIGINT) the program ends, exiting 128 + it; without, this
    /// screen closes (the bottom one: the program ends).
    case quit(signal: Int32?)
    /// Close this screen if it was pushed over another (Esc with nothing else to close).
    case back
    /// Ring the terminal's bell once.
    case bell
    /// Give the terminal back to the shell until continued (Ctrl-Z).
    case suspend
    /// Show `screen` over this one until it closes.
    case push(any ScreenProgram<Message, Request>)
    /// Ask the app: it answers, if at all, with messages.
    case request(Request)
}
