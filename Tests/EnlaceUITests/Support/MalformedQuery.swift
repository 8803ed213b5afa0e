import EnlaceModel

/// A filter text the query language rejects, or nil while `Query.parse` accepts everything
/// (the placeholder parser). Tests of the error path run once the real parser is in.
let malformedQuery: String? = ["status:opne", "due:<tomorrowish", "priority:"].first { text in
    (try? Query.parse(text)) == nil
}
