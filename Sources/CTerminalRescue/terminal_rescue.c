#include "terminal_rescue.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int rescued_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
enum { rescued_count = sizeof(rescued_signals) / sizeof(rescued_signals[0]) };

static struct sigaction previous_actions[rescued_count];
static struct termios saved_termios;
static int saved_fd = -1;
static char restore_bytes[256];
static size_t restore_length;
static volatile sig_atomic_t installed;

static void restore_terminal(void) {
    if (saved_fd < 0) return;
    size_t written = 0;
    while (written < restore_length) {
        ssize_t n = write(saved_fd, restore_bytes + written, restore_length - written);
        if (n <= 0) break;
        written += (size_t)n;
    }
    tcsetattr(saved_fd, TCSANOW, &saved_termios);
}

static void on_fatal_signal(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    restore_terminal();
    // Hand over to what was there before (Swift's crash report, or the default action).
    for (int i = 0; i < rescued_count; i++) {
        if (rescued_signals[i] == signal_number) sigaction(signal_number, &previous_actions[i], NULL);
    }
    // A signal sent (kill, abort) is sent again; a fault happens again when this returns, so the
    // previous handler sees the faulting instruction itself.
    if (info == NULL || info->si_code <= 0) raise(signal_number);
}

void lenstail_rescue_install(int tty_fd, const char *restore_sequence) {
    if (installed || tcgetattr(tty_fd, &saved_termios) != 0) return;
    saved_fd = tty_fd;
    restore_length = strnlen(restore_sequence, sizeof(restore_bytes) - 1);
    memcpy(restore_bytes, restore_sequence, restore_length);
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    for (int i = 0; i < rescued_count; i++) sigaction(rescued_signals[i], &action, &previous_actions[i]);
    installed = 1;
}

void lenstail_rescue_restore_now(void) { restore_terminal(); }

void lenstail_rescue_remove(void) {
    if (!installed) return;
    for (int i = 0; i < rescued_count; i++) sigaction(rescued_signals[i], &previous_actions[i], NULL);
    installed = 0;
    saved_fd = -1;
}
