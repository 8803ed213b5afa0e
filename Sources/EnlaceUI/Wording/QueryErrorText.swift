import EnlaceModel
import EnlaceText

/// The words for a filter that does not parse. One function, so that the model's wording of
/// `QueryError` (Wording/ModelErrorWording.swift, written with the query language) plugs in
/// here without touching the views.
enum QueryErrorText {
    static func text(_ error: QueryError, _ language: Language) -> String {
        UIPhrase.filterNotUnderstood(language)
    }
}
