#ifndef LENSTAIL_RESIZE_WAKE_H
#define LENSTAIL_RESIZE_WAKE_H

/// A terminal resize wakes the thread that owns the terminal. SIGWINCH goes to any thread of the
/// process, so the one blocked in poll() may never see it interrupt its wait; this handler
/// runs the handler that was there before (curses', which queues the KEY_RESIZE) and then writes a
/// byte to `wake_fd` (async-signal-safe). Call after curses has installed its handler.
void lenstail_resize_wake_install(int wake_fd);

/// Puts the previous SIGWINCH handler back (the view is closing).
void lenstail_resize_wake_remove(void);

#endif
