/// The words of `enlace generate`, which makes fictional boards for benchmarks and tests.
public enum GeneratePhrase: String, CatalogSection {
    case generated, wroteLines, nowhereToWrite, tooManyCases, cannotWrite

    public var english: String {
        switch self {
        case .generated: "generated a FICTIONAL board at {path}: {cases} cases, {contacts} contacts (seed {seed})"
        case .wroteLines: "wrote {cases} FICTIONAL cases as JSON Lines to {file} (seed {seed})"
        case .nowhereToWrite: "nothing to write: give --data DIR, --jsonl FILE or both"
        case .tooManyCases: "--cases {count} is more than case ids allow ({maximum})"
        case .cannotWrite: "cannot write {file}: {reason}"
        }
    }

    public var spanish: String {
        switch self {
        case .generated: "se generó un tablero FICTICIO en {path}: {cases} casos, {contacts} contactos (semilla {seed})"
        case .wroteLines: "se escribieron {cases} casos FICTICIOS en JSON Lines en {file} (semilla {seed})"
        case .nowhereToWrite: "nada que escribir: indique --data DIR, --jsonl ARCHIVO o ambos"
        case .tooManyCases: "--cases {count} supera lo que permiten los identificadores de caso ({maximum})"
        case .cannotWrite: "no se puede escribir {file}: {reason}"
        }
    }
}
