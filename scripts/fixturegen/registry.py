"""The agency registry: the eleven U.S. agencies in Mexico and their thirteen Mexican counterparts.

Facts come from ../shared/reference/agencies.md. Every record carries `sources`; a fact the
reference marks *inferred* (or one this file had to supply) has a source beginning "inferred:".
"""

AP_2011 = (
    "Associated Press (2011): count of U.S. personnel in Mexico naming DEA (60+ agents), ICE (40), "
    "U.S. Marshals (20), ATF (18), FBI, CBP, USCIS, Secret Service, Coast Guard, TSA and the State "
    "Department's Narcotics Affairs Section (now INL), grown from 19 to 69 staff"
)
STATE_2017 = (
    "U.S. Department of State statement (December 2017): \"Eleven U.S. law enforcement agencies are "
    "represented in the U.S. embassy and consulates across Mexico\""
)
COUNTERPARTS_REFERENCE = "Counterparts: the primary U.S.–Mexican counterpart pairs compiled for Enlace's default registry"

DOJ = {"en": "Department of Justice", "es": "Departamento de Justicia"}
DHS = {"en": "Department of Homeland Security", "es": "Departamento de Seguridad Nacional"}
STATE = {"en": "Department of State", "es": "Departamento de Estado"}
MX_EXECUTIVE = {"en": "Federal Executive (Government of Mexico)", "es": "Poder Ejecutivo Federal"}

# code, name {en, es}, parent, focus {en, es}, counterparts (reference order), extra sources
US_AGENCIES = [
    (
        "DEA",
        {"en": "Drug Enforcement Administration", "es": "Administración para el Control de Drogas"},
        DOJ,
        {
            "en": "Drug trafficking, precursor chemicals, vetted units (SIU)",
            "es": "Narcotráfico, precursores químicos, unidades investigadas y certificadas (SIU)",
        },
        ["FGR", "AIC", "SEMAR", "SEDENA", "SSPC", "COFEPRIS"],
        [
            "Official name: Drug Enforcement Administration (U.S. Department of Justice)",
            "inferred: COFEPRIS as a DEA counterpart (precursor chemicals) is inferred, not stated by a published source",
        ],
    ),
    (
        "FBI",
        {"en": "Federal Bureau of Investigation", "es": "Buró Federal de Investigaciones"},
        DOJ,
        {
            "en": "Kidnapping, fugitives, public corruption, gangs, cyber",
            "es": "Secuestro, prófugos, corrupción pública, pandillas, delitos cibernéticos",
        },
        ["FGR", "SSPC", "CNI"],
        [
            "Official name: Federal Bureau of Investigation (U.S. Department of Justice)",
            "Legal Attaché Mexico City opened 1940, the FBI's largest overseas post",
        ],
    ),
    (
        "ATF",
        {
            "en": "Bureau of Alcohol, Tobacco, Firearms and Explosives",
            "es": "Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos",
        },
        DOJ,
        {
            "en": "Firearms trafficking, eTrace tracing",
            "es": "Tráfico de armas de fuego, rastreo de armas con eTrace",
        },
        ["FGR", "SEDENA", "ANAM"],
        ["Official name: Bureau of Alcohol, Tobacco, Firearms and Explosives (U.S. Department of Justice)"],
    ),
    (
        "USMS",
        {"en": "U.S. Marshals Service", "es": "Servicio de Alguaciles de los Estados Unidos"},
        DOJ,
        {
            "en": "Fugitives, extraditions, deportations",
            "es": "Prófugos, extradiciones, deportaciones",
        },
        ["FGR", "SRE", "INM"],
        [
            "Official name: United States Marshals Service (U.S. Department of Justice)",
            "Mexico City foreign field office since 2003",
        ],
    ),
    (
        "HSI",
        {"en": "Homeland Security Investigations", "es": "Investigaciones de Seguridad Nacional"},
        {"en": "Department of Homeland Security (ICE)", "es": "Departamento de Seguridad Nacional (ICE)"},
        {
            "en": "Smuggling, human trafficking, customs fraud, money laundering (vetted TCIUs)",
            "es": "Contrabando, trata de personas, fraude aduanero, lavado de dinero (unidades TCIU investigadas)",
        },
        ["ANAM", "FGR", "INM", "UIF"],
        [
            "Official name: Homeland Security Investigations, the investigative arm of U.S. Immigration "
            "and Customs Enforcement (ICE Attaché)",
        ],
    ),
    (
        "CBP",
        {"en": "U.S. Customs and Border Protection", "es": "Oficina de Aduanas y Protección Fronteriza"},
        DHS,
        {
            "en": "Ports of entry, cargo, border security",
            "es": "Puertos de entrada, carga, seguridad fronteriza",
        },
        ["ANAM", "GN", "INM"],
        ["Official name: U.S. Customs and Border Protection (U.S. Department of Homeland Security)"],
    ),
    (
        "USCIS",
        {"en": "U.S. Citizenship and Immigration Services", "es": "Servicio de Ciudadanía e Inmigración"},
        DHS,
        {
            "en": "Immigration benefits, document fraud",
            "es": "Beneficios migratorios, fraude documental",
        },
        ["INM", "SRE"],
        ["Official name: U.S. Citizenship and Immigration Services (U.S. Department of Homeland Security)"],
    ),
    (
        "USSS",
        {"en": "U.S. Secret Service", "es": "Servicio Secreto"},
        DHS,
        {
            "en": "Counterfeit currency, financial and cyber crime",
            "es": "Falsificación de moneda, delitos financieros y cibernéticos",
        },
        ["FGR", "UIF"],
        ["Official name: United States Secret Service (U.S. Department of Homeland Security)"],
    ),
    (
        "USCG",
        {"en": "U.S. Coast Guard", "es": "Guardia Costera"},
        DHS,
        {
            "en": "Maritime interdiction",
            "es": "Interdicción marítima",
        },
        ["SEMAR"],
        ["Official name: United States Coast Guard (U.S. Department of Homeland Security)"],
    ),
    (
        "TSA",
        {"en": "Transportation Security Administration", "es": "Administración de Seguridad en el Transporte"},
        DHS,
        {
            "en": "Aviation security",
            "es": "Seguridad de la aviación",
        },
        ["AFAC", "GN"],
        [
            "Official name: Transportation Security Administration (U.S. Department of Homeland Security)",
            "inferred: AFAC and GN as TSA counterparts (civil aviation authority; Guardia Nacional at "
            "airports) are inferred, not stated by a published source",
        ],
    ),
    (
        "INL",
        {
            "en": "Bureau of International Narcotics and Law Enforcement Affairs",
            "es": "Oficina de Asuntos Antinarcóticos y Aplicación de la Ley",
        },
        STATE,
        {
            "en": "Mérida Initiative, training, equipment, capacity building",
            "es": "Iniciativa Mérida, capacitación, equipamiento, fortalecimiento institucional",
        },
        ["SSPC", "FGR", "SEDENA", "SEMAR"],
        [
            "Official name: Bureau of International Narcotics and Law Enforcement Affairs (U.S. Department "
            "of State); at the embassy formerly the Narcotics Affairs Section (NAS)",
        ],
    ),
]

# code, name {en, es}, parent, focus {en, es}, formerly, extra sources
MX_AGENCIES = [
    (
        "FGR",
        {"en": "Attorney General's Office", "es": "Fiscalía General de la República"},
        {"en": "Autonomous constitutional body", "es": "Órgano constitucional autónomo"},
        {
            "en": "Federal prosecution, extradition proceedings, mutual legal assistance",
            "es": "Procuración de justicia federal, procedimientos de extradición, asistencia jurídica internacional",
        },
        [{"code": "PGR", "name": "Procuraduría General de la República", "until": "2018-12-20"}],
        [
            "Official name: Fiscalía General de la República",
            "Autonomous since 2018-12-20, successor of the Procuraduría General de la República",
        ],
    ),
    (
        "AIC",
        {"en": "Criminal Investigation Agency", "es": "Agencia de Investigación Criminal"},
        {"en": "Attorney General's Office (FGR)", "es": "Fiscalía General de la República (FGR)"},
        {
            "en": "Criminal investigation and intelligence for federal prosecutors; the Federal Ministerial "
            "Police (PFM) sits under it",
            "es": "Investigación e inteligencia criminal para el Ministerio Público de la Federación; de ella "
            "depende la Policía Federal Ministerial (PFM)",
        },
        [],
        [
            "Official name: Agencia de Investigación Criminal, part of the FGR; the Policía Federal "
            "Ministerial sits under it",
        ],
    ),
    (
        "SSPC",
        {"en": "Secretariat of Security and Citizen Protection", "es": "Secretaría de Seguridad y Protección Ciudadana"},
        MX_EXECUTIVE,
        {
            "en": "Federal public security policy; receives foreign-contact reports under the National Security Law",
            "es": "Política federal de seguridad pública; recibe los informes de contacto con agentes extranjeros "
            "conforme a la Ley de Seguridad Nacional",
        },
        [{"code": "CNS", "name": "Comisión Nacional de Seguridad", "until": "2018-11-30"}],
        [
            "Official name: Secretaría de Seguridad y Protección Ciudadana",
            "Created 2018-11-30; earlier SEGOB's Comisión Nacional de Seguridad",
            "National Security Law reform (DOF 18 Dec 2020): reports of meetings with foreign agents go to SRE and SSPC",
        ],
    ),
    (
        "CNI",
        {"en": "National Intelligence Center", "es": "Centro Nacional de Inteligencia"},
        {
            "en": "Secretariat of Security and Citizen Protection (SSPC)",
            "es": "Secretaría de Seguridad y Protección Ciudadana (SSPC)",
        },
        {
            "en": "Civilian national-security intelligence",
            "es": "Inteligencia civil para la seguridad nacional",
        },
        [{"code": "CISEN", "name": "Centro de Investigación y Seguridad Nacional", "until": "2018-12-01"}],
        [
            "Official name: Centro Nacional de Inteligencia",
            "Formerly CISEN until December 2018; the day 2018-12-01 is approximate",
            "inferred: placement under SSPC is general knowledge, not from the sources above",
        ],
    ),
    (
        "GN",
        {"en": "National Guard", "es": "Guardia Nacional"},
        {"en": "Secretariat of National Defense (SEDENA)", "es": "Secretaría de la Defensa Nacional (SEDENA)"},
        {
            "en": "Federal public security, highways, airports and border crossings",
            "es": "Seguridad pública federal, carreteras, aeropuertos y cruces fronterizos",
        },
        [{"code": "PF", "name": "Policía Federal", "until": "2019-06-30"}],
        [
            "Official name: Guardia Nacional",
            "Successor to the Policía Federal in 2019; under SEDENA operational control from October 2020",
            "Policía Federal until 2019; the day 2019-06-30 (start of the Guardia "
            "Nacional's deployment) is approximate",
        ],
    ),
    (
        "SEDENA",
        {"en": "Secretariat of National Defense", "es": "Secretaría de la Defensa Nacional"},
        MX_EXECUTIVE,
        {
            "en": "Army and Air Force; federal firearms registry and seizures",
            "es": "Ejército y Fuerza Aérea; registro federal de armas y aseguramientos",
        },
        [],
        ["Official name: Secretaría de la Defensa Nacional (army and air force)"],
    ),
    (
        "SEMAR",
        {"en": "Secretariat of the Navy", "es": "Secretaría de Marina"},
        MX_EXECUTIVE,
        {
            "en": "Navy; maritime interdiction; runs maritime ports and customs with SEDENA",
            "es": "Armada; interdicción marítima; administra puertos marítimos y aduanas junto con la SEDENA",
        },
        [],
        ["Official name: Secretaría de Marina (navy; runs maritime ports and customs with SEDENA)"],
    ),
    (
        "UIF",
        {"en": "Financial Intelligence Unit", "es": "Unidad de Inteligencia Financiera"},
        {
            "en": "Secretariat of Finance and Public Credit (SHCP)",
            "es": "Secretaría de Hacienda y Crédito Público (SHCP)",
        },
        {
            "en": "Financial intelligence, suspicious transactions, anti-money-laundering",
            "es": "Inteligencia financiera, operaciones sospechosas, prevención del lavado de dinero",
        },
        [],
        ["Official name: Unidad de Inteligencia Financiera, under SHCP (Hacienda)"],
    ),
    (
        "ANAM",
        {"en": "National Customs Agency of Mexico", "es": "Agencia Nacional de Aduanas de México"},
        {
            "en": "Secretariat of Finance and Public Credit (SHCP)",
            "es": "Secretaría de Hacienda y Crédito Público (SHCP)",
        },
        {
            "en": "Customs, foreign trade, inspection of cargo at ports and border crossings",
            "es": "Aduanas, comercio exterior, inspección de carga en puertos y cruces fronterizos",
        },
        [{"code": "AGA", "name": "Administración General de Aduanas", "until": "2022-01-01"}],
        [
            "Official name: Agencia Nacional de Aduanas de México",
            "January 2022, replaced SAT's Administración General de Aduanas; the day "
            "2022-01-01 is approximate",
            "inferred: placement under SHCP is general knowledge, not from the sources above",
        ],
    ),
    (
        "INM",
        {"en": "National Migration Institute", "es": "Instituto Nacional de Migración"},
        {"en": "Secretariat of the Interior (SEGOB)", "es": "Secretaría de Gobernación (SEGOB)"},
        {
            "en": "Migration control at ports of entry, deportations and handovers",
            "es": "Control migratorio en puntos de internación, deportaciones y entregas",
        },
        [],
        [
            "Official name: Instituto Nacional de Migración",
            "inferred: placement under SEGOB is general knowledge, not from the sources above",
        ],
    ),
    (
        "SRE",
        {"en": "Secretariat of Foreign Affairs", "es": "Secretaría de Relaciones Exteriores"},
        MX_EXECUTIVE,
        {
            "en": "Diplomatic notes, extradition requests, accreditation of foreign agents",
            "es": "Notas diplomáticas, solicitudes de extradición, acreditación de agentes extranjeros",
        },
        [],
        [
            "Official name: Secretaría de Relaciones Exteriores",
            "Accredits foreign agents; receives foreign-contact reports under the National Security Law "
            "reform (DOF 18 Dec 2020)",
        ],
    ),
    (
        "AFAC",
        {"en": "Federal Civil Aviation Agency", "es": "Agencia Federal de Aviación Civil"},
        {
            "en": "Secretariat of Infrastructure, Communications and Transportation (SICT)",
            "es": "Secretaría de Infraestructura, Comunicaciones y Transportes (SICT)",
        },
        {
            "en": "Civil aviation authority, airport security oversight",
            "es": "Autoridad de aviación civil, supervisión de la seguridad aeroportuaria",
        },
        [{"code": "DGAC", "name": "Dirección General de Aeronáutica Civil", "until": "2019-10-16"}],
        [
            "Official name: Agencia Federal de Aviación Civil",
            "Created 2019, formerly DGAC; the day 2019-10-16 is approximate",
            "inferred: placement under SICT is general knowledge, not from the sources above",
        ],
    ),
    (
        "COFEPRIS",
        {
            "en": "Federal Commission for the Protection against Sanitary Risks",
            "es": "Comisión Federal para la Protección contra Riesgos Sanitarios",
        },
        {"en": "Secretariat of Health", "es": "Secretaría de Salud"},
        {
            "en": "Health regulation; permits for precursor and essential chemicals; counterfeit medicines",
            "es": "Regulación sanitaria; permisos de precursores químicos y químicos esenciales; medicamentos falsificados",
        },
        [],
        [
            "Official name: Comisión Federal para la Protección contra Riesgos Sanitarios",
            "inferred: placement under the Secretaría de Salud is general knowledge, not from the sources above",
        ],
    ),
]

INFERRED_COUNTERPART_SOURCES = {
    "COFEPRIS": "inferred: DEA as a counterpart (precursor chemicals) is inferred, not stated by a published source",
    "AFAC": "inferred: TSA as a counterpart is inferred, not stated by a published source",
    "GN": "inferred: TSA as a counterpart (Guardia Nacional at airports) is inferred, not stated by a published source",
}


def agencies():
    """The registry as a list of Agency records, U.S. first, each country in the reference's order."""
    reverse = {}
    for code, _, _, _, counterparts, _ in US_AGENCIES:
        for other in counterparts:
            reverse.setdefault(other, []).append(code)

    records = []
    for code, name, parent, focus, counterparts, extra in US_AGENCIES:
        records.append(
            {
                "code": code,
                "country": "US",
                "name": name,
                "parent": parent,
                "focus": focus,
                "counterparts": counterparts,
                "formerly": [],
                "sources": [AP_2011, STATE_2017, *extra, COUNTERPARTS_REFERENCE],
                "version": 1,
            }
        )
    for code, name, parent, focus, formerly, extra in MX_AGENCIES:
        sources = [*extra, COUNTERPARTS_REFERENCE + " (mirrored from the U.S. side)"]
        if code in INFERRED_COUNTERPART_SOURCES:
            sources.append(INFERRED_COUNTERPART_SOURCES[code])
        records.append(
            {
                "code": code,
                "country": "MX",
                "name": name,
                "parent": parent,
                "focus": focus,
                "counterparts": reverse.get(code, []),
                "formerly": formerly,
                "sources": sources,
                "version": 1,
            }
        )

    by_code = {record["code"]: record for record in records}
    for record in records:
        assert record["counterparts"], f"{record['code']} has no counterparts"
        for other in record["counterparts"]:
            assert record["code"] in by_code[other]["counterparts"], f"{record['code']}→{other} not mirrored"
    assert len([r for r in records if r["country"] == "US"]) == 11
    assert len([r for r in records if r["country"] == "MX"]) == 13
    return records
