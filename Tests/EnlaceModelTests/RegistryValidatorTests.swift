import Testing
@testable import EnlaceModel

@Suite("Validation: the agency registry")
struct RegistryValidatorTests {
    @Test("the test registry is valid")
    func valid() {
        #expect(RegistryValidator.validate(TestData.registry) == [])
    }

    @Test("a code used twice is reported")
    func duplicate() {
        let agencies = TestData.agencies + [TestData.agencies[1]]
        #expect(RegistryValidator.validate(agencies) == [.duplicateID(record: .agency("FBI"))])
    }

    @Test("a counterpart that is not in the registry is reported")
    func unknownCounterpart() {
        var agencies = TestData.agencies
        agencies[0].counterparts.append("ZZZ")
        #expect(RegistryValidator.validate(agencies) == [.unknownCounterpart(agency: "DEA", counterpart: "ZZZ")])
    }

    @Test("counterparts must list each other: A lists B exactly when B lists A")
    func symmetry() {
        var agencies = TestData.agencies
        agencies[1].counterparts.append("SEMAR")  // FBI lists SEMAR, SEMAR does not list FBI
        #expect(RegistryValidator.validate(agencies) == [.asymmetricCounterpart(agency: "FBI", counterpart: "SEMAR")])
    }

    @Test("every agency needs at least one source")
    func sources() {
        var agencies = TestData.agencies
        agencies[4].sources = []
        agencies[3].sources = [" "]
        #expect(RegistryValidator.validate(agencies) == [.missingSources(agency: "FGR"), .missingSources(agency: "SEMAR")])
    }

    @Test("a former code may be neither another agency's code nor another's former code")
    func formerCodeClash() {
        var agencies = TestData.agencies
        agencies[4].formerly = [FormerName(code: "DEA", name: "Confusing", until: nil)]
        agencies[2].formerly = [FormerName(code: "PGR", name: "Wrong", until: nil)]
        #expect(RegistryValidator.validate(agencies) == [
            .formerCodeInUse(agency: "FGR", code: "PGR", holder: "HSI"),
            .formerCodeInUse(agency: "SEMAR", code: "DEA", holder: "DEA"),
        ])
    }

    @Test("agency names are needed in both languages")
    func names() {
        var agencies = TestData.agencies
        agencies[0].name.es = ""
        #expect(RegistryValidator.validate(agencies) == [.emptyField(record: .agency("DEA"), field: "name.es")])
    }
}
