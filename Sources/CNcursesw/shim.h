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
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <stdlib.h>
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

// What an overlay sends, collected here and written by the caller: putp would write to
// standard output, not to the screen newterm opened.
#define ENLACE_OVERLAY_CAPACITY 8192
static inline char *enlace_overlay_bytes(void) { static char storage[ENLACE_OVERLAY_CAPACITY]; return storage; }
static inline int *enlace_overlay_length(void) { static int length = 0; return &length; }
static int enlace_overlay_collect(int c) {
    if (*enlace_overlay_length() < ENLACE_OVERLAY_CAPACITY) enlace_overlay_bytes()[(*enlace_overlay_length())++] = (char)c;
    return c;
}

/// Adds to the overlay `text` (UTF-8, no controls) at (y, x) in `attributes` and `pair`: for a
/// cluster longer than a cchar_t holds, written behind ncurses' back after doupdate has drawn
/// the rest. 0 when added, -1 when there is no room or no cursor addressing.
static inline int enlace_overlay_text(int y, int x, const char *text, attr_t attributes, short pair) {
    const char *cup = tigetstr("cup");
    size_t length = strlen(text);
    if (cup == NULL || cup == (char *)-1 || *enlace_overlay_length() + (int)length + 256 > ENLACE_OVERLAY_CAPACITY) return -1;
    tputs(tiparm(cup, y, x), 1, enlace_overlay_collect);
    vid_puts(attributes, pair, NULL, enlace_overlay_collect);
    for (size_t i = 0; i < length; i++) enlace_overlay_collect((unsigned char)text[i]);
    return 0;
}

/// Ends the overlay where doupdate left the terminal (normal attributes, the cursor where
/// curscr has it), writes it to `fd` and empties it.
static inline void enlace_overlay_send(int fd) {
    const char *cup = tigetstr("cup");
    vid_puts(A_NORMAL, 0, NULL, enlace_overlay_collect);
    if (cup != NULL && cup != (char *)-1) tputs(tiparm(cup, getcury(curscr), getcurx(curscr)), 1, enlace_overlay_collect);
    int written = 0;
    while (written < *enlace_overlay_length()) {
        ssize_t count = write(fd, enlace_overlay_bytes() + written, (size_t)(*enlace_overlay_length() - written));
        if (count <= 0 && errno != EINTR) break;
        if (count > 0) written += (int)count;
    }
    *enlace_overlay_length() = 0;
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

// ---------------------------------------------------------------------------------------------
// Signals and crash restoration.
//
// Everything below runs in signal context or prepares what will; it is C because a signal
// handler may only call async-signal-safe functions, which Swift code cannot promise.
//
// These statics have internal linkage, so every object file that calls these functions gets its
// own copy of them: call them from ONE Swift file only (EnlaceTerminal/Signals/SignalGuard.swift).
// ---------------------------------------------------------------------------------------------

/// Bytes in the self-pipe: which event woke the reader.
#define ENLACE_WAKE_TERM 'T'
#define ENLACE_WAKE_HUP 'H'
#define ENLACE_WAKE_INT 'I'
#define ENLACE_WAKE_WINCH 'W'
#define ENLACE_WAKE_USER 'U'

// Aggregates live in function-local statics: Swift's importer does not emit file-scope ones
// that are zero-initialised, and the link fails.
#define ENLACE_RESTORE_CAPACITY 512
#define ENLACE_ALTERNATE_STACK_SIZE 65536
static int enlace_pipe_fds[2] = {-1, -1};
static volatile sig_atomic_t enlace_pending_termination = 0;
static inline struct sigaction *enlace_old_termination(void) { static struct sigaction storage[3]; return storage; }
static inline struct sigaction *enlace_old_winch_slot(void) { static struct sigaction storage[1]; return storage; }
static int enlace_winch_installed = 0;
static int enlace_termination_installed = 0;

static inline struct termios *enlace_saved_termios_slot(void) { static struct termios storage[1]; return storage; }
static volatile sig_atomic_t enlace_have_termios = 0;
static int enlace_termios_fd = -1;
static int enlace_output_fd = -1;
static inline char *enlace_restore_bytes(void) { static char storage[ENLACE_RESTORE_CAPACITY]; return storage; }
static volatile sig_atomic_t enlace_restore_length = 0;
/// 1 while a screen is open: the crash handlers and the atexit hook only act then.
static volatile sig_atomic_t enlace_screen_open = 0;

static const int enlace_fatal_signals[6] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
static inline struct sigaction *enlace_old_fatal(void) { static struct sigaction storage[6]; return storage; }
static int enlace_fatal_installed = 0;
static int enlace_atexit_registered = 0;
static inline char *enlace_alternate_stack(void) { static char storage[ENLACE_ALTERNATE_STACK_SIZE]; return storage; }

/// Creates the process-wide self-pipe once (non-blocking, close-on-exec). 0 on success.
static inline int enlace_pipe_open(void) {
    if (enlace_pipe_fds[0] >= 0) return 0;
    int fds[2];
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    enlace_pipe_fds[0] = fds[0];
    enlace_pipe_fds[1] = fds[1];
    return 0;
}

static inline int enlace_pipe_read_fd(void) { return enlace_pipe_fds[0]; }

/// Wakes the reader: async-signal-safe and thread-safe (a one-byte write to a pipe).
static inline void enlace_pipe_wake(char byte) {
    int saved = errno;
    if (enlace_pipe_fds[1] >= 0) {
        ssize_t ignored = write(enlace_pipe_fds[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

/// Reads one byte from the self-pipe; -1 when it is empty.
static inline int enlace_pipe_take(void) {
    unsigned char byte;
    ssize_t got = read(enlace_pipe_fds[0], &byte, 1);
    return got == 1 ? byte : -1;
}

/// Called once the run loop has seen a termination signal.
static inline void enlace_termination_consumed(void) { enlace_pending_termination = 0; }

/// Puts the terminal back as it was found, with async-signal-safe calls only.
static inline void enlace_restore_now(void) {
    if (!enlace_screen_open) return;
    enlace_screen_open = 0;
    if (enlace_output_fd >= 0 && enlace_restore_length > 0) {
        ssize_t ignored = write(enlace_output_fd, enlace_restore_bytes(), (size_t)enlace_restore_length);
        (void)ignored;
    }
    if (enlace_have_termios && enlace_termios_fd >= 0) {
        tcsetattr(enlace_termios_fd, TCSAFLUSH, enlace_saved_termios_slot());
    }
}

static inline int enlace_termination_index(int sig) {
    return sig == SIGTERM ? 0 : sig == SIGHUP ? 1 : sig == SIGINT ? 2 : -1;
}

static void enlace_termination_handler(int sig) {
    // A second termination signal while the first is still unhandled means the run loop is
    // stuck: restore the terminal and die as the signal asks.
    if (enlace_pending_termination) {
        enlace_restore_now();
        int index = enlace_termination_index(sig);
        if (index >= 0) sigaction(sig, &enlace_old_termination()[index], NULL);
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    enlace_pending_termination = 1;
    enlace_pipe_wake(sig == SIGTERM ? ENLACE_WAKE_TERM : sig == SIGHUP ? ENLACE_WAKE_HUP : ENLACE_WAKE_INT);
}

/// SIGTERM, SIGHUP and SIGINT only wake the run loop. Install before newterm, so ncurses
/// leaves them alone (it only catches signals still at their default). 0 on success.
static inline int enlace_termination_install(void) {
    if (enlace_termination_installed) return 0;
    if (enlace_pipe_open() != 0) return -1;
    const int signals[3] = {SIGTERM, SIGHUP, SIGINT};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = enlace_termination_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 3; i++) sigaction(signals[i], &action, &enlace_old_termination()[i]);
    enlace_pending_termination = 0;
    enlace_termination_installed = 1;
    return 0;
}

static inline void enlace_termination_uninstall(void) {
    if (!enlace_termination_installed) return;
    const int signals[3] = {SIGTERM, SIGHUP, SIGINT};
    for (int i = 0; i < 3; i++) sigaction(signals[i], &enlace_old_termination()[i], NULL);
    enlace_termination_installed = 0;
}

static void enlace_winch_handler(int sig, siginfo_t *info, void *context) {
    // ncurses' own handler records the new size; chain to it, then wake the reader.
    if (enlace_old_winch_slot()->sa_flags & SA_SIGINFO) {
        if (enlace_old_winch_slot()->sa_sigaction) enlace_old_winch_slot()->sa_sigaction(sig, info, context);
    } else if (enlace_old_winch_slot()->sa_handler != SIG_DFL && enlace_old_winch_slot()->sa_handler != SIG_IGN
               && enlace_old_winch_slot()->sa_handler != NULL) {
        enlace_old_winch_slot()->sa_handler(sig);
    }
    enlace_pipe_wake(ENLACE_WAKE_WINCH);
}

/// Chains onto ncurses' SIGWINCH handler; call after newterm.
static inline void enlace_winch_install(void) {
    if (enlace_winch_installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = enlace_winch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_SIGINFO;
    sigaction(SIGWINCH, &action, enlace_old_winch_slot());
    enlace_winch_installed = 1;
}

static inline void enlace_winch_uninstall(void) {
    if (!enlace_winch_installed) return;
    sigaction(SIGWINCH, enlace_old_winch_slot(), NULL);
    enlace_winch_installed = 0;
}

/// Saves the terminal's modes before ncurses changes them. 0 when saved.
static inline int enlace_save_termios(int fd) {
    if (tcgetattr(fd, enlace_saved_termios_slot()) != 0) {
        enlace_have_termios = 0;
        return -1;
    }
    enlace_termios_fd = fd;
    enlace_have_termios = 1;
    return 0;
}

static int enlace_collect_byte(int c) {
    if (enlace_restore_length < (sig_atomic_t)ENLACE_RESTORE_CAPACITY) {
        enlace_restore_bytes()[enlace_restore_length] = (char)c;
        enlace_restore_length = enlace_restore_length + 1;
    }
    return c;
}

/// Precomputes the bytes a crash writes: reset attributes, show the cursor, leave keypad and
/// bracketed-paste modes, leave the alternate screen. Call while the screen is current, from
/// the capabilities it uses (tputs expands padding now, so the handler only has to write).
static inline void enlace_prepare_restore(int output_fd) {
    enlace_restore_length = 0;
    const char *names[] = {"sgr0", "cnorm", "rmkx", "BD", "rmcup"};
    for (int i = 0; i < 5; i++) {
        const char *value = tigetstr((char *)names[i]);
        if (value != NULL && value != (char *)-1) tputs(value, 1, enlace_collect_byte);
    }
    enlace_output_fd = output_fd;
}

static inline int enlace_restore_length_now(void) { return (int)enlace_restore_length; }
static inline const char *enlace_restore_bytes_now(void) { return enlace_restore_bytes(); }

static inline void enlace_mark_screen_open(int open) { enlace_screen_open = open ? 1 : 0; }

static void enlace_fatal_handler(int sig) {
    enlace_restore_now();
    // Hand the signal on to whoever had it before (the Swift runtime's backtracer, or the
    // default action): it is blocked while we run and is delivered as we return.
    for (int i = 0; i < 6; i++) {
        if (enlace_fatal_signals[i] == sig) sigaction(sig, &enlace_old_fatal()[i], NULL);
    }
    raise(sig);
}

static void enlace_atexit_restore(void) { enlace_restore_now(); }

/// Crash handlers and the atexit hook, installed once per process and left in place: they do
/// nothing while no screen is open.
static inline void enlace_fatal_install(void) {
    if (!enlace_atexit_registered) {
        atexit(enlace_atexit_restore);
        enlace_atexit_registered = 1;
    }
    if (enlace_fatal_installed) return;
    // A stack overflow arrives as SIGSEGV with no stack left to run the handler on.
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t alternate;
        alternate.ss_sp = enlace_alternate_stack();
        alternate.ss_size = ENLACE_ALTERNATE_STACK_SIZE;
        alternate.ss_flags = 0;
        sigaltstack(&alternate, NULL);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = enlace_fatal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (int i = 0; i < 6; i++) sigaction(enlace_fatal_signals[i], &action, &enlace_old_fatal()[i]);
    enlace_fatal_installed = 1;
}

#endif
