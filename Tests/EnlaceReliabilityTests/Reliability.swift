import Testing

/// The reliability suite (RELIABILITY.md says what each test proves).
///
/// Its tests start many processes and some measure how quickly a writer gets the lock; run one
/// at a time they stay within their deadlines on a loaded two-core machine.
@Suite("Reliability: nothing lost, nothing eaten", .serialized)
struct Reliability {}
