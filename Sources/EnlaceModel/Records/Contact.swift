/// A liaison contact: a person at a U.S. or Mexican agency whom officers call.
public struct Contact: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var agency: String
    public var role: String
    public var post: String
    public var phones: [String]
    public var email: String
    public var languages: [String]
    public var notes: String
    public var lastContact: Timestamp?
    public var version: Int

    public init(
        id: String, name: String, agency: String, role: String = "", post: String = "", phones: [String] = [],
        email: String = "", languages: [String] = [], notes: String = "", lastContact: Timestamp? = nil,
        version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.agency = agency
        self.role = role
        self.post = post
        self.phones = phones
        self.email = email
        self.languages = languages
        self.notes = notes
        self.lastContact = lastContact
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case id, name, agency, role, post, phones, email, languages, notes, lastContact, version
    }

    /// Required: `id`, `name`, `agency`, `version`; the rest default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        agency = try c.decode(String.self, forKey: .agency)
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? ""
        post = try c.decodeIfPresent(String.self, forKey: .post) ?? ""
        phones = try c.decodeIfPresent([String].self, forKey: .phones) ?? []
        email = try c.decodeIfPresent(String.self, forKey: .email) ?? ""
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
        notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
        lastContact = try c.decodeIfPresent(Timestamp.self, forKey: .lastContact)
        version = try c.decode(Int.self, forKey: .version)
    }
}
