import EnlaceModel
import EnlaceStore
import Foundation

// In-process measurements for scripts/bench, one JSON line each. Run the release build:
//
//   enlace-bench load        --data DIR [--runs N]
//   enlace-bench first-screen --data DIR [--runs N]
//   enlace-bench filter      --data DIR [--runs N] [--query Q]...
//   enlace-bench note        --data DIR [--runs N]
//   enlace-bench board-keys  --data DIR [--runs N]
//   enlace-bench board-start --data DIR [--runs N]
//   enlace-bench board-huge  [--summary-mb M] [--cases N] [--runs N]   (a case with a huge summary)
//   enlace-bench board-typing --data DIR [--runs N] [--moves N]   (a workload for a profiler)
//   enlace-bench memory-parts --data DIR
//   enlace-bench index-size  --data DIR [--jsonl FILE]   (the list index's and search text's bytes a case)
//   enlace-bench kiosk-data  --data DIR [--runs N]
//   enlace-bench exec        [--runs N] [--warmup N] [--what NAME] [--cases N] [--prepare SHELL] [--after SHELL]
//                            [--input FILE] -- PROGRAM ARGS...
//
// Timings are medians of --runs runs after one warm-up; `exec` also reports the child's peak
// resident memory. `note` puts the case file and the audit log back as they were after each
// run, so a cached benchmark board stays the same between runs.

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data("usage: enlace-bench load|first-screen|filter|note|board-keys|board-start|board-typing|board-huge|memory-parts|index-size|kiosk-data|exec ...\n".utf8))
    exit(1)
}
arguments.removeFirst()

var options = BenchOptions(arguments)
do {
    switch command {
    case "load": try Benchmarks.load(options)
    case "first-screen": try Benchmarks.firstScreen(options)
    case "filter": try Benchmarks.filter(options)
    case "note": try Benchmarks.note(options)
    case "board-keys": try Benchmarks.boardKeys(options)
    case "board-start": try Benchmarks.boardStart(options)
    case "board-typing": try Benchmarks.boardTyping(options)
    case "board-huge": try Benchmarks.boardHugeText(options)
    case "memory-parts": try Benchmarks.memoryParts(options)
    case "index-size": try Benchmarks.indexSize(options)
    case "kiosk-data": try Benchmarks.kioskData(options)
    case "exec": Benchmarks.exec(options)
    default:
        FileHandle.standardError.write(Data("enlace-bench: unknown command \(command)\n".utf8))
        exit(1)
    }
} catch {
    FileHandle.standardError.write(Data("enlace-bench: \(error)\n".utf8))
    exit(2)
}
