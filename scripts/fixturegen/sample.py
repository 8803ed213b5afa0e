"""Builds the sample board's case records from the hand-written entries in cases.py."""

import datetime
import random

from . import cases as case_entries
from .contacts import POSTS

REFERENCE_DAY = datetime.date(2026, 11, 29)
STATUSES = ["new", "active", "waiting", "closed"]
PRIORITIES = ["low", "medium", "high", "critical"]
MARKINGS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]

# Per case: the officer who owns it, by name, when the default (same post, else Mexico City) is
# not the one.
OFFICER = {2: "Daniel Whitaker", 43: "Daniel Whitaker", 45: "Sarah Kim"}
# Per case: contacts beyond one per agency, by name.
EXTRA_CONTACTS = {
    1: ["Andrés Castellanos"],
    2: ["王芳"],
    3: ["Andrés Castellanos"],
    5: ["Fernando Aguilar Muñoz"],
    7: ["Sarah Kim"],
    14: ["José Ángel Núñez Peña"],
    16: ["José Ángel Núñez Peña"],
    19: ["Gerardo Lira Valenzuela"],
    42: ["Emilio Zepeda Garza"],
    43: ["Emilio Zepeda Garza"],
}


def _stamp(day, hour, minute):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00Z"


def _pick(contacts, agency, post):
    same = [c for c in contacts if c["agency"] == agency and c["post"] == post]
    capital = [c for c in contacts if c["agency"] == agency and c["post"] == "Mexico City"]
    anywhere = [c for c in contacts if c["agency"] == agency]
    for group in (same, capital, anywhere):
        if group:
            return group[0]["id"]
    raise AssertionError(f"no contact at {agency}")


def build(contacts, logins, registry):
    rng = random.Random(20261129)
    codes = {agency["code"] for agency in registry}
    records = []
    for number, entry in enumerate(case_entries.CASES, start=1):
        case_id = f"MX-2026-{number:04d}"
        lead, post = entry["lead"], entry["post"]
        assert lead in codes and all(a in codes for a in entry["agencies"]), case_id
        assert post in POSTS, case_id
        assert lead not in entry["agencies"], case_id

        by_name = {c["name"]: c for c in contacts}
        officer = by_name[OFFICER[number]]["id"] if number in OFFICER else _pick(contacts, lead, post)
        assert officer in logins, f"{case_id}: the owner must be a U.S. officer"
        chosen = [officer]
        for agency in entry["agencies"]:
            contact_id = _pick(contacts, agency, post)
            if contact_id not in chosen:
                chosen.append(contact_id)
        for name in EXTRA_CONTACTS.get(number, []):
            contact_id = by_name[name]["id"]
            if contact_id not in chosen:
                chosen.append(contact_id)
        # Other U.S. officers on the case write notes too; the interpreter does not.
        roles = {c["id"]: c["role"] for c in contacts}
        authors = [logins[c] for c in chosen if c in logins and "interpreter" not in roles[c]]

        opened = datetime.date.fromisoformat(entry["opened"])
        created_at = _stamp(opened, rng.randint(14, 18), rng.choice([0, 10, 20, 30, 40, 50]))
        notes = []
        for index, (offset, text, releasable) in enumerate(entry["notes"]):
            day = opened + datetime.timedelta(days=offset)
            assert day < REFERENCE_DAY, f"{case_id}: note after the reference day"
            at = _stamp(day, rng.randint(19, 23) if offset == 0 else rng.randint(14, 23), rng.randint(0, 59))
            notes.append({"at": at, "author": authors[index % len(authors)], "text": text,
                          "releasableToMexico": releasable})
        notes.sort(key=lambda note: note["at"])
        assert created_at <= min([n["at"] for n in notes], default=created_at), case_id

        version = entry.get("version", 1 + len(notes))
        assert version >= 1 + len(notes), f"{case_id}: version below its number of changes"
        if notes:
            updated_at, updated_by = notes[-1]["at"], notes[-1]["author"]
        else:
            updated_at, updated_by = created_at, logins[officer]
        if version > 1 + len(notes):
            # Some edits besides notes (status, next action): the last one a little after the last note.
            last = datetime.date.fromisoformat(updated_at[:10])
            bumped = min(last + datetime.timedelta(days=1), REFERENCE_DAY - datetime.timedelta(days=1))
            updated_at = max(updated_at, _stamp(bumped, rng.randint(14, 23), rng.randint(0, 59)))
            updated_by = logins[officer]

        record = {
            "id": case_id,
            "title": entry["title"],
            "summary": entry["summary"],
            "status": entry["status"],
            "priority": entry["priority"],
            "marking": entry["marking"],
            "releasableToMexico": entry["releasable"],
            "leadAgency": lead,
            "agencies": entry["agencies"],
            "contacts": chosen,
            "tags": entry["tags"],
            "region": entry["region"],
            "post": post,
            "opened": entry["opened"],
            "nextAction": entry["nextAction"],
            "links": [f"MX-2026-{n:04d}" for n in entry.get("links", [])],
            "notes": notes,
            "version": version,
            "createdAt": created_at,
            "createdBy": logins[officer],
            "updatedAt": updated_at,
            "updatedBy": updated_by,
        }
        for optional in ("titleEs", "summaryEs"):
            if optional in entry:
                record[optional] = entry[optional]
        if entry.get("due") is not None:
            assert entry["due"] >= entry["opened"], f"{case_id}: due before opened"
            record["due"] = entry["due"]
        records.append(record)

    _link_both_ways(records)
    _check_spread(records)
    return records


def _link_both_ways(records):
    by_id = {record["id"]: record for record in records}
    for record in records:
        for other in record["links"]:
            assert other in by_id and other != record["id"], f"{record['id']}: bad link {other}"
            if record["id"] not in by_id[other]["links"]:
                by_id[other]["links"].append(record["id"])
    for record in records:
        record["links"].sort()


def _check_spread(records):
    """The promises Fixtures/README.md and FixturesTests make about the sample board."""
    def count(field, value):
        return sum(1 for r in records if r[field] == value)

    assert len(records) >= 40
    for field, values in (("status", STATUSES), ("priority", PRIORITIES), ("marking", MARKINGS)):
        for value in values:
            assert count(field, value) >= 3, f"{field} {value} used {count(field, value)} times"
    assert set(POSTS) == {r["post"] for r in records}
    reference = REFERENCE_DAY.isoformat()
    week = (REFERENCE_DAY + datetime.timedelta(days=7)).isoformat()
    open_cases = [r for r in records if r["status"] != "closed"]
    assert sum(1 for r in open_cases if r.get("due", "9999") < reference) >= 3
    assert sum(1 for r in open_cases if reference <= r.get("due", "0000") <= week) >= 3
    assert sum(1 for r in records if "due" not in r) >= 3
    assert sum(1 for r in records if not r["releasableToMexico"]) >= 3
    assert sum(1 for r in records if any(not n["releasableToMexico"] for n in r["notes"])) >= 3
