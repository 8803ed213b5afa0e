/// Positions by inode, for meeting 100,000 index entries with their files: an open-addressing
/// table of integers, where a `Dictionary` hashes every key with SipHash, a visible
/// part of a large board's first screen.
struct InodeTable {
    private var inodes: [UInt64]
    /// The position stored with each slot's inode; -1 for an empty slot.
    private var positions: [Int32]
    private let mask: Int

    /// A table of `inodes[position]` → `position`; of two equal inodes, the later one is kept.
    init(_ keys: some Collection<UInt64>) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        inodes = Array(repeating: 0, count: capacity)
        positions = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (position, inode) in keys.enumerated() {
            let slot = self.slot(of: inode)
            inodes[slot] = inode
            positions[slot] = Int32(position)
        }
    }

    subscript(inode: UInt64) -> Int? {
        let position = positions[slot(of: inode)]
        return position < 0 ? nil : Int(position)
    }

    /// The slot that holds `inode`, or the empty slot where it would go.
    private func slot(of inode: UInt64) -> Int {
        // Fibonacci hashing: inodes of one directory are close together, and this spreads them.
        var slot = Int(truncatingIfNeeded: (inode &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while positions[slot] >= 0 && inodes[slot] != inode { slot = (slot + 1) & mask }
        return slot
    }
}
