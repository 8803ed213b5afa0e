@testable import EnlaceStore
import Testing

@Suite("Positions by inode")
struct InodeTableTests {
    @Test("every inode gives its position; others give nil; of two equal inodes the later is kept")
    func positions() {
        // Close together, as in one directory, and spread out; enough to fill many slots.
        let inodes: [UInt64] = Array(1_000..<4_000) + [7, 1 << 40, UInt64.max, 1_500]
        let table = InodeTable(inodes)
        for (position, inode) in inodes.enumerated() where inode != 1_500 {
            #expect(table[inode] == position)
        }
        #expect(table[1_500] == inodes.count - 1)
        for missing: UInt64 in [0, 1, 999, 4_000, 1 << 41] { #expect(table[missing] == nil) }
        #expect(InodeTable([UInt64]())[5] == nil)
    }
}
