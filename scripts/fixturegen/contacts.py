"""Fictional liaison contacts of the sample board: every name, phone and address is invented.

Phones are +52 numbers on the fictional 555 exchange; addresses are at example.org (U.S.) and
example.mx (Mexico). Each U.S. officer also has a login name, used as `createdBy` and note
author in the cases (it is not a Contact field).
"""

POSTS = [
    "Mexico City",
    "Ciudad Juárez",
    "Guadalajara",
    "Hermosillo",
    "Matamoros",
    "Mérida",
    "Monterrey",
    "Nogales",
    "Nuevo Laredo",
    "Tijuana",
]

# Mexican long-distance area codes of each post's city: 2-digit codes take 8-digit numbers,
# 3-digit codes 7-digit numbers.
AREA_CODE = {
    "Mexico City": "55",
    "Ciudad Juárez": "656",
    "Guadalajara": "33",
    "Hermosillo": "662",
    "Matamoros": "868",
    "Mérida": "999",
    "Monterrey": "81",
    "Nogales": "631",
    "Nuevo Laredo": "867",
    "Tijuana": "664",
}


def phone(post, number):
    code = AREA_CODE[post]
    if len(code) == 2:
        return f"+52 {code} 5550 {number:04d}"
    return f"+52 {code} 555 {number:04d}"


# name, agency, role, post, login (U.S. only), languages, notes, lastContact or None, mobile?
ROSTER = [
    # --- U.S. agencies -------------------------------------------------------------------
    ("Laura Méndez", "DEA", "Regional Director (country attaché)", "Mexico City", "lmendez", ["en", "es"],
     "Chairs the Monday interagency meeting at the embassy.", "2026-11-27T16:30:00Z", True),
    ("Daniel Whitaker", "DEA", "Special Agent, SIU coordinator", "Mexico City", "dwhitaker", ["en", "es"],
     "Point of contact for the SEMAR and AIC vetted units.", "2026-11-26T18:05:00Z", True),
    ("Roberto Ibarra", "DEA", "Resident Agent in Charge", "Guadalajara", "ribarra", ["es", "en"],
     "", "2026-11-20T15:00:00Z", True),
    ("Megan Holloway", "DEA", "Special Agent", "Hermosillo", "mholloway", ["en", "es"],
     "Covers Sonora and Sinaloa.", None, True),
    ("Andrés Castellanos", "DEA", "Diversion Investigator (precursor chemicals)", "Monterrey", "acastellanos",
     ["es", "en"], "Works the COFEPRIS permit checks.", "2026-11-18T17:45:00Z", False),
    ("Kevin O'Brien", "DEA", "Special Agent", "Tijuana", "kobrien", ["en", "es"], "", None, True),
    ("Patricia Lindqvist", "FBI", "Legal Attaché", "Mexico City", "plindqvist", ["en", "es"],
     "Legat office; extension 4410.", "2026-11-24T20:10:00Z", True),
    ("Jorge Villarreal", "FBI", "Assistant Legal Attaché (violent crime)", "Monterrey", "jvillarreal",
     ["es", "en"], "", "2026-11-28T13:20:00Z", True),
    ("Sarah Kim", "FBI", "Assistant Legal Attaché (cyber)", "Mexico City", "skim", ["en", "es"],
     "Ransomware and business-email compromise.", None, True),
    ("Michael Duarte", "FBI", "Assistant Legal Attaché", "Ciudad Juárez", "mduarte", ["en", "es"],
     "", "2026-11-12T19:00:00Z", True),
    ("Emily Ashworth", "ATF", "Attaché", "Mexico City", "eashworth", ["en", "es"],
     "Runs the eTrace training for SEDENA and FGR.", "2026-11-25T15:40:00Z", True),
    ("Luis Galindo", "ATF", "Special Agent (firearms trafficking)", "Hermosillo", "lgalindo", ["es", "en"],
     "", "2026-11-21T22:15:00Z", True),
    ("Rachel Fontaine", "ATF", "Industry Operations Investigator", "Nogales", "rfontaine", ["en", "es"],
     "", None, False),
    ("Thomas Beckett", "USMS", "Senior Inspector (extraditions)", "Mexico City", "tbeckett", ["en", "es"],
     "Handles the SRE diplomatic-note queue.", "2026-11-27T14:00:00Z", True),
    ("Verónica Salazar", "USMS", "Deputy U.S. Marshal", "Monterrey", "vsalazar", ["es", "en"],
     "", "2026-11-19T16:25:00Z", True),
    ("Brian Cole", "HSI", "Attaché", "Mexico City", "bcole", ["en", "es"],
     "ICE Attaché office.", "2026-11-23T17:00:00Z", True),
    ("Ana Lucía Herrera", "HSI", "Special Agent (TCIU liaison)", "Guadalajara", "aherrera", ["es", "en"],
     "Liaison with the vetted Transnational Criminal Investigative Unit.", "2026-11-26T21:30:00Z", True),
    ("Marcus Reed", "HSI", "Special Agent (human smuggling)", "Hermosillo", "mreed", ["en", "es"],
     "", None, True),
    ("Gabriela Ponce", "HSI", "Special Agent (financial investigations)", "Ciudad Juárez", "gponce",
     ["es", "en"], "Bulk cash and trade-based money laundering.", "2026-11-17T18:50:00Z", True),
    ("Steven Park", "HSI", "Special Agent", "Mérida", "spark", ["en", "es"], "", "2026-11-05T15:10:00Z", False),
    ("Héctor Ruiz", "CBP", "Attaché", "Mexico City", "hruiz", ["es", "en"],
     "", "2026-11-25T19:35:00Z", True),
    ("Jennifer Walsh", "CBP", "CBP Officer (port liaison)", "Nuevo Laredo", "jwalsh", ["en", "es"],
     "Bridge liaison; mornings only.", "2026-11-27T13:05:00Z", True),
    ("Carlos Medina", "CBP", "Border Patrol liaison", "Nogales", "cmedina", ["es", "en"],
     "", None, True),
    ("Amanda Price", "CBP", "CBP Officer", "Tijuana", "aprice", ["en", "es"], "", "2026-10-30T17:00:00Z", False),
    ("Diana Ochoa", "USCIS", "Field Office Director", "Mexico City", "dochoa", ["es", "en"],
     "", "2026-11-10T16:00:00Z", True),
    ("Paul Henderson", "USCIS", "Fraud Detection and National Security Officer", "Ciudad Juárez", "phenderson",
     ["en", "es"], "", None, False),
    ("Nicole Brandt", "USSS", "Resident Agent in Charge", "Mexico City", "nbrandt", ["en", "es"],
     "", "2026-11-22T18:00:00Z", True),
    ("Eduardo Trejo", "USSS", "Special Agent", "Guadalajara", "etrejo", ["es", "en"],
     "Counterfeit-note lab case; speaks with the FGR delegation weekly.", "2026-11-26T15:15:00Z", True),
    ("Ryan Mitchell", "USCG", "Coast Guard Attaché (Commander)", "Mexico City", "rmitchell", ["en", "es"],
     "", "2026-11-20T14:30:00Z", True),
    ("Sofía Navarro", "USCG", "Maritime liaison officer (Lieutenant)", "Matamoros", "snavarro", ["es", "en"],
     "Gulf coast; lancha incursions.", "2026-11-28T12:40:00Z", True),
    ("Karen Ostrowski", "TSA", "TSA Representative (TSAR)", "Mexico City", "kostrowski", ["en", "es"],
     "", "2026-11-16T17:20:00Z", True),
    ("David Lozano", "TSA", "International Industry Representative", "Guadalajara", "dlozano", ["es", "en"],
     "", None, False),
    ("Elizabeth Grant", "INL", "Director, INL Mexico", "Mexico City", "egrant", ["en", "es"],
     "", "2026-11-24T16:00:00Z", True),
    ("Mario Quintanilla", "INL", "Program Officer (forensics)", "Tijuana", "mquintanilla", ["es", "en"],
     "", "2026-11-13T20:45:00Z", True),
    ("Teresa Blanco", "INL", "Program Officer (border and canine programs)", "Ciudad Juárez", "tblanco",
     ["es", "en"], "", None, True),
    ("王芳", "INL", "Contract interpreter, Mandarin–Spanish–English", "Mexico City", "wfang", ["zh", "es", "en"],
     "Wang Fang. Translates Chinese-language invoices and chats in precursor cases.", "2026-11-09T18:00:00Z", False),
    # --- Mexican counterparts ------------------------------------------------------------
    ("María Fernanda Ávila Ríos", "FGR", "Titular de la Unidad de Enlace Internacional", "Mexico City", None,
     ["es", "en"], "Prefiere correo antes que llamadas. Pedir cita con dos días de anticipación.",
     "2026-11-26T17:00:00Z", True),
    ("José Ángel Núñez Peña", "FGR", "Director de Extradiciones y Asistencia Jurídica", "Mexico City", None,
     ["es"], "Todo trámite de extradición pasa por su oficina.", "2026-11-25T16:30:00Z", True),
    ("Ximena Gutiérrez Olvera", "FGR", "Agente del Ministerio Público de la Federación", "Guadalajara", None,
     ["es", "en"], "", "2026-11-19T18:10:00Z", True),
    ("Raúl Espinoza Treviño", "FGR", "Fiscal federal, delegación Nuevo León", "Monterrey", None, ["es"],
     "", None, True),
    ("Itzel Domínguez Cárdenas", "FGR", "Agente del Ministerio Público de la Federación", "Tijuana", None,
     ["es", "en"], "", "2026-11-14T21:00:00Z", False),
    ("Rodrigo Pérez Cámara", "FGR", "Fiscal federal, delegación Quintana Roo", "Mérida", None, ["es"],
     "Oficina en Cancún; viaja a Mérida los jueves.", None, True),
    ("Everardo Salinas Garza", "FGR", "Agente del Ministerio Público de la Federación", "Matamoros", None,
     ["es"], "", "2026-11-21T15:30:00Z", True),
    ("Karla Arellano Duarte", "FGR", "Agente del Ministerio Público de la Federación", "Ciudad Juárez", None,
     ["es", "en"], "", None, False),
    ("Óscar Zúñiga Bermúdez", "AIC", "Comandante, Policía Federal Ministerial", "Mexico City", None,
     ["es"], "Enlace de la unidad investigada con la DEA.", "2026-11-26T19:00:00Z", True),
    ("Alejandra Yáñez Soto", "AIC", "Analista, Agencia de Investigación Criminal", "Hermosillo", None,
     ["es", "en"], "", "2026-11-11T17:30:00Z", False),
    ("Claudia Ríos Echeverría", "SSPC", "Directora General de Cooperación Internacional", "Mexico City", None,
     ["es", "en"], "Recibe los informes de contacto de la Ley de Seguridad Nacional.", "2026-11-27T18:00:00Z", True),
    ("Fernando Aguilar Muñoz", "SSPC", "Enlace con agencias extranjeras", "Mexico City", None, ["es"],
     "", "2026-11-20T16:40:00Z", True),
    ("Héctor Saldívar Luna", "CNI", "Analista de enlace", "Mexico City", None, ["es", "en"],
     "Solo reuniones presenciales.", None, False),
    ("Luz María Carrillo Paredes", "GN", "Coordinadora regional (inspectora)", "Nogales", None, ["es"],
     "", "2026-11-24T14:50:00Z", True),
    ("Jesús Tovar Ledezma", "GN", "Enlace en el puente internacional (subinspector)", "Nuevo Laredo", None,
     ["es"], "", "2026-11-27T15:45:00Z", True),
    ("Adriana Becerra Huerta", "GN", "Jefa de unidad (inspectora)", "Ciudad Juárez", None, ["es", "en"],
     "", None, True),
    ("Miguel Ángel Robles Fuentes", "SEDENA", "Enlace de la Defensa con agregadurías extranjeras (general brigadier)",
     "Mexico City", None, ["es", "en"], "Las solicitudes van por oficio, con copia a la SRE.",
     "2026-11-18T17:00:00Z", True),
    ("Érika Montes de Oca Valdés", "SEDENA", "Oficial de rastreo de armas (capitana)", "Hermosillo", None,
     ["es"], "Recibe los resultados de eTrace.", "2026-11-25T20:20:00Z", True),
    ("Iván Sepúlveda Arriaga", "SEMAR", "Oficial de enlace, inteligencia naval (capitán de corbeta)",
     "Mexico City", None, ["es", "en"], "", "2026-11-26T23:10:00Z", True),
    ("Paola Quiroz Landa", "SEMAR", "Enlace en el puerto de Manzanillo (teniente de navío)", "Guadalajara", None,
     ["es", "en"], "", "2026-11-22T16:00:00Z", True),
    ("Armando Lugo Ceballos", "SEMAR", "Enlace de la zona naval del Golfo (capitán de fragata)", "Matamoros",
     None, ["es"], "", None, True),
    ("Beatriz Solís Arreola", "UIF", "Directora de Análisis", "Mexico City", None, ["es", "en"],
     "Toda solicitud de inteligencia financiera, por escrito.", "2026-11-23T18:30:00Z", True),
    ("Gerardo Lira Valenzuela", "UIF", "Analista financiero (actuario)", "Mexico City", None, ["es"],
     "", None, False),
    ("Sergio Cantú Garza", "ANAM", "Administrador de la aduana", "Nuevo Laredo", None, ["es", "en"],
     "", "2026-11-27T16:10:00Z", True),
    ("Nayeli Cervantes Ortiz", "ANAM", "Subadministradora de la aduana", "Tijuana", None, ["es"],
     "", "2026-11-06T19:00:00Z", True),
    ("Tomás Ibáñez Rocha", "ANAM", "Enlace de la aduana de Manzanillo", "Guadalajara", None, ["es"],
     "", "2026-11-24T17:50:00Z", False),
    ("Rocío Estrada Villanueva", "INM", "Coordinadora de control migratorio, Aeropuerto de Cancún", "Mérida", None,
     ["es", "en"], "", "2026-11-28T14:15:00Z", True),
    ("Saúl Becerril Mora", "INM", "Representante en Chihuahua", "Ciudad Juárez", None, ["es"],
     "", None, True),
    ("Lorena Maldonado Uribe", "INM", "Dirección de Cooperación Internacional", "Mexico City", None,
     ["es", "en"], "", "2026-11-17T15:00:00Z", True),
    ("Andrea Peñaloza Cruz", "SRE", "Directora de Extradiciones, Consultoría Jurídica", "Mexico City", None,
     ["es", "en"], "Notas diplomáticas: confirmar recepción por teléfono el mismo día.", "2026-11-25T17:30:00Z", True),
    ("Emilio Zepeda Garza", "SRE", "Enlace para agentes extranjeros acreditados", "Mexico City", None, ["es"],
     "Informes de la Ley de Seguridad Nacional.", "2026-11-27T19:20:00Z", True),
    ("Julián Ordaz Pineda", "AFAC", "Inspector de seguridad de la aviación (ingeniero)", "Guadalajara", None,
     ["es", "en"], "", "2026-11-15T16:05:00Z", True),
    ("Mónica Arriaga Téllez", "COFEPRIS", "Control de precursores químicos, Comisión de Autorización Sanitaria",
     "Mexico City", None, ["es"], "", "2026-11-19T19:40:00Z", True),
    ("Ignacio Farías Olmos", "AIC", "Jefe de célula, Policía Federal Ministerial", "Monterrey", None, ["es"],
     "", None, True),
    ("Fabiola Garza Leal", "ANAM", "Enlace de la aduana de Ciudad Juárez", "Ciudad Juárez", None, ["es", "en"],
     "", "2026-11-12T17:00:00Z", False),
]

US_DOMAIN = "example.org"
MX_DOMAIN = "example.mx"

_ASCII = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")


def _email(name, agency, login):
    if login is not None:
        return f"{login}.{agency.lower()}@{US_DOMAIN}"
    # Given name and first surname; "Montes de Oca" is one surname.
    parts = name.translate(_ASCII).lower().replace(" de ", "de").split()
    return f"{parts[0]}.{parts[-2]}.{agency.lower()}@{MX_DOMAIN}"


def contacts():
    """The contacts as records, plus a map contact id → login for U.S. officers."""
    records = []
    logins = {}
    for index, (name, agency, role, post, login, languages, notes, last, mobile) in enumerate(ROSTER, start=1):
        contact_id = f"C-{index:04d}"
        phones = [phone(post, 100 + index)]
        if mobile:
            phones.append(phone(post, 7000 + index * 7))
        record = {
            "id": contact_id,
            "name": name,
            "agency": agency,
            "role": role,
            "post": post,
            "phones": phones,
            "email": _email(name, agency, login),
            "languages": languages,
            "notes": notes,
            "version": 1,
        }
        if last is not None:
            record["lastContact"] = last
        records.append(record)
        if login is not None:
            logins[contact_id] = login
    assert len(records) >= 60
    assert set(POSTS) == {r["post"] for r in records}
    return records, logins
