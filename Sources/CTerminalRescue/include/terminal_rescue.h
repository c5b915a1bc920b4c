#ifndef LENSTAIL_TERMINAL_RESCUE_H
#define LENSTAIL_TERMINAL_RESCUE_H

/// Remembers the terminal's settings and the sequences that give it back (leave the alternate
/// screen, show the cursor, plain attributes), and installs last-resort handlers for the signals
/// that end a process abruptly (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS): if
/// lenstail dies in the full-screen view, the shell gets a usable terminal back. Each handler
/// restores the terminal with async-signal-safe calls only, then hands the signal to the handler
/// that was there before (Swift's crash report). Call before curses takes the terminal.
void lenstail_rescue_install(int tty_fd, const char *restore_sequence);

/// Puts the previous handlers back (the view closed normally).
void lenstail_rescue_remove(void);

/// Gives the terminal back now, as a crash would (for suspending to the shell with Ctrl-Z).
void lenstail_rescue_restore_now(void);

#endif
