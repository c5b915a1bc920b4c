#ifndef LENSTAIL_CHILD_SPAWN_H
#define LENSTAIL_CHILD_SPAWN_H

#include <spawn.h>

/// What starting a `/bin/sh` child needs from the C library that Swift's Glibc module leaves out
/// (they are GNU extensions): a pipe whose ends no other child inherits, and a spawn that closes
/// every descriptor above standard error in the child, so a child holds none of lenstail's sockets
/// or another child's pipe (which would keep that pipe from ever ending).

/// pipe2(fds, O_CLOEXEC); 0 or an errno.
int lenstail_cloexec_pipe(int fds[2]);

/// Adds "close every descriptor from 3 up" to `actions` where the C library can (glibc 2.34+);
/// elsewhere the pipes' close-on-exec flag is what keeps them out of the child.
void lenstail_spawn_close_inherited(posix_spawn_file_actions_t *actions);

#endif
