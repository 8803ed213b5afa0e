#ifndef ENLACE_CNCURSESW_SHIM_H
#define ENLACE_CNCURSESW_SHIM_H

// Wide-character ncurses (cchar_t, mvwadd_wchnstr, get_wch).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>

// Swift 6 sees ncurses' globals as shared mutable state; read them through these.
static inline WINDOW *enlace_stdscr(void) { return stdscr; }
static inline int enlace_lines(void) { return LINES; }
static inline int enlace_cols(void) { return COLS; }

#endif
