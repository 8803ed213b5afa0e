import Testing
@testable import EnlaceModel

@Suite("How a picker finds agencies, contacts and cases for a typed word")
struct PickMatcherTests {
    static let candidates = TestData.registry.agencies.map { PickMatcher.Candidate($0, label: $0.name.en) }

    static func values(_ word: String) -> [String] {
        PickMatcher.matches(candidates, for: word).map(\.value)
    }

    @Test("a code prefix ranks before a name that merely contains the letters: \"at\" is ATF first")
    func codePrefixFirst() {
        let agencies = [
            PickMatcher.Candidate(value: "DEA", label: "", codes: ["DEA"], names: ["Drug Enforcement Administration"]),
            PickMatcher.Candidate(value: "FBI", label: "", codes: ["FBI"], names: ["Federal Bureau of Investigation"]),
            PickMatcher.Candidate(value: "ATF", label: "", codes: ["ATF"], names: ["Bureau of Alcohol, Tobacco, Firearms and Explosives"]),
        ]
        #expect(PickMatcher.matches(agencies, for: "at").map(\.value) == ["ATF", "DEA", "FBI"])
    }

    @Test("Spanish names match in any language, without accents: \"fiscalia\" finds FGR")
    func spanishNames() {
        #expect(Self.values("fiscalia").first == "FGR")
        #expect(Self.values("Fiscalía").first == "FGR")
    }

    @Test("a former code finds the agency under its current code")
    func formerCode() {
        #expect(Self.values("PGR") == ["FGR"])
        #expect(PickMatcher.rank(Self.candidates.first { $0.value == "FGR" }!, for: "pgr") == .exactCode)
    }

    @Test("ranks: exact code, code prefix, name prefix, word prefix, anywhere; nothing when absent")
    func ranks() {
        let candidate = PickMatcher.Candidate(value: "C-0042", label: "", codes: ["C-0042"], names: ["Ana Ruiz Peña", "FGR"])
        #expect(PickMatcher.rank(candidate, for: "c-0042") == .exactCode)
        #expect(PickMatcher.rank(candidate, for: "C-00") == .codePrefix)
        #expect(PickMatcher.rank(candidate, for: "ana") == .namePrefix)
        #expect(PickMatcher.rank(candidate, for: "pena") == .wordPrefix)
        #expect(PickMatcher.rank(candidate, for: "uiz") == .anywhere)
        #expect(PickMatcher.rank(candidate, for: "semar") == nil)
    }

    @Test("an empty word keeps every candidate in its order")
    func emptyWord() {
        #expect(Self.values("") == TestData.registry.agencies.map(\.code))
    }
}
