"""Student numbers from the LMS's own export (issue 18): whose data variant each submission is graded on.

Each LMS export that `smm grade` already reads also says who is who:
- Moodle's grading worksheet: ``Identifier`` ("Participant 70001") and, where the site shows it,
  the ``ID number`` identity column (user.idnumber, usually the student number);
- Canvas's gradebook export: ``ID`` (the user id in the download's file names) and ``SIS User ID``;
- Brightspace's class list: ``OrgDefinedId`` per name (the download names students only by name).
The result is written to the course's ``student_numbers.csv`` (see smmlib/sandbox/student_number.py).
"""
import csv
from pathlib import Path

from smmlib.grader.lms import brightspace, moodle
from smmlib.variants import normalize_number

MOODLE_ID_NUMBER = ("ID number", "ID-nummer", "Idnummer", "Identificatienummer")  # Dutch names: assumed
CANVAS_SIS_ID = "SIS User ID"
NUMBERS_FILE = "student_numbers.csv"


def from_export(lms, export, jobs):
    """({student id: raw student number}, notes) from the export `read_export` returned for `lms`."""
    if lms == "moodle":
        header, body, columns = export
        column = next((i for i, h in enumerate(header) if h in MOODLE_ID_NUMBER), None)
        if column is None:
            return {}, ["Moodle: the worksheet has no ID number column, so the student numbers come from the "
                        "notebooks (ask the site admin to show ID number as an identity field)"]
        by_lms_id = {moodle._participant_id(row[0]): row[column] for row in body if len(row) > column}
        return {job.student: by_lms_id[job.lms_id] for job in jobs if by_lms_id.get(job.lms_id)}, []
    if lms == "canvas":
        header, body, _info, _column = export
        if CANVAS_SIS_ID not in header:
            return {}, ["Canvas: the gradebook export has no SIS User ID column, so the student numbers come "
                        "from the notebooks"]
        column = header.index(CANVAS_SIS_ID)
        by_lms_id = {row[1].strip(): row[column] for row in body if len(row) > column}
        return {job.student: by_lms_id[job.lms_id] for job in jobs if by_lms_id.get(job.lms_id)}, []
    roster, _items = export
    found = {}
    for job in jobs:
        ids = roster.get(brightspace.name_key(job.name), [])
        if len(ids) == 1 and ids[0][0]:
            found[job.student] = ids[0][0]
    return found, []


def write(root, numbers):
    """Add the numbers to the course's student_numbers.csv; rows already there stay as they are.

    Returns notes for the grader: numbers that are not student numbers, and rows that differ.
    """
    path = Path(root) / NUMBERS_FILE
    existing, notes = {}, []
    if path.exists():
        with open(path, encoding="utf-8-sig", newline="") as handle:
            existing = {(r.get("student_id") or "").strip(): (r.get("student_number") or "").strip()
                        for r in csv.DictReader(handle)}
    new = {}
    for student, raw in sorted(numbers.items()):
        try:
            number = normalize_number(raw.strip().lstrip("#"))
        except ValueError:
            notes.append(f"{student}: {raw!r} in the LMS export is not a student number; skipped")
            continue
        if student not in existing:
            new[student] = number
        elif existing[student] and normalize_number(existing[student]) != number:
            notes.append(f"{student}: {NUMBERS_FILE} says {existing[student]}, the LMS export {number}; "
                         f"kept {existing[student]} (edit the file to change it)")
    if new:
        exists = path.exists()
        ends_open = exists and path.read_bytes()[-1:] not in (b"\n", b"")
        with open(path, "a", encoding="utf-8", newline="") as handle:
            if ends_open:
                handle.write("\n")
            writer = csv.writer(handle)
            if not exists:
                writer.writerow(["student_id", "student_number"])
            writer.writerows(new.items())
    return len(new), notes
