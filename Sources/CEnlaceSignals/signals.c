// State and handlers behind enlace_signals.h. Everything that runs in signal context calls
// async-signal-safe functions only, which is why this is C and not Swift.
#define _GNU_SOURCE
#include "enlace_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

#define TERMINATION_SIGNAL_COUNT 4
#define FATAL_SIGNAL_COUNT 6
#define RESTORE_CAPACITY 512
#define ALTERNATE_STACK_SIZE 65536

static int pipe_fds[2] = {-1, -1};

static const int termination_signals[TERMINATION_SIGNAL_COUNT] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
static struct sigaction old_termination[TERMINATION_SIGNAL_COUNT];
static int termination_installed = 0;
static volatile sig_atomic_t pending_termination = 0;

static struct sigaction old_winch;
static int winch_installed = 0;

static struct termios saved_termios;
static volatile sig_atomic_t have_termios = 0;
static int termios_fd = -1;
static int output_fd = -1;
static char restore_bytes[RESTORE_CAPACITY];
static volatile sig_atomic_t restore_length = 0;
static volatile sig_atomic_t screen_open = 0;

static const int fatal_signals[FATAL_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
static struct sigaction old_fatal[FATAL_SIGNAL_COUNT];
static int fatal_installed = 0;
static int atexit_registered = 0;
static char alternate_stack[ALTERNATE_STACK_SIZE];

int enlace_pipe_open(void) {
    if (pipe_fds[0] >= 0) return 0;
    int fds[2];
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
    pipe_fds[0] = fds[0];
    pipe_fds[1] = fds[1];
    return 0;
}

int enlace_pipe_read_fd(void) { return pipe_fds[0]; }

void enlace_pipe_wake(char byte) {
    int saved = errno;
    if (pipe_fds[1] >= 0) {
        ssize_t ignored = write(pipe_fds[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

int enlace_pipe_take(void) {
    if (pipe_fds[0] < 0) return -1;
    unsigned char byte;
    ssize_t got = read(pipe_fds[0], &byte, 1);
    return got == 1 ? byte : -1;
}

void enlace_termination_consumed(void) { pending_termination = 0; }

/// Puts the terminal back as it was found, with async-signal-safe calls only.
/// Puts `handler` on each of `signals`, keeping what was there in `previous`.
static void install_handler(void (*handler)(int), int flags, const int *signals, int count, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    for (int i = 0; i < count; i++) sigaction(signals[i], &action, &previous[i]);
}

static void restore_now(void) {
    if (!screen_open) return;
    screen_open = 0;
    if (output_fd >= 0 && restore_length > 0) {
        ssize_t ignored = write(output_fd, restore_bytes, (size_t)restore_length);
        (void)ignored;
    }
    if (have_termios && termios_fd >= 0) tcsetattr(termios_fd, TCSAFLUSH, &saved_termios);
}

static int termination_index(int sig) {
    for (int i = 0; i < TERMINATION_SIGNAL_COUNT; i++) {
        if (termination_signals[i] == sig) return i;
    }
    return -1;
}

static char wake_byte(int sig) {
    switch (sig) {
    case SIGTERM: return ENLACE_WAKE_TERM;
    case SIGHUP: return ENLACE_WAKE_HUP;
    case SIGQUIT: return ENLACE_WAKE_QUIT;
    default: return ENLACE_WAKE_INT;
    }
}

static void termination_handler(int sig) {
    // A second termination signal while the first is still unhandled means the run loop is
    // stuck: restore the terminal and die as the signal asks (the default action, not a
    // backtracer that would write over the screen).
    if (pending_termination) {
        restore_now();
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    pending_termination = 1;
    enlace_pipe_wake(wake_byte(sig));
}

int enlace_termination_install(void) {
    if (termination_installed) return 0;
    if (enlace_pipe_open() != 0) return -1;
    install_handler(termination_handler, SA_RESTART, termination_signals, TERMINATION_SIGNAL_COUNT, old_termination);
    pending_termination = 0;
    termination_installed = 1;
    return 0;
}

void enlace_termination_uninstall(void) {
    if (!termination_installed) return;
    for (int i = 0; i < TERMINATION_SIGNAL_COUNT; i++) sigaction(termination_signals[i], &old_termination[i], NULL);
    termination_installed = 0;
}

static void winch_handler(int sig, siginfo_t *info, void *context) {
    // ncurses' own handler records the new size; chain to it, then wake the reader.
    if (old_winch.sa_flags & SA_SIGINFO) {
        if (old_winch.sa_sigaction) old_winch.sa_sigaction(sig, info, context);
    } else if (old_winch.sa_handler != SIG_DFL && old_winch.sa_handler != SIG_IGN && old_winch.sa_handler != NULL) {
        old_winch.sa_handler(sig);
    }
    enlace_pipe_wake(ENLACE_WAKE_WINCH);
}

void enlace_winch_install(void) {
    if (winch_installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = winch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_SIGINFO;
    sigaction(SIGWINCH, &action, &old_winch);
    winch_installed = 1;
}

void enlace_winch_uninstall(void) {
    if (!winch_installed) return;
    sigaction(SIGWINCH, &old_winch, NULL);
    winch_installed = 0;
}

int enlace_save_termios(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) {
        have_termios = 0;
        return -1;
    }
    termios_fd = fd;
    have_termios = 1;
    return 0;
}

static int collect_byte(int c) {
    if (restore_length < (sig_atomic_t)RESTORE_CAPACITY) {
        restore_bytes[restore_length] = (char)c;
        restore_length = restore_length + 1;
    }
    return c;
}

void enlace_prepare_restore(int fd) {
    restore_length = 0;
    // tputs expands padding now, so the handler only has to write.
    // Without an alternate screen to leave, the board's last frame is cleared instead.
    const char *rmcup = tigetstr("rmcup");
    int has_alternate = rmcup != NULL && rmcup != (char *)-1;
    const char *names[] = {"sgr0", "cnorm", "rmkx", "BD", has_alternate ? "rmcup" : "clear"};
    for (int i = 0; i < 5; i++) {
        const char *value = tigetstr((char *)names[i]);
        if (value != NULL && value != (char *)-1) tputs(value, 1, collect_byte);
    }
    output_fd = fd;
}

int enlace_restore_length_now(void) { return (int)restore_length; }
const char *enlace_restore_bytes_now(void) { return restore_bytes; }
void enlace_mark_screen_open(int open) { screen_open = open ? 1 : 0; }

static void fatal_handler(int sig) {
    restore_now();
    // Hand the signal on to whoever had it before (the Swift runtime's backtracer, or the
    // default action): it is blocked while we run and is delivered as we return.
    for (int i = 0; i < FATAL_SIGNAL_COUNT; i++) {
        if (fatal_signals[i] == sig) sigaction(sig, &old_fatal[i], NULL);
    }
    raise(sig);
}

static void atexit_restore(void) { restore_now(); }

void enlace_fatal_install(void) {
    if (!atexit_registered) {
        atexit(atexit_restore);
        atexit_registered = 1;
    }
    if (fatal_installed) return;
    // A stack overflow arrives as SIGSEGV with no stack left to run the handler on.
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t alternate;
        alternate.ss_sp = alternate_stack;
        alternate.ss_size = ALTERNATE_STACK_SIZE;
        alternate.ss_flags = 0;
        sigaltstack(&alternate, NULL);
    }
    install_handler(fatal_handler, SA_ONSTACK, fatal_signals, FATAL_SIGNAL_COUNT, old_fatal);
    fatal_installed = 1;
}

void enlace_stop_process(void) {
    // Whatever handler ncurses put on SIGTSTP would redo what the caller already did; the
    // default action stops us, as the shell expects of a job.
    struct sigaction previous, stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    sigset_t unblock, saved;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &unblock, &saved);
    kill(0, SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}
