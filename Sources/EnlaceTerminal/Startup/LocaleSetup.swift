import CNcursesw

/// The locale ncurses needs for wide characters (DESIGN.md, terminal rules).
enum LocaleSetup {
    /// `setlocale(LC_ALL, "")`; where the user's locale is not UTF-8 (unset, `C`, `POSIX`, a
    /// Latin-1 one), `C.UTF-8` instead. Returns whether the codeset is UTF-8 in the end.
    @discardableResult
    static func useUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_ALL, "C.UTF-8")
        return isUTF8
    }

    static var isUTF8: Bool {
        guard let codeset = enlace_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
