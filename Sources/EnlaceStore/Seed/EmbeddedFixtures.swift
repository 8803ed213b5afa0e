// PLACEHOLDER: the fixtures helper generates this file from Fixtures/; it is replaced at merge.
// Same shape as the generated one: paths relative to Fixtures/, contents as text.
enum EmbeddedFixtures {
    static let files: [(path: String, contents: String)] = [
        (path: "registry/agencies.json", contents: #"""
        [
          {
            "code": "DEA", "country": "US", "version": 1,
            "name": {"en": "Drug Enforcement Administration", "es": "Administración para el Control de Drogas"},
            "parent": {"en": "Department of Justice", "es": "Departamento de Justicia"},
            "focus": {"en": "Drug trafficking", "es": "Narcotráfico"},
            "counterparts": ["FGR"], "formerly": [], "sources": []
          },
          {
            "code": "FGR", "country": "MX", "version": 1,
            "name": {"en": "Office of the Attorney General", "es": "Fiscalía General de la República"},
            "parent": {"en": "Autonomous", "es": "Autónoma"},
            "focus": {"en": "Federal prosecution", "es": "Procuración de justicia federal"},
            "counterparts": ["DEA"], "formerly": [{"code": "PGR", "name": "Procuraduría General de la República", "until": "2018-12-20"}],
            "sources": []
          }
        ]
        """#),
        (path: "sample/board.json", contents: #"""
        {"schemaVersion": 1, "name": "Sample board (fictional)", "createdAt": "2026-01-05T15:00:00Z", "defaultLanguage": "en"}
        """#),
        (path: "sample/contacts.json", contents: #"""
        [
          {"id": "C-0001", "name": "Lucía Hernández", "agency": "FGR", "role": "Enlace", "post": "Mexico City", "version": 1}
        ]
        """#),
        (path: "sample/cases/MX-2026-0001.json", contents: #"""
        {
          "id": "MX-2026-0001", "title": "Fictional sample case", "status": "active", "priority": "high",
          "marking": "TLP:AMBER", "leadAgency": "DEA", "agencies": ["FGR"], "contacts": ["C-0001"],
          "opened": "2026-01-10", "due": "2026-02-01", "version": 1,
          "createdAt": "2026-01-10T16:00:00Z", "createdBy": "sample"
        }
        """#),
    ]
}
