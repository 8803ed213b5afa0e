#ifndef ENLACE_OVERLAY_H
#define ENLACE_OVERLAY_H

// Text written behind ncurses' back after doupdate: a grapheme cluster longer than a cchar_t
// holds (a family of four, the flag of Scotland). tputs hands each byte to a plain C function,
// so the bytes are collected in a buffer that lives in overlay.c, once per process.
// Declarations only; `attributes` is an ncurses attr_t.

/// Adds `text` (UTF-8, no controls) at (y, x) in `attributes` and colour `pair`. 0 when added,
/// -1 when the buffer has no room or the terminal has no cursor addressing.
int enlace_overlay_text(int y, int x, const char *text, unsigned int attributes, short pair);

/// Ends the overlay where doupdate left the terminal (normal attributes, the cursor where curscr
/// has it), writes it to `fd` and empties the buffer.
void enlace_overlay_send(int fd);

#endif
