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
    /// Fields this version does not know, written back by every save (empty almost always).
    public var unknownFields: UnknownFields

    public init(
        id: String, name: String, agency: String, role: String = "", post: String = "", phones: [String] = [],
        email: String = "", languages: [String] = [], notes: String = "", lastContact: Timestamp? = nil,
        version: Int = 1, unknownFields: UnknownFields = UnknownFields()
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
        self.unknownFields = unknownFields
    }

    enum CodingKeys: String, CodingKey {
        case id, name, agency, role, post, phones, email, languages, notes, lastContact, version
    }

    /// Required: `id`, `name`, `agency`, `version`; the rest default to empty. Any other key is
    /// kept in `unknownFields`.
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
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

    /// What the synthesized encoding wrote: every key, `lastContact` only when given; then the
    /// unknown fields.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(agency, forKey: .agency)
        try c.encode(role, forKey: .role)
        try c.encode(post, forKey: .post)
        try c.encode(phones, forKey: .phones)
        try c.encode(email, forKey: .email)
        try c.encode(languages, forKey: .languages)
        try c.encode(notes, forKey: .notes)
        try c.encodeIfPresent(lastContact, forKey: .lastContact)
        try c.encode(version, forKey: .version)
        try unknownFields.encode(to: encoder)
    }
}
