#ifndef LENSTAIL_CNCURSESW_SHIM_H
#define LENSTAIL_CNCURSESW_SHIM_H
// SwiftPM drops the -D_XOPEN_SOURCE pkg-config reports; the wide API needs these.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>

// From <term.h>, which would also bring macros named like common words (lines, columns).
extern int setupterm(const char *term, int filedes, int *errret);
extern char *tigetstr(const char *capname);
// Not visible through Swift's Glibc module; ncurses measures with it, so the adapter must too.
extern int wcwidth(wchar_t c);

// Swift 6 rejects ncurses' mutable globals and the attribute macros do not import:
// these accessors read them on the one thread that owns the terminal.
static inline WINDOW *lt_stdscr(void) { return stdscr; }
static inline WINDOW *lt_curscr(void) { return curscr; }
static inline int lt_colors(void) { return COLORS; }
static inline int lt_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t lt_a_normal(void) { return A_NORMAL; }
static inline attr_t lt_a_bold(void) { return A_BOLD; }
static inline attr_t lt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lt_a_reverse(void) { return A_REVERSE; }
static inline attr_t lt_a_dim(void) { return A_DIM; }
// The mouse's button macros do not import either.
static inline mmask_t lt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lt_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t lt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lt_button5_pressed(void) { return BUTTON5_PRESSED; }
#endif
