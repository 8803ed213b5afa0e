/// The fictional material generated boards are made of: kinds of cases with their lead
/// agencies, tags and texts in English and Spanish, places, officers and names.
///
/// Everything here is invented; placeholders in braces (`{place}`, `{partner}`, `{qty}`) are
/// filled by `BoardGenerator`.
enum GeneratorVocabulary {
    struct Topic {
        var leads: [String]
        var leadWeights: [Int]
        var partners: [String]
        var tags: [String]
        var titles: [(en: String, es: String)]
        var summaries: [(en: String, es: String)]
        var actions: [String]
    }

    struct Place {
        var name: String
        var region: String
        var post: String
    }

    static let topics: [Topic] = [
        Topic(
            leads: ["DEA", "HSI", "CBP"], leadWeights: [6, 2, 1], partners: ["FGR", "AIC", "SEDENA", "SEMAR", "COFEPRIS"],
            tags: ["fentanyl", "precursors", "pill-press", "laboratory", "parcels"],
            titles: [
                ("Fentanyl pill-press seizure near {place}: trace the tableting machines",
                 "Aseguramiento de prensas de fentanilo cerca de {place}: rastreo de las tableteadoras"),
                ("Precursor shipment for fentanyl labs through {place}",
                 "Envío de precursores para laboratorios de fentanilo por {place}"),
                ("Clandestine laboratory dismantled in {place}: chemical profile requested",
                 "Laboratorio clandestino desmantelado en {place}: se solicita perfil químico"),
            ],
            summaries: [
                ("The {partner} seized {qty} kg of powder and two tableting machines at a rural property near {place}. The DEA wants the import history of the machines and the chemical profile to link them to earlier precursor shipments.",
                 "La {partner} aseguró {qty} kg de polvo y dos tableteadoras en un predio rural cerca de {place}. Se busca el historial de importación de las máquinas y el perfil químico para vincularlos con envíos previos de precursores."),
                ("Containers declared as industrial solvents arrived at {place} with {qty} drums of a fentanyl precursor. The {partner} holds the cargo; the question is who ordered it and where the money came from.",
                 "Llegaron a {place} contenedores declarados como solventes industriales con {qty} tambos de un precursor de fentanilo. La {partner} retiene la carga; falta saber quién la pidió y de dónde salió el dinero."),
            ],
            actions: ["Ask the {partner} for the forensic report on the seized powder",
                      "Request the import permits behind the machines' serial numbers",
                      "Share the lab's chemical signature with the {partner} analysts"]),
        Topic(
            leads: ["ATF", "HSI", "CBP"], leadWeights: [6, 2, 1], partners: ["FGR", "SEDENA", "ANAM", "GN"],
            tags: ["firearms", "straw-purchase", "etrace", "border", "explosives"],
            titles: [
                ("Rifles traced to straw purchases seized in {place}",
                 "Rifles rastreados a compras por prestanombres asegurados en {place}"),
                ("Firearms smuggling through the {place} crossing",
                 "Tráfico de armas por el cruce de {place}"),
                ("Grenade components found in a warehouse in {place}",
                 "Componentes de granadas hallados en una bodega de {place}"),
            ],
            summaries: [
                ("The {partner} recovered {qty} rifles after a confrontation near {place}. Serial numbers go through eTrace; three are already tied to a straw buyer in Arizona, and the ATF wants the rest traced before the hearing.",
                 "La {partner} recuperó {qty} rifles tras un enfrentamiento cerca de {place}. Los números de serie pasan por eTrace; tres ya están ligados a un prestanombres en Arizona y la ATF quiere rastrear los demás antes de la audiencia."),
                ("A tractor-trailer stopped at {place} carried {qty} pistols hidden in a false floor. The {partner} asks for the purchase records; the driver says he did not know what he carried.",
                 "Un tractocamión detenido en {place} llevaba {qty} pistolas ocultas en un doble fondo. La {partner} pide los registros de compra; el chofer dice que no sabía lo que transportaba."),
            ],
            actions: ["Send the eTrace results to the {partner} before the hearing",
                      "Confirm the chain of custody of the rifles with the {partner}",
                      "Schedule the joint review of the seized serial numbers"]),
        Topic(
            leads: ["HSI", "USSS", "FBI", "DEA"], leadWeights: [4, 2, 2, 1], partners: ["UIF", "FGR", "ANAM"],
            tags: ["money-laundering", "bulk-cash", "trade", "currency", "financial-intelligence"],
            titles: [
                ("Trade-based money laundering through importers in {place}",
                 "Lavado de dinero basado en comercio mediante importadoras de {place}"),
                ("Bulk cash couriers stopped on the road to {place}",
                 "Correos de efectivo detenidos en la carretera a {place}"),
                ("Shell companies moving remittances out of {place}",
                 "Empresas fachada que mueven remesas desde {place}"),
            ],
            summaries: [
                ("The {partner} flagged {qty} transfers between importers in {place} and accounts in Texas. Invoices overstate the value of textiles; HSI wants the customs declarations matched against the wires.",
                 "La {partner} detectó {qty} transferencias entre importadoras de {place} y cuentas en Texas. Las facturas inflan el valor de textiles; se requiere cruzar los pedimentos aduanales con las transferencias."),
                ("Two couriers carried {qty} thousand dollars in cash in a bus headed to {place}. The {partner} froze related accounts; the financial intelligence report is pending.",
                 "Dos correos llevaban {qty} mil dólares en efectivo en un autobús rumbo a {place}. La {partner} congeló cuentas relacionadas; el informe de inteligencia financiera está pendiente."),
            ],
            actions: ["Ask the {partner} for the account freeze order and its annexes",
                      "Match the customs declarations with the wire transfers",
                      "Prepare the financial intelligence request for the {partner}"]),
        Topic(
            leads: ["FBI", "USSS", "HSI"], leadWeights: [5, 3, 1], partners: ["SSPC", "FGR", "CNI", "UIF"],
            tags: ["cyber", "ransomware", "bec", "sim-swap", "skimming"],
            titles: [
                ("Ransomware attack on a hospital network in {place}",
                 "Ataque de ransomware a la red de un hospital en {place}"),
                ("Business email compromise against exporters in {place}",
                 "Fraude por suplantación de correo corporativo contra exportadores de {place}"),
                ("ATM skimming ring operating in {place}",
                 "Red de clonación de tarjetas en cajeros de {place}"),
            ],
            summaries: [
                ("A ransomware group encrypted {qty} servers of a hospital network in {place}. The {partner} cyber police preserved the logs; the FBI has indicators that link the wallet to an earlier attack in Texas.",
                 "Un grupo de ransomware cifró {qty} servidores de una red hospitalaria en {place}. La policía cibernética de la {partner} preservó las bitácoras; el FBI tiene indicadores que ligan la cartera con un ataque previo en Texas."),
                ("Exporters in {place} wired {qty} thousand dollars to accounts that impersonated their suppliers. The {partner} traced the first hop; the Secret Service follows the money in the United States.",
                 "Exportadores de {place} transfirieron {qty} mil dólares a cuentas que suplantaban a sus proveedores. La {partner} rastreó el primer salto; el Servicio Secreto sigue el dinero en Estados Unidos."),
            ],
            actions: ["Exchange the indicators of compromise with the {partner}",
                      "Request preservation of the mail server logs",
                      "Brief the {partner} on the wallet analysis"]),
        Topic(
            leads: ["USMS", "FBI"], leadWeights: [5, 1], partners: ["FGR", "SRE", "INM"],
            tags: ["fugitive", "extradition", "handover", "deportation"],
            titles: [
                ("Fugitive located in {place}: provisional arrest request",
                 "Prófugo localizado en {place}: solicitud de detención provisional"),
                ("Extradition of a murder suspect held in {place}",
                 "Extradición de un probable homicida detenido en {place}"),
                ("Handover at the {place} port of entry",
                 "Entrega en el puerto de entrada de {place}"),
            ],
            summaries: [
                ("A fugitive wanted in California for {qty} counts of fraud was seen in {place}. The {partner} needs the provisional arrest request through diplomatic channels before it can act.",
                 "Un prófugo buscado en California por {qty} cargos de fraude fue visto en {place}. La {partner} necesita la solicitud de detención provisional por la vía diplomática antes de actuar."),
                ("The {partner} holds a suspect in {place}; the extradition packet has {qty} annexes still to translate. The Marshals coordinate the handover date with the consulate.",
                 "La {partner} tiene detenido a un sospechoso en {place}; al expediente de extradición le faltan {qty} anexos por traducir. Los Marshals coordinan la fecha de entrega con el consulado."),
            ],
            actions: ["Send the translated annexes to the {partner}",
                      "Confirm the handover date and the crossing point",
                      "Ask the {partner} for the status of the arrest warrant"]),
        Topic(
            leads: ["CBP", "HSI", "USCIS"], leadWeights: [3, 3, 2], partners: ["INM", "GN", "SRE"],
            tags: ["human-smuggling", "immigration", "document-fraud", "minors", "border"],
            titles: [
                ("Human smuggling network moving migrants through {place}",
                 "Red de tráfico de personas que mueve migrantes por {place}"),
                ("Forged visas sold in {place}",
                 "Visas falsificadas vendidas en {place}"),
                ("Unaccompanied minors found in a safe house in {place}",
                 "Menores no acompañados hallados en una casa de seguridad en {place}"),
            ],
            summaries: [
                ("The {partner} rescued {qty} migrants from a trailer near {place}. The drivers had phones with contacts in Houston; HSI wants the extraction reports to map the network on both sides.",
                 "La {partner} rescató a {qty} migrantes de una caja seca cerca de {place}. Los choferes tenían teléfonos con contactos en Houston; se piden los informes de extracción para trazar la red en ambos lados."),
                ("A notary's office in {place} sold {qty} forged visa appointments. The {partner} searched the office; USCIS checks which applications used the documents.",
                 "Una notaría de {place} vendió {qty} citas de visa falsificadas. La {partner} cateó la oficina; USCIS revisa qué solicitudes usaron los documentos."),
            ],
            actions: ["Ask the {partner} for the list of rescued people and their consulates",
                      "Check the seized documents against the visa records",
                      "Coordinate the interviews with the {partner}"]),
        Topic(
            leads: ["USCG", "DEA", "INL"], leadWeights: [4, 2, 1], partners: ["SEMAR"],
            tags: ["maritime", "cocaine", "search-and-rescue", "illegal-fishing"],
            titles: [
                ("Go-fast boat interdicted off {place}",
                 "Lancha rápida interceptada frente a {place}"),
                ("Semi-submersible sighted south of {place}",
                 "Semisumergible avistado al sur de {place}"),
                ("Search and rescue exercise with the Navy at {place}",
                 "Ejercicio de búsqueda y rescate con la Marina en {place}"),
            ],
            summaries: [
                ("The {partner} stopped a go-fast boat with {qty} bales off {place} after a Coast Guard patrol aircraft reported it. The crew claims Ecuadorian nationality; the bales went to the naval base.",
                 "La {partner} detuvo una lancha rápida con {qty} bultos frente a {place} después del aviso de un avión de patrulla de la Guardia Costera. La tripulación dice ser ecuatoriana; los bultos quedaron en la base naval."),
                ("Joint exercise planned with the {partner} at {place} for {qty} vessels. The Coast Guard brings the instructors; the Navy the boats and the range.",
                 "Ejercicio conjunto previsto con la {partner} en {place} con {qty} embarcaciones. La Guardia Costera pone a los instructores; la Marina, las lanchas y el polígono."),
            ],
            actions: ["Confirm the boarding report with the {partner}",
                      "Send the patrol aircraft's track to the {partner}",
                      "Agree on the exercise dates with the {partner}"]),
        Topic(
            leads: ["TSA", "CBP", "HSI"], leadWeights: [4, 2, 1], partners: ["AFAC", "GN", "ANAM"],
            tags: ["aviation", "cargo", "insider-threat", "verification", "customs"],
            titles: [
                ("Airport insider moving parcels at {place}",
                 "Empleado del aeropuerto de {place} que mueve paquetes"),
                ("Air cargo screening review at {place}",
                 "Revisión de la inspección de carga aérea en {place}"),
                ("Customs fraud on declared goods at {place}",
                 "Fraude aduanero en mercancías declaradas en {place}"),
            ],
            summaries: [
                ("A ramp worker at {place} carried {qty} parcels past screening over three months. The {partner} opened an administrative review; TSA wants the access logs for the flights to the United States.",
                 "Un trabajador de plataforma en {place} pasó {qty} paquetes sin inspección durante tres meses. La {partner} abrió una revisión administrativa; TSA pide las bitácoras de acceso de los vuelos a Estados Unidos."),
                ("The {partner} found {qty} undeclared shipments of electronics at {place}. Values were split to stay under the threshold; CBP compares them with the entries on the U.S. side.",
                 "La {partner} halló {qty} envíos no declarados de electrónicos en {place}. Los valores se dividieron para quedar bajo el umbral; CBP los compara con las entradas del lado estadounidense."),
            ],
            actions: ["Request the access logs from the {partner}",
                      "Review the screening procedures with the {partner}",
                      "Compare the manifests with the U.S. entries"]),
        Topic(
            leads: ["INL", "FBI", "DEA", "ATF"], leadWeights: [4, 1, 1, 1], partners: ["SSPC", "FGR", "SEDENA", "SEMAR", "GN"],
            tags: ["training", "capacity-building", "forensics", "canine", "vetted-unit"],
            titles: [
                ("Forensics training for state prosecutors in {place}",
                 "Capacitación forense para fiscales estatales en {place}"),
                ("Canine units certified for the {partner} in {place}",
                 "Certificación de binomios caninos para la {partner} en {place}"),
                ("Vetted unit polygraph cycle in {place}",
                 "Ciclo de poligrafía de la unidad confiable en {place}"),
            ],
            summaries: [
                ("INL funds a course for {qty} prosecutors and experts of the {partner} in {place}: crime scene work, chain of custody and ballistics. The venue and the interpreters are still to confirm.",
                 "INL financia un curso para {qty} fiscales y peritos de la {partner} en {place}: trabajo en escena del crimen, cadena de custodia y balística. Faltan por confirmar la sede y los intérpretes."),
                ("{qty} officers of the vetted unit in {place} are due for their polygraph cycle. The {partner} sends the list; results go to the unit's coordinator only.",
                 "{qty} elementos de la unidad confiable en {place} deben pasar su ciclo de poligrafía. La {partner} envía la lista; los resultados van solo al coordinador de la unidad."),
            ],
            actions: ["Confirm the venue and the interpreters with the {partner}",
                      "Send the course agenda to the {partner}",
                      "Collect the participants' list from the {partner}"]),
        Topic(
            leads: ["FBI", "HSI", "USMS"], leadWeights: [3, 3, 1], partners: ["FGR", "SSPC", "SRE"],
            tags: ["kidnapping", "u.s.-citizen", "child-exploitation", "corruption", "gangs"],
            titles: [
                ("Kidnapping of a U.S. citizen near {place}",
                 "Secuestro de un ciudadano estadounidense cerca de {place}"),
                ("Online child exploitation network traced to {place}",
                 "Red de explotación infantil en línea rastreada hasta {place}"),
                ("Gang extortion of businesses in {place}",
                 "Extorsión de pandillas a comercios de {place}"),
            ],
            summaries: [
                ("A U.S. citizen was taken near {place}; the family received {qty} calls asking for ransom. The {partner} anti-kidnapping unit leads; the FBI supports the negotiation from the embassy.",
                 "Un ciudadano estadounidense fue privado de la libertad cerca de {place}; la familia recibió {qty} llamadas pidiendo rescate. La unidad antisecuestros de la {partner} encabeza; el FBI apoya la negociación desde la embajada."),
                ("Accounts in {place} shared abuse material with {qty} users in the United States. The {partner} identified the uploader; HSI asks for the seized devices to be examined.",
                 "Cuentas en {place} compartieron material de abuso con {qty} usuarios en Estados Unidos. La {partner} identificó a quien lo subía; HSI pide que se examinen los dispositivos asegurados."),
            ],
            actions: ["Call the {partner} unit lead for an update",
                      "Send the consular notification to the {partner}",
                      "Ask the {partner} for the device extraction reports"]),
    ]

    static let places: [Place] = [
        Place(name: "Culiacán", region: "Sinaloa", post: "Hermosillo"),
        Place(name: "Mazatlán", region: "Sinaloa", post: "Hermosillo"),
        Place(name: "Manzanillo", region: "Colima", post: "Guadalajara"),
        Place(name: "Lázaro Cárdenas", region: "Michoacán", post: "Guadalajara"),
        Place(name: "Tijuana", region: "Baja California", post: "Tijuana"),
        Place(name: "Mexicali", region: "Baja California", post: "Tijuana"),
        Place(name: "Ciudad Juárez", region: "Chihuahua", post: "Ciudad Juárez"),
        Place(name: "Nogales", region: "Sonora", post: "Nogales"),
        Place(name: "Hermosillo", region: "Sonora", post: "Hermosillo"),
        Place(name: "Nuevo Laredo", region: "Tamaulipas", post: "Nuevo Laredo"),
        Place(name: "Reynosa", region: "Tamaulipas", post: "Matamoros"),
        Place(name: "Matamoros", region: "Tamaulipas", post: "Matamoros"),
        Place(name: "Monterrey", region: "Nuevo León", post: "Monterrey"),
        Place(name: "Guadalajara", region: "Jalisco", post: "Guadalajara"),
        Place(name: "Puerto Vallarta", region: "Jalisco", post: "Guadalajara"),
        Place(name: "León", region: "Guanajuato", post: "Guadalajara"),
        Place(name: "Ciudad de México", region: "Ciudad de México", post: "Mexico City"),
        Place(name: "Toluca", region: "Estado de México", post: "Mexico City"),
        Place(name: "Querétaro", region: "Querétaro", post: "Mexico City"),
        Place(name: "Veracruz", region: "Veracruz", post: "Mexico City"),
        Place(name: "Acapulco", region: "Guerrero", post: "Mexico City"),
        Place(name: "Oaxaca", region: "Oaxaca", post: "Mexico City"),
        Place(name: "Tapachula", region: "Chiapas", post: "Mérida"),
        Place(name: "Cancún", region: "Quintana Roo", post: "Mérida"),
        Place(name: "Mérida", region: "Yucatán", post: "Mérida"),
        Place(name: "Ciudad del Carmen", region: "Campeche", post: "Mérida"),
    ]

    static let officers = [
        "mholloway", "acastellanos", "jtrevino", "kokafor", "lmendez", "dwhitaker", "rnavarro", "spatel",
        "bquinones", "tnguyen", "eortiz", "cfitzgerald", "mibanez", "jkowalski", "averdugo", "pmunoz",
        "gsolis", "hbrennan", "ychavez", "wdelgado", "nrosales", "fgarcia", "olindqvist", "xpena",
    ]

    static let notes: [String] = [
        "Call with the {partner} liaison: they confirm receipt of the request and will answer this week.",
        "Llamada con el enlace de la {partner}: confirman que recibieron la solicitud y responden esta semana.",
        "Reunión en la Fiscalía: la {partner} acepta compartir el dictamen cuando esté firmado.",
        "Meeting at the {partner} in {place}; agreed on a joint timeline and a single point of contact.",
        "El agente del Ministerio Público pidió la traducción certificada de los anexos antes del viernes.",
        "Sent the MLAT draft to the Office of International Affairs for review; no answer yet.",
        "Se envió el oficio a la {partner} con copia a la Cancillería; acuse de recibo pendiente.",
        "Source reporting stays with the lead agency; not for the meeting with the {partner}.",
        "La {partner} informa que el juez de control calificó de legal la detención en {place}.",
        "Follow-up: the {partner} analyst is on leave until next Monday; the deputy takes the file.",
        "Llamada con el coordinador regional en {place}: piden una reunión técnica la próxima semana.",
        "Photos and serial numbers received from the {partner}; uploaded to the case folder.",
        "Se acordó con la {partner} un canal seguro para intercambiar la información técnica.",
        "HQ asks for a one-page update before the interagency meeting on Monday.",
        "La {partner} solicita apoyo con peritos en química; se consulta disponibilidad.",
        "Nothing new this week; the {partner} says the file is with the prosecutor in {place}.",
    ]

    static let firstNames = [
        "Laura", "Daniel", "María José", "Andrés", "Sofía", "Javier", "Lucía", "Héctor", "Ximena", "Raúl",
        "Guadalupe", "Emily", "Michael", "Sarah", "Kevin", "Ana Sofía", "José Ángel", "Mónica", "Iñaki",
        "Rebecca", "Tomás", "Verónica", "Óscar", "Brenda", "Jesús", "Patricia", "Karen", "Efraín",
    ]

    static let lastNames = [
        "Méndez", "Whitaker", "Núñez", "Castellanos", "Treviño", "Okafor", "Ibáñez", "Holloway", "Peña",
        "Gómez", "Rodríguez", "Fitzgerald", "Solís", "Chávez", "Muñoz", "Kowalski", "Delgado", "Ortiz",
        "Quiñones", "Navarro", "Brennan", "Verdugo", "Zúñiga", "Lindqvist", "Ávila", "Cortés",
    ]

    static let roles: [String: [String]] = [
        "US": ["Special Agent", "Assistant Attaché", "Country Attaché", "Intelligence Analyst",
               "Program Manager", "Liaison Officer", "Supervisory Special Agent"],
        "MX": ["Agente del Ministerio Público", "Director de área", "Enlace internacional",
               "Analista de inteligencia", "Coordinador regional", "Perito en química", "Jefe de unidad"],
    ]

    static let posts = ["Mexico City", "Guadalajara", "Mérida", "Ciudad Juárez", "Nuevo Laredo", "Monterrey",
                        "Tijuana", "Matamoros", "Hermosillo", "Nogales"]
}
