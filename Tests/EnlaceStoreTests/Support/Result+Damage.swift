extension Result {
    /// The failure a decode gave, or nil when it succeeded.
    var damage: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
