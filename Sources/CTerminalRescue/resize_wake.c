#include "resize_wake.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static struct sigaction previous_action;
static volatile sig_atomic_t wake_fd = -1;

static void on_resize(int signal_number, siginfo_t *info, void *context) {
    int saved_errno = errno;
    // Curses' handler first: the resize must be queued before the woken thread asks for it.
    if (previous_action.sa_flags & SA_SIGINFO) {
        if (previous_action.sa_sigaction != NULL) previous_action.sa_sigaction(signal_number, info, context);
    } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(signal_number);
    }
    if (wake_fd >= 0) {
        char byte = 1;
        (void)!write(wake_fd, &byte, 1);
    }
    errno = saved_errno;
}

void lenstail_resize_wake_install(int fd) {
    if (wake_fd >= 0) return;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = on_resize;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    if (sigaction(SIGWINCH, &action, &previous_action) == 0) wake_fd = fd;
}

void lenstail_resize_wake_remove(void) {
    if (wake_fd < 0) return;
    sigaction(SIGWINCH, &previous_action, NULL);
    wake_fd = -1;
}
