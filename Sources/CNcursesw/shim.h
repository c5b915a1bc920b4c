#ifndef LENSTAIL_CNCURSESW_SHIM_H
#define LENSTAIL_CNCURSESW_SHIM_H
// SwiftPM drops the -D_XOPEN_SOURCE pkg-config reports; the wide API needs these.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#endif
