import EnlaceText

extension CaseSort {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .due: UIPhrase.sortDue(language)
        case .priority: UIPhrase.sortPriority(language)
        case .updated: UIPhrase.sortUpdated(language)
        case .id: UIPhrase.sortID(language)
        }
    }
}
