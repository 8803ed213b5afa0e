"""Files for the store's tests of damaged data. Written as text, byte for byte, so the place of
each error is known; generate() checks it with Python's parser and Fixtures/README.md names it.
"""

# A missing comma at the end of line 12: the parser stops at the `"` that opens "id" on
# line 13, column 5.
CONTACTS = """\
[
  {
    "agency": "FGR",
    "email": "ana.ruiz.fgr@example.mx",
    "id": "C-0001",
    "languages": ["es", "en"],
    "name": "Ana Ruiz Peña",
    "version": 1
  },
  {
    "agency": "DEA",
    "email": "jmorales.dea@example.org"
    "id": "C-0002",
    "languages": ["en", "es"],
    "name": "Julia Morales",
    "version": 1
  }
]
"""
CONTACTS_ERROR = (13, 5)
# Foundation's JSONSerialization reports "around character 239": the 0-based UTF-8 byte offset
# ("Peña" on line 7 takes one byte more than it has characters).
CONTACTS_ERROR_BYTE = 239

# An unquoted value on line 15: the parser stops at the `a` of active, line 15, column 13.
CASE_SYNTAX = """\
{
  "agencies": [
    "FGR"
  ],
  "createdAt": "2026-11-02T16:00:00Z",
  "createdBy": "dwhitaker",
  "id": "MX-2026-0901",
  "leadAgency": "DEA",
  "marking": "TLP:AMBER",
  "opened": "2026-11-02",
  "post": "Mexico City",
  "priority": "high",
  "releasableToMexico": true,
  "region": "Sinaloa",
  "status": active,
  "summary": "A hand edit left the status without quotes.",
  "title": "Damaged case: syntax error",
  "version": 1
}
"""
CASE_SYNTAX_ERROR = (15, 13)
CASE_SYNTAX_ERROR_BYTE = 311

# Well-formed JSON, but `version` is a string: a type error on the key `version`.
CASE_WRONG_TYPE = {
    "agencies": ["FGR"],
    "createdAt": "2026-11-02T16:00:00Z",
    "createdBy": "dwhitaker",
    "id": "MX-2026-0902",
    "leadAgency": "DEA",
    "marking": "TLP:AMBER",
    "opened": "2026-11-02",
    "post": "Mexico City",
    "priority": "high",
    "releasableToMexico": True,
    "region": "Sinaloa",
    "status": "active",
    "summary": "Written by a script that spelled the version out.",
    "title": "Damaged case: wrong type",
    "version": "two",
}

BOARD_NEWER = {
    "createdAt": "2031-01-15T15:00:00Z",
    "defaultLanguage": "en",
    "name": "Board from a future Enlace (FICTIONAL)",
    "schemaVersion": 99,
}

# Three whole lines, then a fourth cut off mid-write (no final newline), as a crash leaves it.
AUDIT = (
    '{"at":"2026-11-27T16:00:00Z","change":"created","entity":"case","id":"MX-2026-0001","user":"mholloway","version":1}\n'
    '{"at":"2026-11-27T16:05:00Z","change":{"status":{"from":"new","to":"active"}},"entity":"case","id":"MX-2026-0001","user":"mholloway","version":2}\n'
    '{"at":"2026-11-28T09:30:00Z","change":"note added","entity":"case","id":"MX-2026-0001","user":"dwhitaker","version":3}\n'
    '{"at":"2026-11-28T09:31:00Z","change":{"nextAction":{"from":"Call FGR","to":"Ask COFE'
)
AUDIT_WHOLE_LINES = 3
