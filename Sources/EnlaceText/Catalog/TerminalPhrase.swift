/// Why the board cannot start in this terminal: one line each, the cause and what to do.
public enum TerminalPhrase: String, CatalogSection {
    case outputNotATerminal, inputNotATerminal, termUnset, dumbTerminal, unknownTerminal, systemFailure

    public var english: String {
        switch self {
        case .outputNotATerminal:
            "standard output is not a terminal, so the board cannot be shown; run enlace in a terminal, or use `enlace list` for scripts"
        case .inputNotATerminal:
            "standard input is not a terminal, so the board cannot read keys; run enlace in a terminal, or use `enlace list` for scripts"
        case .termUnset:
            "TERM is not set, so the board cannot be shown; set it (for example TERM=xterm-256color), or use `enlace list` for scripts"
        case .dumbTerminal:
            "TERM=dumb cannot show the board; use a terminal like xterm-256color, or `enlace list` for scripts"
        case .unknownTerminal:
            "the terminfo database does not know TERM={name}; install its entry (package ncurses-term) or set TERM=xterm-256color, or use `enlace list` for scripts"
        case .systemFailure:
            "the terminal could not be prepared ({call} failed, error {code}); try again, or use `enlace list` for scripts"
        }
    }

    public var spanish: String {
        switch self {
        case .outputNotATerminal:
            "la salida estándar no es una terminal, así que no se puede mostrar el tablero; ejecute enlace en una terminal, o use `enlace list` en scripts"
        case .inputNotATerminal:
            "la entrada estándar no es una terminal, así que el tablero no puede leer el teclado; ejecute enlace en una terminal, o use `enlace list` en scripts"
        case .termUnset:
            "TERM no está definida, así que no se puede mostrar el tablero; defínala (por ejemplo TERM=xterm-256color), o use `enlace list` en scripts"
        case .dumbTerminal:
            "con TERM=dumb no se puede mostrar el tablero; use una terminal como xterm-256color, o `enlace list` en scripts"
        case .unknownTerminal:
            "la base terminfo no conoce TERM={name}; instale su entrada (paquete ncurses-term) o defina TERM=xterm-256color, o use `enlace list` en scripts"
        case .systemFailure:
            "no se pudo preparar la terminal ({call} falló, error {code}); inténtelo de nuevo, o use `enlace list` en scripts"
        }
    }
}
