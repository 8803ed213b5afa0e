#ifndef ENLACE_CNCURSESW_SHIM_H
#define ENLACE_CNCURSESW_SHIM_H

// Stateless accessors only: anything that keeps state (signal handlers, the self-pipe) lives in
// the CEnlaceSignals target's .c file, since each Swift module that inlines a `static` here
// gets its own copy of it.

// Wide-character ncurses (cchar_t, mvwadd_wchnstr, get_wch).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <poll.h>
#include <stdio.h>
#include <wchar.h>

// From <term.h>, which is not included: it defines a macro for every terminfo capability name.
extern int tputs(const char *, int, int (*)(int));
// Declared by <wchar.h> only under _XOPEN_SOURCE, which would change what else glibc declares.
extern int wcwidth(wchar_t);

/// The cells libc (and so ncurses) gives a character in the current locale; -1 unprintable.
static inline int enlace_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/// The most characters one cchar_t holds: a spacing one and what is drawn on it.
static inline int enlace_ccharw_max(void) { return CCHARW_MAX; }

/// Fills `cell` with `count` (at most CCHARW_MAX) characters: a spacing one first, then what is
/// drawn on it. setcchar takes combining marks only and stops at a second spacing character;
/// the emoji a ZERO WIDTH JOINER joins to the first is put in place after it, and ncurses
/// writes every character of a cell. 0 on success, -1 when the first is refused.
static inline int enlace_setcchar_cluster(cchar_t *cell, const wchar_t *characters, int count, attr_t attributes, short pair) {
    wchar_t first[2] = {count > 0 ? characters[0] : 0, 0};
    if (count < 1 || count > CCHARW_MAX || setcchar(cell, first, attributes, pair, NULL) == ERR) return -1;
    for (int i = 1; i < count; i++) cell->chars[i] = characters[i];
    return 0;
}

// Swift 6 sees ncurses' globals as shared mutable state; read them through these.
static inline WINDOW *enlace_stdscr(void) { return stdscr; }
static inline WINDOW *enlace_curscr(void) { return curscr; }
static inline int enlace_lines(void) { return LINES; }
static inline int enlace_cols(void) { return COLS; }
static inline int enlace_colors(void) { return COLORS; }
static inline int enlace_color_pairs(void) { return COLOR_PAIRS; }

// Macros Swift cannot import.
static inline attr_t enlace_a_normal(void) { return A_NORMAL; }
static inline attr_t enlace_a_bold(void) { return A_BOLD; }
static inline attr_t enlace_a_dim(void) { return A_DIM; }
static inline attr_t enlace_a_underline(void) { return A_UNDERLINE; }
static inline attr_t enlace_a_reverse(void) { return A_REVERSE; }
static inline attr_t enlace_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int enlace_key_f(int n) { return KEY_F(n); }
static inline int enlace_key_f0(void) { return KEY_F0; }
static inline int enlace_err(void) { return ERR; }
static inline int enlace_ok(void) { return OK; }
static inline int enlace_key_code_yes(void) { return KEY_CODE_YES; }

/// Whether a tigetstr result is a real string (it answers NULL for absent, (char *)-1 for
/// "not a string capability").
static inline int enlace_tigetstr_present(const char *value) { return value != NULL && value != (char *)-1; }

/// The codeset of the current locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *enlace_codeset(void) { return nl_langinfo(CODESET); }

#endif
