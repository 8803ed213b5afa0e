"""Fictional cases of the sample board, written to look like a liaison officer's work.

No real person, company or operation: subjects are "Subject A" and the like, companies carry
"Ejemplo" in their names. Dates are relative to the board's reference day, 2026-11-29.

Each entry: lead, agencies (participating), status, priority, marking, releasable, post, region,
opened, due (None for none), tags, title, titleEs, summary, summaryEs, nextAction, links (case
numbers), notes [(days after opened, text, releasable)], version.
"""

C = dict  # a case entry; keyword arguments read better than a long tuple

CASES = [
    # 1
    C(lead="DEA", agencies=["FGR", "AIC", "SEDENA", "COFEPRIS"], status="active", priority="critical",
      marking="TLP:AMBER", releasable=True, post="Hermosillo", region="Sinaloa", opened="2026-08-04",
      due="2026-11-20", tags=["fentanyl", "precursors", "pill-press"],
      title="Fentanyl pill-press seizure near Culiacán: trace the tableting machines",
      titleEs="Aseguramiento de prensas para pastillas de fentanilo cerca de Culiacán: rastreo de las tableteadoras",
      summary="SEDENA seized two tableting machines and 40 kg of powder in a rural property. The DEA wants the "
              "import history of the machines and the chemical profile of the powder to link it to the "
              "precursor shipments in MX-2026-0002.",
      summaryEs="La SEDENA aseguró dos tableteadoras y 40 kg de polvo en un predio rural. La DEA busca el "
                "historial de importación de las máquinas y el perfil químico del polvo para vincularlo con "
                "los envíos de precursores de MX-2026-0002.",
      nextAction="Ask COFEPRIS for the import permits behind the two machines' serial numbers",
      links=[2, 44, 36],
      notes=[(2, "Call with the AIC analyst: the FGR opened a carpeta de investigación; copy requested.", True),
             (15, "Reunión en la Fiscalía: la FGR acepta compartir el dictamen químico cuando esté firmado.", True),
             (40, "Source reporting on the buyer network stays with DEA; not for the FGR meeting.", False)],
      version=5),
    # 2
    C(lead="DEA", agencies=["SEMAR", "FGR", "ANAM", "COFEPRIS"], status="waiting", priority="high",
      marking="TLP:AMBER+STRICT", releasable=False, post="Guadalajara", region="Colima", opened="2026-06-17",
      due="2026-12-02", tags=["precursors", "methamphetamine", "maritime", "vetted-unit"],
      title="Vetted-unit operation with SEMAR: precursor container at Manzanillo",
      titleEs="Operación con unidad investigada de SEMAR: contenedor con precursores en Manzanillo",
      summary="A container declared as industrial solvents is held at Manzanillo. The SEMAR vetted unit "
              "wants DEA laboratory support; ANAM must release the sampling order first.",
      summaryEs="Un contenedor declarado como solventes industriales está retenido en Manzanillo. La unidad "
                "investigada de SEMAR pide apoyo del laboratorio de la DEA; la ANAM debe liberar primero la "
                "orden de muestreo.",
      nextAction="Wait for SEMAR's inspection report; confirm the manifest with ANAM",
      links=[1, 19],
      notes=[(3, "Vetted-unit roster and polygraph dates: DEA internal only.", False),
             (20, "SEMAR: la muestra sale el lunes; la cadena de custodia la firma la Fiscalía.", True),
             (90, "Invoices in Chinese sent to the Mandarin interpreter on this case for translation.", False)],
      version=7),
    # 3
    C(lead="DEA", agencies=["SEDENA", "FGR", "COFEPRIS"], status="closed", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Michoacán", opened="2026-02-09",
      due="2026-05-30", tags=["methamphetamine", "precursors", "laboratory"],
      title="Clandestine laboratory dismantled in Michoacán: sample exchange",
      titleEs="Laboratorio clandestino desmantelado en Michoacán: intercambio de muestras",
      summary="Exchange of chemical samples between SEDENA, the FGR laboratory and the DEA Special Testing "
              "Laboratory under the existing letter of agreement. Results delivered.",
      nextAction="None; closed after the results were delivered",
      notes=[(10, "Samples received with chain of custody intact.", True),
             (100, "Results delivered to the FGR; case closed.", True)],
      version=4),
    # 4
    C(lead="DEA", agencies=["FGR", "GN", "ANAM"], status="new", priority="high",
      marking="TLP:AMBER", releasable=True, post="Guadalajara", region="Jalisco", opened="2026-11-24",
      due="2027-02-15", tags=["fentanyl", "parcels"],
      title="Courier parcels: fentanyl shipped from Jalisco to Arizona",
      titleEs="Paquetería: envíos de fentanilo de Jalisco a Arizona",
      summary="Parcels from three courier branches in Zapopan carried pressed pills inside electronics. "
              "Ask the GN for the branches' shipping records.",
      nextAction="Draft the request to the GN for the courier branches' records",
      links=[1],
      notes=[(1, "Seizure report from the Arizona side attached to the DEA file.", False)]),
    # 5
    C(lead="FBI", agencies=["FGR", "SSPC", "GN"], status="active", priority="critical",
      marking="TLP:RED", releasable=False, post="Matamoros", region="Tamaulipas", opened="2026-11-21",
      due="2026-11-30", tags=["kidnapping", "u.s.-citizen"],
      title="Kidnapping of a U.S. citizen in Tamaulipas: proof-of-life coordination",
      titleEs="Secuestro de un ciudadano estadounidense en Tamaulipas: coordinación de prueba de vida",
      summary="A U.S. citizen (V-1 in this sample) was taken on the road to Reynosa. Family in Texas "
              "received demands. FBI coordinates with the FGR anti-kidnapping unit through the SSPC.",
      nextAction="Daily 09:00 call with the FGR anti-kidnapping unit",
      notes=[(0, "Family contact details and negotiation strategy: FBI only.", False),
             (2, "La Fiscalía confirma que abrió la carpeta; la GN refuerza la carretera.", True),
             (7, "Proof-of-life question set agreed with the family.", False)],
      version=9),
    # 6
    C(lead="FBI", agencies=["FGR", "INM", "USMS"], status="waiting", priority="high",
      marking="TLP:AMBER", releasable=True, post="Guadalajara", region="Jalisco", opened="2026-09-02",
      due="2026-11-15", tags=["fugitive", "fraud"],
      title="Fugitive wanted for investment fraud located in Puerto Vallarta",
      titleEs="Prófugo buscado por fraude de inversión localizado en Puerto Vallarta",
      summary="Subject B, wanted in Texas for investment fraud, rents a condominium in Puerto Vallarta. "
              "INM to confirm immigration status; USMS ready for a deportation or an extradition request.",
      summaryEs="El Sujeto B, buscado en Texas por fraude de inversión, renta un departamento en Puerto "
                "Vallarta. El INM debe confirmar su situación migratoria; el USMS está listo para una "
                "deportación o una solicitud de extradición.",
      nextAction="Chase INM for the immigration-status answer (promised for 15 November)",
      links=[14],
      notes=[(5, "INM recibió la consulta; respuesta en diez días hábiles.", True),
             (60, "No answer yet; escalated to the INM international cooperation office.", True)],
      version=3),
    # 7
    C(lead="FBI", agencies=["SSPC", "FGR", "UIF"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Monterrey", region="Nuevo León", opened="2026-10-12",
      due="2027-01-20", tags=["cyber", "ransomware", "money-laundering"],
      title="Ransomware against a Monterrey hospital: cryptocurrency trace",
      titleEs="Ransomware contra un hospital de Monterrey: rastreo de criptomonedas",
      summary="The ransom went to a wallet that cashed out through a Mexican exchange. UIF can identify "
              "the account holders; SSPC's cyber police hold the hospital's logs.",
      nextAction="Send the UIF the list of exchange deposit addresses",
      links=[32],
      notes=[(4, "Logs received from the SSPC cyber police (2.3 GB).", True),
             (20, "UIF pide que la solicitud llegue firmada por la Agregaduría Legal.", True)],
      version=4),
    # 8
    C(lead="FBI", agencies=["FGR", "ANAM"], status="new", priority="medium",
      marking="TLP:AMBER+STRICT", releasable=False, post="Nuevo Laredo", region="Tamaulipas", opened="2026-11-18",
      tags=["corruption", "customs"],
      title="Public-corruption tip: customs broker paying officials at the port",
      titleEs="Denuncia de corrupción: agente aduanal que paga a funcionarios en el puerto",
      summary="A walk-in at the consulate says a customs broker (Agencia Aduanal Ejemplo) pays officials to "
              "wave trucks through. Not shared with Mexican partners until corroborated.",
      nextAction="Corroborate the walk-in's account before any contact with ANAM",
      notes=[(0, "Walk-in interview notes; identity protected.", False)]),
    # 9
    C(lead="FBI", agencies=["CNI", "SSPC", "FGR"], status="closed", priority="low",
      marking="TLP:GREEN", releasable=True, post="Ciudad Juárez", region="Chihuahua", opened="2026-03-03",
      due="2026-07-31", tags=["gangs", "cyber", "minors"],
      title="Gang recruiting minors through social media in Ciudad Juárez",
      titleEs="Pandilla que recluta menores por redes sociales en Ciudad Juárez",
      summary="Joint analysis of recruitment accounts; the platforms removed them and the SSPC opened a "
              "prevention campaign in schools.",
      nextAction="None; closed",
      notes=[(30, "Accounts reported to the platforms.", True),
             (140, "Cerrado: la SSPC lleva la campaña de prevención.", True)],
      version=3),
    # 10
    C(lead="ATF", agencies=["SEDENA", "FGR"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Hermosillo", region="Sinaloa", opened="2026-10-01",
      due="2026-12-04", tags=["firearms", "etrace"],
      title="eTrace requests for 37 rifles seized by SEDENA in Sinaloa",
      titleEs="Solicitudes de eTrace para 37 rifles asegurados por la SEDENA en Sinaloa",
      summary="SEDENA seized 37 rifles and 12,000 rounds. Serial numbers entered in eTrace; 20 traces "
              "returned, 11 to first retail purchases in Arizona.",
      summaryEs="La SEDENA aseguró 37 rifles y 12,000 cartuchos. Los números de serie se capturaron en "
                "eTrace; regresaron 20 rastreos, 11 a primeras compras al menudeo en Arizona.",
      nextAction="Send SEDENA the eTrace results for the first 20 serial numbers",
      links=[11, 41],
      notes=[(3, "Serial numbers received from SEDENA by official letter (oficio).", True),
             (30, "Purchaser names from the traces stay with ATF until the U.S. case is charged.", False),
             (45, "La capitana del registro de armas pide los resultados en español.", True)],
      version=6),
    # 11
    C(lead="ATF", agencies=["FGR", "ANAM", "SEDENA"], status="waiting", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Nogales", region="Sonora", opened="2026-07-14",
      due="2026-11-10", tags=["firearms", "straw-purchase"],
      title="Straw-purchase network in Arizona supplying Sonora",
      titleEs="Red de compradores prestanombres en Arizona que abastece a Sonora",
      summary="Trace analysis links six straw purchasers to seizures in Caborca and Nogales. Waiting on the "
              "FGR for the seizure reports that name the recovery sites.",
      nextAction="Remind the FGR of the seizure reports (due 10 November)",
      links=[10],
      notes=[(10, "Shared the trace summary (no purchaser names) with the FGR.", True),
             (100, "FGR: los informes de aseguramiento están en firma.", True)],
      version=3),
    # 12
    C(lead="ATF", agencies=["ANAM", "GN", "CBP"], status="new", priority="medium",
      marking="TLP:CLEAR", releasable=True, post="Tijuana", region="Baja California", opened="2026-11-10",
      due="2027-03-01", tags=["firearms", "border"],
      title="Southbound firearms inspections at the Tijuana crossing",
      titleEs="Revisiones de armas en sentido sur en el cruce de Tijuana",
      summary="ANAM and the GN propose a joint southbound inspection schedule; ATF and CBP share the "
              "indicators from past seizures.",
      nextAction="Agree the first week of the inspection schedule with ANAM",
      notes=[(2, "Propuesta de calendario recibida de la aduana.", True)]),
    # 13
    C(lead="ATF", agencies=["SEDENA", "FGR"], status="closed", priority="low",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Guanajuato", opened="2026-01-20",
      due="2026-04-15", tags=["explosives", "firearms"],
      title="Grenade components seized in Guanajuato: tracing request",
      summary="Lot numbers traced; the report went to SEDENA and the FGR.",
      nextAction="None; closed",
      notes=[(60, "Report delivered.", True)],
      version=2),
    # 14
    C(lead="USMS", agencies=["FGR", "SRE"], status="waiting", priority="high",
      marking="TLP:AMBER", releasable=True, post="Mexico City", region="Ciudad de México", opened="2026-05-06",
      due="2026-11-25", tags=["extradition"],
      title="Extradition of Subject A to Texas: diplomatic note and translation",
      titleEs="Extradición del Sujeto A a Texas: nota diplomática y traducción",
      summary="The formal extradition request went by diplomatic note. SRE asked for a certified Spanish "
              "translation of the superseding indictment before it forwards the request to the FGR.",
      summaryEs="La solicitud formal de extradición se envió por nota diplomática. La SRE pidió una traducción "
                "certificada al español de la acusación sustitutiva antes de turnarla a la FGR.",
      nextAction="Confirm SRE received the diplomatic note and the certified translation",
      links=[6, 16],
      notes=[(2, "Nota diplomática entregada en la SRE; acuse de recibo pendiente.", True),
             (150, "Translation certified in Washington; courier tracking number in the USMS file.", True),
             (190, "Defense counsel contacted the consulate; details in the USMS system only.", False)],
      version=8),
    # 15
    C(lead="USMS", agencies=["INM", "FGR"], status="active", priority="critical",
      marking="TLP:AMBER", releasable=True, post="Mérida", region="Quintana Roo", opened="2026-11-26",
      due="2026-11-30", tags=["fugitive", "deportation"],
      title="Deportation of a U.S. fugitive held by INM at Cancún airport",
      titleEs="Deportación de un prófugo estadounidense retenido por el INM en el aeropuerto de Cancún",
      summary="INM held Subject C on arrival; an active U.S. warrant for homicide. Deportation on the next "
              "direct flight, escorted by deputies.",
      summaryEs="El INM retuvo al Sujeto C a su llegada; tiene una orden de aprehensión vigente en EE. UU. "
                "por homicidio. Deportación en el siguiente vuelo directo, con escolta de alguaciles.",
      nextAction="Book two deputies on the 30 November flight and send INM the escort names",
      notes=[(0, "INM confirma la retención y la disposición para deportar.", True),
             (1, "Flight held for 30 Nov; escorts to be named.", True)],
      version=3),
    # 16
    C(lead="USMS", agencies=["FGR", "AIC", "SRE"], status="new", priority="high",
      marking="TLP:AMBER+STRICT", releasable=False, post="Monterrey", region="Nuevo León", opened="2026-11-25",
      due="2027-01-25", tags=["extradition", "fugitive"],
      title="Provisional arrest request for a fugitive in Monterrey",
      titleEs="Solicitud de detención provisional con fines de extradición en Monterrey",
      summary="Subject D, charged in Oklahoma, lives in San Pedro Garza García. The provisional arrest "
              "request is being drafted; not shared until the Office of International Affairs signs it.",
      nextAction="Send the draft to the Office of International Affairs for signature",
      links=[14],
      notes=[(0, "Location from a U.S. source; protect until the request is filed.", False)]),
    # 17
    C(lead="USMS", agencies=["INM", "FGR", "GN"], status="closed", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Nuevo Laredo", region="Tamaulipas", opened="2026-04-02",
      due="2026-04-20", tags=["extradition", "handover"],
      title="Extradition handover at the Nuevo Laredo bridge",
      titleEs="Entrega en extradición en el puente de Nuevo Laredo",
      summary="Handover completed at the international bridge with the FGR and the GN escort.",
      nextAction="None; closed",
      notes=[(16, "Entrega realizada sin incidentes.", True)],
      version=3),
    # 18
    C(lead="HSI", agencies=["INM", "FGR", "UIF"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Hermosillo", region="Chiapas", opened="2026-06-01",
      due="2026-11-18", tags=["human-smuggling", "money-laundering"],
      title="Human-smuggling network moving migrants from Chiapas to Sonora",
      titleEs="Red de tráfico de personas que traslada migrantes de Chiapas a Sonora",
      summary="Smugglers charge per segment and pay drivers through money transfers. INM checkpoints "
              "recorded the same buses; UIF can follow the transfers.",
      summaryEs="Los traficantes cobran por tramo y pagan a los choferes con envíos de dinero. Los puntos "
                "de revisión del INM registraron los mismos autobuses; la UIF puede seguir las transferencias.",
      nextAction="Send UIF the remittance references from the seized phones",
      links=[27, 44],
      notes=[(8, "Phones extracted; remittance references listed.", True),
             (70, "Señal débil en la ruta de Palenque: las llamadas se cortan, usar mensajes.", True),
             (120, "Cooperating witness identity: HSI only.", False)],
      version=6),
    # 19
    C(lead="HSI", agencies=["ANAM", "UIF", "FGR"], status="waiting", priority="medium",
      marking="TLP:AMBER+STRICT", releasable=False, post="Guadalajara", region="Colima", opened="2026-07-22",
      due="2027-01-31", tags=["money-laundering", "customs-fraud", "trade"],
      title="Trade-based money laundering: undervalued textile imports through Manzanillo",
      titleEs="Lavado de dinero basado en comercio: importaciones textiles subvaluadas por Manzanillo",
      summary="Textiles Ejemplo del Pacífico S.A. de C.V. declares fabric at a tenth of its value and pays "
              "suppliers from accounts fed by cash deposits. Financial intelligence request to UIF pending.",
      nextAction="UIF financial intelligence request: accounts of the three importing companies",
      links=[2, 22, 44],
      notes=[(5, "Import declarations received from ANAM.", True),
             (40, "U.S. bank records under grand jury secrecy: never to a Mexican partner.", False)],
      version=4),
    # 20
    C(lead="HSI", agencies=["FGR", "SSPC"], status="new", priority="critical",
      marking="TLP:RED", releasable=False, post="Guadalajara", region="Jalisco", opened="2026-11-27",
      due="2026-12-01", tags=["cyber", "child-exploitation", "vetted-unit"],
      title="TCIU vetted unit: child-exploitation server hosted in Guadalajara",
      titleEs="Unidad TCIU investigada: servidor de explotación infantil alojado en Guadalajara",
      summary="A server in a Guadalajara data center hosts abuse material. The vetted TCIU prepares a "
              "search with the FGR; the hosting company must not learn of it.",
      nextAction="Brief the TCIU commander in person; nothing by e-mail",
      notes=[(0, "IP addresses and account identifiers: HSI only until the search.", False)],
      version=2),
    # 21
    C(lead="HSI", agencies=["COFEPRIS", "ANAM", "FGR"], status="active", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Mérida", region="Quintana Roo", opened="2026-09-15",
      due="2027-02-01", tags=["counterfeit", "pharmaceuticals", "fentanyl"],
      title="Counterfeit pharmaceuticals sold to tourists in Quintana Roo",
      titleEs="Medicamentos falsificados vendidos a turistas en Quintana Roo",
      summary="Pharmacies in tourist zones sell 'oxycodone' that tests positive for fentanyl. COFEPRIS "
              "can suspend the pharmacies; the FGR opened an investigation.",
      summaryEs="Farmacias de zonas turísticas venden «oxicodona» que da positivo a fentanilo. La COFEPRIS "
                "puede suspender las farmacias; la FGR abrió una investigación.",
      nextAction="Share the lab results with COFEPRIS for the suspension orders",
      notes=[(12, "Compras de prueba: 9 de 14 tabletas con fentanilo.", True),
             (50, "COFEPRIS suspendió dos farmacias en Tulum.", True)],
      version=4),
    # 22
    C(lead="HSI", agencies=["ANAM", "UIF", "GN"], status="closed", priority="low",
      marking="TLP:AMBER", releasable=True, post="Ciudad Juárez", region="Chihuahua", opened="2026-02-16",
      due="2026-08-31", tags=["money-laundering", "bulk-cash"],
      title="Bulk cash smuggling across the Ciudad Juárez bridges",
      titleEs="Contrabando de efectivo a granel por los puentes de Ciudad Juárez",
      summary="Southbound outbound inspections found USD 1.2 million in vehicle compartments over six "
              "months; the pattern analysis went to the UIF.",
      nextAction="None; closed",
      links=[19],
      notes=[(190, "Análisis entregado a la UIF; se cierra.", True)],
      version=3),
    # 23
    C(lead="CBP", agencies=["GN", "SEDENA", "FGR"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Nogales", region="Sonora", opened="2026-10-20",
      due="2026-11-27", tags=["tunnel", "border", "fentanyl"],
      title="Cross-border tunnel under Nogales: inspection of the Mexican side",
      titleEs="Túnel transfronterizo en Nogales: inspección del lado mexicano",
      summary="Border Patrol found a tunnel exit in a drainage line. The entrance is believed to be in a "
              "house on the Mexican side; the GN and SEDENA must secure it before it is sealed.",
      summaryEs="La Patrulla Fronteriza encontró la salida de un túnel en un drenaje. Se cree que la "
                "entrada está en una casa del lado mexicano; la GN y la SEDENA deben asegurarla antes de "
                "sellarla.",
      nextAction="Get the FGR's search order date for the house",
      notes=[(1, "Coordenadas de la salida compartidas con la GN.", True),
             (25, "Ground-penetrating radar images: CBP only.", False)],
      version=5),
    # 24
    C(lead="CBP", agencies=["ANAM", "GN"], status="waiting", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Nuevo Laredo", region="Tamaulipas", opened="2026-10-28",
      due="2026-12-03", tags=["methamphetamine", "cargo"],
      title="Cargo manifest anomalies: produce trucks hiding methamphetamine",
      titleEs="Anomalías en manifiestos de carga: camiones de productos agrícolas con metanfetamina",
      summary="Three trucks declared as avocados from the same exporter carried methamphetamine. ANAM can "
              "flag the exporter's shipments at origin.",
      nextAction="Wait for ANAM's list of the exporter's shipments since August",
      links=[1],
      notes=[(3, "ANAM confirma que revisará el padrón de exportadores.", True)],
      version=2),
    # 25
    C(lead="CBP", agencies=["INM", "ANAM"], status="new", priority="low",
      marking="TLP:CLEAR", releasable=True, post="Tijuana", region="Baja California", opened="2026-11-16",
      tags=["document-fraud", "border"],
      title="Altered travel documents presented at the Tijuana crossing",
      summary="A cluster of laminated-card alterations; INM may have seen the same workshop's products.",
      nextAction="Share the alteration indicators with INM",
      notes=[]),
    # 26
    C(lead="CBP", agencies=["INM", "GN"], status="closed", priority="low",
      marking="TLP:CLEAR", releasable=True, post="Mérida", region="Yucatán", opened="2026-03-10",
      due="2026-06-30", tags=["aviation", "border", "information-sharing"],
      title="Advance passenger information pilot at Mérida airport",
      titleEs="Piloto de información anticipada de pasajeros en el aeropuerto de Mérida",
      summary="The pilot ended; INM adopted the process for two more airports.",
      nextAction="None; closed",
      notes=[(100, "Piloto concluido con éxito.", True)],
      version=2),
    # 27
    C(lead="USCIS", agencies=["INM", "SRE", "FGR"], status="active", priority="medium",
      marking="TLP:AMBER", releasable=True, post="Monterrey", region="Nuevo León", opened="2026-08-19",
      due="2026-11-22", tags=["document-fraud", "immigration"],
      title="Ring selling fraudulent Mexican birth certificates for U.S. benefits",
      titleEs="Red que vende actas de nacimiento mexicanas falsas para trámites en EE. UU.",
      summary="Forty applications used birth certificates from the same civil registry office. SRE and "
              "INM can check the registry; the FGR investigates the registry clerks.",
      nextAction="Send SRE the 40 certificate numbers for verification",
      links=[18],
      notes=[(10, "La SRE pide la lista en un solo oficio.", True),
             (60, "Applicant files contain U.S. person data: not releasable.", False)],
      version=4),
    # 28
    C(lead="USCIS", agencies=["SRE", "INM"], status="waiting", priority="low",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Ciudad de México", opened="2026-09-30",
      due="2027-03-15", tags=["immigration", "verification"],
      title="Verification of Mexican civil records for an adjudication",
      titleEs="Verificación de actas del registro civil para una resolución migratoria",
      summary="Routine verification request; SRE answers in about 60 days.",
      nextAction="Wait for the SRE answer",
      notes=[(1, "Solicitud enviada.", True)]),
    # 29
    C(lead="USCIS", agencies=["INM", "FGR"], status="new", priority="medium",
      marking="TLP:AMBER", releasable=True, post="Ciudad Juárez", region="Chihuahua", opened="2026-11-20",
      tags=["document-fraud", "marriage-fraud"],
      title="Marriage-fraud brokers in Ciudad Juárez",
      titleEs="Intermediarios de matrimonios fraudulentos en Ciudad Juárez",
      summary="Brokers advertise marriages to U.S. citizens for a fee; twelve petitions so far.",
      nextAction="Meet INM's representative in Chihuahua",
      notes=[(2, "Reunión con el INM propuesta para la primera semana de diciembre.", True)]),
    # 30
    C(lead="USSS", agencies=["FGR", "UIF"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Guadalajara", region="Jalisco", opened="2026-09-08",
      due="2026-12-05", tags=["counterfeit", "currency"],
      title="Counterfeit USD 100 notes printed in Guadalajara",
      titleEs="Billetes falsos de 100 dólares impresos en Guadalajara",
      summary="Notes with the same plate characteristics were passed in Texas and Jalisco. The FGR located "
              "a print shop; UIF traces the sale of the notes.",
      summaryEs="Billetes con las mismas características de placa circularon en Texas y Jalisco. La FGR "
                "localizó una imprenta; la UIF rastrea la venta de los billetes.",
      nextAction="Confirm the FGR's search date for the print shop",
      notes=[(14, "Note analysis from the USSS laboratory shared with the FGR.", True),
             (60, "La Fiscalía tiene la orden de cateo; fecha por confirmar.", True)],
      version=5),
    # 31
    C(lead="USSS", agencies=["FGR", "SSPC"], status="waiting", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Mérida", region="Quintana Roo", opened="2026-08-25",
      due="2026-11-26", tags=["cyber", "skimming", "financial-crime"],
      title="ATM skimming crew targeting tourists in Cancún",
      titleEs="Banda de clonación de tarjetas en cajeros de Cancún",
      summary="Skimmers found in hotel-zone ATMs; card data sold online. Waiting for the SSPC's forensic "
              "report on the devices.",
      nextAction="Ask the SSPC for the forensic report on the skimmers",
      notes=[(20, "Dispositivos entregados a la policía cibernética.", True)],
      version=2),
    # 32
    C(lead="USSS", agencies=["UIF", "FGR"], status="closed", priority="medium",
      marking="TLP:AMBER+STRICT", releasable=False, post="Mexico City", region="Ciudad de México",
      opened="2026-04-14", due="2026-09-30", tags=["cyber", "money-laundering", "bec"],
      title="Business-email compromise: wire transfers to Mexican accounts",
      titleEs="Compromiso de correo empresarial: transferencias a cuentas mexicanas",
      summary="USD 3.4 million wired to six accounts; UIF froze four. Closed on the U.S. side after the "
              "restitution order.",
      nextAction="None; closed",
      links=[7],
      notes=[(30, "Victim company details: U.S. only.", False),
             (160, "UIF congeló cuatro cuentas.", True)],
      version=6),
    # 33
    C(lead="USCG", agencies=["SEMAR", "FGR"], status="active", priority="high",
      marking="TLP:AMBER", releasable=True, post="Mexico City", region="Pacífico (Oaxaca–Guerrero)",
      opened="2026-11-12", due="2026-12-01", tags=["maritime", "cocaine"],
      title="Semi-submersible interdicted in the eastern Pacific: evidence handover to SEMAR",
      titleEs="Semisumergible interceptado en el Pacífico oriental: entrega de evidencia a SEMAR",
      summary="A cutter interdicted a semi-submersible inside Mexico's exclusive economic zone with SEMAR's "
              "consent. The crew and 2.1 t of cocaine go to SEMAR at sea; the FGR needs the boarding "
              "report in Spanish.",
      summaryEs="Un guardacostas interceptó un semisumergible dentro de la zona económica exclusiva de "
                "México con el consentimiento de SEMAR. La tripulación y 2.1 t de cocaína se entregan a "
                "SEMAR en altamar; la FGR necesita el informe de abordaje en español.",
      nextAction="Send the Spanish boarding report to SEMAR before the handover on 1 December",
      notes=[(0, "SEMAR autorizó el abordaje por radio.", True),
             (2, "Intelligence cue behind the interdiction: not releasable.", False)],
      version=4),
    # 34
    C(lead="USCG", agencies=["SEMAR"], status="waiting", priority="low",
      marking="TLP:GREEN", releasable=True, post="Matamoros", region="Tamaulipas", opened="2026-07-07",
      due="2027-04-30", tags=["maritime", "border", "illegal-fishing"],
      title="Fishing launches crossing into Texas waters",
      titleEs="Lanchas pesqueras que cruzan a aguas de Texas",
      summary="Lanchas fish illegally north of the maritime boundary; some carry drugs. SEMAR to patrol "
              "the launch beaches south of the Río Bravo mouth.",
      nextAction="Wait for SEMAR's patrol plan for the spring season",
      notes=[(30, "SEMAR revisará la vigilancia en las playas de Matamoros.", True)],
      version=2),
    # 35
    C(lead="USCG", agencies=["SEMAR"], status="closed", priority="low",
      marking="TLP:CLEAR", releasable=True, post="Matamoros", region="Golfo de México", opened="2026-03-18",
      due="2026-05-15", tags=["maritime", "training", "search-and-rescue"],
      title="Joint search-and-rescue exercise in the Gulf",
      summary="Exercise held; lessons learned shared with SEMAR.",
      nextAction="None; closed",
      notes=[(55, "Ejercicio concluido.", True)],
      version=2),
    # 36
    C(lead="TSA", agencies=["AFAC", "GN", "FGR"], status="active", priority="high",
      marking="TLP:AMBER+STRICT", releasable=False, post="Guadalajara", region="Jalisco", opened="2026-09-21",
      due="2026-11-24", tags=["aviation", "fentanyl", "insider-threat"],
      title="Airport insider threat: fentanyl in checked luggage from Guadalajara",
      titleEs="Amenaza interna en el aeropuerto: fentanilo en equipaje documentado desde Guadalajara",
      summary="Bags checked in Guadalajara arrived in Los Angeles with fentanyl added after screening. "
              "Baggage-handling staff suspected; AFAC and the GN at the airport must not be tipped off "
              "through the airport operator.",
      nextAction="Meet the AFAC inspector in person to plan the baggage-area review",
      links=[1],
      notes=[(5, "Bag-tag data from the airline: TSA only.", False),
             (40, "El inspector de la AFAC está de acuerdo en revisar el área de equipaje.", True)],
      version=4),
    # 37
    C(lead="TSA", agencies=["AFAC", "GN"], status="new", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Monterrey", region="Nuevo León", opened="2026-11-23",
      due="2027-02-28", tags=["aviation", "assessment"],
      title="Last-point-of-departure assessment at Monterrey airport",
      summary="Scheduled assessment of screening for flights to the United States.",
      nextAction="Send AFAC the assessment dates",
      notes=[]),
    # 38
    C(lead="TSA", agencies=["AFAC", "ANAM"], status="waiting", priority="low",
      marking="TLP:CLEAR", releasable=True, post="Mérida", region="Yucatán", opened="2026-10-05",
      tags=["aviation", "cargo"],
      title="Air-cargo screening of shipments from Mérida",
      titleEs="Inspección de carga aérea en envíos desde Mérida",
      summary="AFAC reviews the screening equipment at the cargo terminal.",
      nextAction="Wait for AFAC's equipment review",
      notes=[(12, "AFAC programó la revisión del equipo de rayos X.", True)]),
    # 39
    C(lead="INL", agencies=["FGR", "SSPC"], status="active", priority="medium",
      marking="TLP:CLEAR", releasable=True, post="Tijuana", region="Baja California", opened="2026-04-27",
      due="2027-06-30", tags=["training", "capacity-building", "forensics"],
      title="Forensic laboratory equipment for the FGR in Baja California",
      titleEs="Equipo de laboratorio forense para la FGR en Baja California",
      summary="Delivery and training for a DNA sequencer and a ballistics comparison station.",
      summaryEs="Entrega y capacitación de un secuenciador de ADN y una estación de comparación balística.",
      nextAction="Confirm the installation date with the FGR's laboratory director",
      notes=[(60, "Equipo en aduana; la ANAM pide la constancia de donación.", True)],
      version=3),
    # 40
    C(lead="INL", agencies=["GN", "SSPC", "ANAM"], status="waiting", priority="low",
      marking="TLP:GREEN", releasable=True, post="Ciudad Juárez", region="Chihuahua", opened="2026-08-11",
      due="2026-12-06", tags=["training", "canine", "border"],
      title="Canine-unit training for the GN at the northern border",
      titleEs="Capacitación de binomios caninos para la GN en la frontera norte",
      summary="Twelve handler–dog teams; the course waits for the GN's list of handlers.",
      nextAction="Get the GN's list of handlers",
      notes=[(20, "La GN enviará la lista de guías caninos.", True)],
      version=2),
    # 41
    C(lead="INL", agencies=["SSPC", "SEDENA", "FGR"], status="new", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Nacional", opened="2026-11-19",
      due="2027-01-15", tags=["bicentennial", "firearms", "reporting"],
      title="Bicentennial Framework reporting: firearms-trafficking objective (sample numbering)",
      titleEs="Informe del Entendimiento Bicentenario: objetivo sobre tráfico de armas (numeración de muestra)",
      summary="Quarterly report on the joint objective on firearms trafficking; actions 2.1.1 to 2.1.4 in "
              "this fictional numbering.",
      nextAction="Collect SEDENA's and the FGR's figures for the quarter",
      links=[10],
      notes=[]),
    # 42
    C(lead="INL", agencies=["SRE", "SSPC"], status="active", priority="high",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Nacional", opened="2026-10-02",
      due="2026-11-28", tags=["national-security-law", "compliance", "reporting"],
      title="Monthly foreign-agent report under the National Security Law",
      titleEs="Informe mensual de agentes extranjeros conforme a la Ley de Seguridad Nacional",
      summary="Foreign agents file monthly reports; the embassy's consolidated November report reconciles "
              "each contact logged on this board with the Mexican officials' 3-day reports to SRE and SSPC.",
      summaryEs="Los agentes extranjeros presentan informes mensuales; el informe consolidado de noviembre de "
                "la embajada concilia cada contacto registrado en este tablero con los informes de 3 días "
                "que los servidores públicos mexicanos entregan a la SRE y a la SSPC.",
      nextAction="Reconcile the November contact log with SRE before filing",
      links=[43],
      notes=[(10, "La SRE recuerda el formato del informe mensual.", True),
             (50, "Three contacts in the log lack a matching Mexican report.", True)],
      version=4),
    # 43
    C(lead="DEA", agencies=["AIC", "FGR", "SRE", "SSPC"], status="active", priority="medium",
      marking="TLP:GREEN", releasable=True, post="Mexico City", region="Ciudad de México", opened="2026-11-26",
      due="2026-11-29", tags=["national-security-law", "compliance"],
      title="Meeting with AIC on 26 November: 3-day contact report to SRE and SSPC",
      titleEs="Reunión con la AIC el 26 de noviembre: informe de contacto de 3 días a la SRE y la SSPC",
      summary="The AIC commander met the SIU coordinator on 26 November. Under the 2020 National Security "
              "Law reform he must report the meeting in writing to SRE and SSPC within 3 days.",
      summaryEs="El comandante de la AIC se reunió con el coordinador de la SIU el 26 de noviembre. Conforme "
                "a la reforma de 2020 a la Ley de Seguridad Nacional, debe informar por escrito a la SRE y a "
                "la SSPC dentro de los 3 días siguientes.",
      nextAction="Confirm with the AIC that the report reached SRE and SSPC today",
      links=[42],
      notes=[(0, "Reunión en oficinas de la AIC, 11:00–12:15. Temas: calendario de capacitación.", True)],
      version=2),
    # 44
    C(lead="HSI", agencies=["UIF", "FGR"], status="new", priority="high",
      marking="TLP:AMBER", releasable=True, post="Mexico City", region="Nacional", opened="2026-11-17",
      due="2026-12-03", tags=["money-laundering", "fentanyl", "financial-intelligence"],
      title="UIF request: shell companies behind a fentanyl money-laundering network",
      titleEs="Solicitud a la UIF: empresas fachada de una red de lavado ligada al fentanilo",
      summary="Five companies (Comercializadora Ejemplo, Servicios Ejemplo del Norte...) receive transfers "
              "from the buyers in MX-2026-0001 and pay the importers in MX-2026-0019.",
      summaryEs="Cinco empresas (Comercializadora Ejemplo, Servicios Ejemplo del Norte...) reciben "
                "transferencias de los compradores de MX-2026-0001 y pagan a los importadores de "
                "MX-2026-0019.",
      nextAction="Sign the financial intelligence request and deliver it to the UIF",
      links=[1, 18, 19],
      notes=[(3, "Borrador de solicitud revisado con la Directora de Análisis de la UIF.", True)]),
    # 45
    C(lead="FBI", agencies=["SSPC", "FGR"], status="waiting", priority="low",
      marking="TLP:CLEAR", releasable=True, post="Tijuana", region="Baja California", opened="2026-06-23",
      tags=["cyber", "fraud", "sim-swap"],
      title="SIM-swap fraud against cross-border commuters",
      summary="Victims on both sides; the SSPC cyber police collect complaints.",
      nextAction="Wait for the SSPC's consolidated list of complaints",
      notes=[(15, "La policía cibernética abrió un buzón de denuncias.", True)],
      version=2),
    # 46
    C(lead="CBP", agencies=["ANAM", "GN", "INM"], status="active", priority="critical",
      marking="TLP:RED", releasable=False, post="Nuevo Laredo", region="Tamaulipas", opened="2026-11-25",
      due="2026-12-02", tags=["fentanyl", "border", "threat"],
      title="Threat against port-of-entry officers at Nuevo Laredo",
      titleEs="Amenaza contra oficiales del puerto de entrada en Nuevo Laredo",
      summary="Messages threaten officers who inspect a certain carrier's trucks. The threat source is "
              "sensitive; partners get only the protective measures.",
      nextAction="Agree protective measures with the GN bridge liaison",
      notes=[(0, "Threat source and intercept details: CBP only.", False),
             (1, "La GN refuerza la presencia en el puente.", True)],
      version=3),
]
