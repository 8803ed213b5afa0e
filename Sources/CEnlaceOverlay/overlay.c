#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include "enlace_overlay.h"

#include <errno.h>
#include <ncursesw/curses.h>

// From <term.h>, which is not included: it defines a macro for every terminfo capability name.
extern int tputs(const char *, int, int (*)(int));
#include <string.h>
#include <unistd.h>

#define CAPACITY 8192

// Collected bytes: putp would write to standard output, not to the screen newterm opened.
static char bytes[CAPACITY];
static int length = 0;

static int collect(int c) {
    if (length < CAPACITY) bytes[length++] = (char)c;
    return c;
}

static const char *addressing(void) {
    const char *cup = tigetstr("cup");
    return (cup == NULL || cup == (char *)-1) ? NULL : cup;
}

int enlace_overlay_text(int y, int x, const char *text, unsigned int attributes, short pair) {
    const char *cup = addressing();
    size_t count = strlen(text);
    if (cup == NULL || (size_t)length + count + 256 > CAPACITY) return -1;
    tputs(tiparm(cup, y, x), 1, collect);
    vid_puts((attr_t)attributes, pair, NULL, collect);
    for (size_t i = 0; i < count; i++) collect((unsigned char)text[i]);
    return 0;
}

void enlace_overlay_send(int fd) {
    const char *cup = addressing();
    vid_puts(A_NORMAL, 0, NULL, collect);
    if (cup != NULL) tputs(tiparm(cup, getcury(curscr), getcurx(curscr)), 1, collect);
    int written = 0;
    while (written < length) {
        ssize_t sent = write(fd, bytes + written, (size_t)(length - written));
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) break;
        written += (int)sent;
    }
    length = 0;
}
