"""A small board whose text fields try to attack the terminal that shows them.

Every record is valid for the decoders; only the texts are hostile. Whatever reaches the
screen or a text export must show these as visible placeholders (DESIGN.md, terminal rules).
"""

ESC = "\u001b"
BEL = "\u0007"
OSC_TITLE = f"{ESC}]0;pwned{BEL}"  # sets the terminal window title
CLEAR_SCREEN = f"{ESC}[2J{ESC}[H"  # clears the screen, cursor home
OSC_CLIPBOARD = f"{ESC}]52;c;ZWNobyBwd25lZCA+IH4vLmJhc2hyYw=={BEL}"  # writes "echo pwned > ~/.bashrc" to the clipboard
C1_CSI = "\u009b"  # eight-bit CSI: "\u009b31m" is red on terminals that honour C1
RLO = "\u202e"  # right-to-left override
LRI, PDI = "\u2066", "\u2069"
ZWSP, ZWJ, BOM = "\u200b", "\u200d", "\ufeff"
LONG_CJK = "跨境芬太尼前体化学品走私联合调查：墨西哥太平洋港口集装箱与空运包裹的全链条追踪" * 4
DECOMPOSED = "Fiscali\u0301a General de la Repu\u0301blica, Me\u0301rida"  # NFD: combining acute accents
ZALGO = "Z\u0337\u0322\u0359a\u0335\u0317l\u0334\u0354g\u0338\u031eo\u0335\u0331"  # stacked combining marks

BOARD = {
    "schemaVersion": 1,
    "name": f"Hostile board (FICTIONAL){OSC_TITLE}{CLEAR_SCREEN}",
    "createdAt": "2026-11-01T15:00:00Z",
    "defaultLanguage": "en",
}

CONTACTS = [
    {
        "id": "C-0001",
        "name": f"{ESC}[31mRojo{ESC}[0m Agente",
        "agency": "FGR",
        "role": f"Enlace{OSC_CLIPBOARD}",
        "post": "Mexico City",
        "phones": [f"+52 55 5550 0101{ESC}[8m hidden"],
        "email": f"rojo.agente.fgr@example.mx{RLO}gro.elpmaxe",
        "languages": ["es"],
        "notes": f"Line one\rOVERWRITTEN{ESC}[K",
        "lastContact": "2026-11-20T16:00:00Z",
        "version": 1,
    },
    {
        "id": "C-0002",
        "name": "王芳" * 12,
        "agency": "INL",
        "role": ZALGO,
        "post": "Mérida",
        "phones": ["+52 999 555 0102"],
        "email": f"wfang{ZWSP}.inl@example.org",
        "languages": ["zh", "es", "en"],
        "notes": f"C1 CSI: {C1_CSI}31mred{C1_CSI}0m and DEL\u007f and NUL\u0000 and BEL{BEL}",
        "version": 1,
    },
    {
        "id": "C-0003",
        "name": f"{LRI}Ana{PDI} {RLO}zeréP{ZWJ}",
        "agency": "DEA",
        "role": "Special Agent" + " (very long role)" * 20,
        "post": f"Tijuana{ESC}]8;;https://example.org/{BEL}link{ESC}]8;;{BEL}",
        "phones": [],
        "email": "ana.perez.dea@example.org",
        "languages": ["es", "en"],
        "notes": f"{BOM}starts with a byte-order mark",
        "version": 1,
    },
]

CASES = [
    {
        "id": "MX-2026-0801",
        "title": f"Routine meeting{OSC_TITLE}{CLEAR_SCREEN}",
        "summary": f"Paste this: {OSC_CLIPBOARD} and nothing happened.",
        "status": "active",
        "priority": "high",
        "marking": "TLP:GREEN",
        "releasableToMexico": True,
        "leadAgency": "DEA",
        "agencies": ["FGR"],
        "contacts": ["C-0001", "C-0003"],
        "tags": [f"fent{ZWSP}anyl", f"{ESC}[5mblink"],
        "region": f"Sinaloa{RLO}",
        "post": "Hermosillo",
        "opened": "2026-11-01",
        "due": "2026-11-20",
        "nextAction": f"Call back\rDELETE ALL CASES NOW{ESC}[0K",
        "links": ["MX-2026-0802"],
        "notes": [
            {
                "at": "2026-11-02T16:00:00Z",
                "author": f"dwhitaker{ESC}[2K",
                "text": f"Invoice {RLO}fdp.exe{PDI} attached; C1: {C1_CSI}2J",
                "releasableToMexico": True,
            },
            {
                "at": "2026-11-03T16:00:00Z",
                "author": "dwhitaker",
                "text": "Not releasable" + ZWSP * 40 + " (forty zero-width spaces before this)",
                "releasableToMexico": False,
            },
        ],
        "version": 3,
        "createdAt": "2026-11-01T15:00:00Z",
        "createdBy": "dwhitaker",
        "updatedAt": "2026-11-03T16:00:00Z",
        "updatedBy": "dwhitaker",
    },
    {
        "id": "MX-2026-0802",
        "title": LONG_CJK,
        "titleEs": DECOMPOSED,
        "summary": LONG_CJK + "\n" + ZALGO * 10,
        "summaryEs": DECOMPOSED + " — " + "ñ" * 200,
        "status": "waiting",
        "priority": "critical",
        "marking": "TLP:RED",
        "releasableToMexico": False,
        "leadAgency": "HSI",
        "agencies": ["UIF", "INM"],
        "contacts": ["C-0002"],
        "tags": ["跨境", "money-laundering"],
        "region": "Quintana Roo",
        "post": "Mérida",
        "opened": "2026-10-15",
        "due": "2026-12-01",
        "nextAction": "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ and 🇲🇽🇺🇸 flags and 👩‍👩‍👧 a family",
        "links": ["MX-2026-0801"],
        "notes": [],
        "version": 1,
        "createdAt": "2026-10-15T15:00:00Z",
        "createdBy": "bcole",
    },
    {
        "id": "MX-2026-0803",
        "title": "A" * 500,
        "summary": "Tabs\tand\tvertical\u000btabs and form\u000cfeeds and line\u2028separators\u2029paragraphs",
        "status": "new",
        "priority": "low",
        "marking": "TLP:CLEAR",
        "releasableToMexico": True,
        "leadAgency": "ATF",
        "agencies": ["SEDENA"],
        "contacts": [],
        "tags": [],
        "region": "",
        "post": "Nogales",
        "opened": "2026-11-28",
        "nextAction": "<script>alert('html export')</script> & \"quotes\" | `backticks` $(whoami)",
        "links": [],
        "notes": [
            {
                "at": "2026-11-28T18:00:00Z",
                "author": "eashworth",
                "text": "Markdown: # heading\n- [link](javascript:alert(1))\n```\ncode\n```",
                "releasableToMexico": True,
            }
        ],
        "version": 2,
        "createdAt": "2026-11-28T17:00:00Z",
        "createdBy": "eashworth",
        "updatedAt": "2026-11-28T18:00:00Z",
        "updatedBy": "eashworth",
    },
]
