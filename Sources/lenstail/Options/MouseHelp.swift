import ArgumentParser

/// `--no-mouse`'s help, the same on every command with a full-screen view.
enum MouseHelp {
    static let noMouse = ArgumentHelp(
        "Leave the mouse to the terminal: no clicks or wheel in the view. Without it, select text with Shift-drag in most terminals."
    )
}
