#ifndef ENLACE_SIGNALS_H
#define ENLACE_SIGNALS_H

// The board's signal, wake and crash-restore machinery. Declarations only: the state lives in
// signals.c, once per process. (As static data in a header, every object file that inlined an
// accessor had its own copy, and in a release build the run loop read a descriptor nobody set.)

/// Bytes in the self-pipe: which event woke the reader.
#define ENLACE_WAKE_TERM 'T'
#define ENLACE_WAKE_HUP 'H'
#define ENLACE_WAKE_INT 'I'
#define ENLACE_WAKE_QUIT 'Q'
#define ENLACE_WAKE_WINCH 'W'
#define ENLACE_WAKE_USER 'U'

/// Creates the process-wide self-pipe once (non-blocking, close-on-exec). 0 on success.
int enlace_pipe_open(void);
/// The descriptor that becomes readable when a signal, a resize or a wake arrives; -1 before
/// `enlace_pipe_open`.
int enlace_pipe_read_fd(void);
/// Wakes the reader: async-signal-safe and thread-safe (a one-byte write to a pipe).
void enlace_pipe_wake(char byte);
/// Reads one byte from the self-pipe; -1 when it is empty.
int enlace_pipe_take(void);

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT only wake the run loop. Install before newterm, so
/// ncurses leaves them alone (it only catches signals still at their default). 0 on success.
int enlace_termination_install(void);
/// Puts back the handlers that were there before `enlace_termination_install`.
void enlace_termination_uninstall(void);
/// Called once the run loop has seen a termination signal: a later one is a first one again.
void enlace_termination_consumed(void);

/// Chains onto ncurses' SIGWINCH handler so a resize wakes the reader; call after newterm.
void enlace_winch_install(void);
void enlace_winch_uninstall(void);

/// Saves the terminal modes of `fd` before ncurses changes them. 0 when saved.
int enlace_save_termios(int fd);
/// Precomputes the bytes a crash writes (sgr0, cnorm, rmkx, BD, and rmcup or else clear, of the
/// current screen) and where to write them. Call while the screen is current.
void enlace_prepare_restore(int output_fd);
int enlace_restore_length_now(void);
const char *enlace_restore_bytes_now(void);
/// While open, a crash, a second termination signal or `exit` restores the terminal.
void enlace_mark_screen_open(int open);

/// Crash handlers (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) and an atexit hook, once
/// per process: they restore the terminal, then hand the signal on to the previous handler.
void enlace_fatal_install(void);

/// Stops the process as Ctrl-Z in a cooked terminal would (SIGTSTP at its default action to
/// the process group) and returns once it is continued.
void enlace_stop_process(void);

#endif
