"""Canvas: its "Download Submissions" zip, its gradebook CSV import, and its "Re-Upload Submissions" zip.

Download (instructure/canvas-lms ``lib/content_zipper.rb``, ``get_filename`` and
``add_upload_submission``): one flat file per uploaded file,
``<sortable name, non-word characters removed, lower case>[_LATE]_<user id>_<attachment id>_<file name>``
(``LATE`` is lower case in some versions); a group assignment puts the group name in front
(one file per group); anonymous grading ``anon_<anonymous id>_<attachment id>_<file name>``;
text and URL entries ``<name>_<user id>_text.html`` / ``_link.html``. A file a student
handed in twice gets ``-1`` .. ``-7`` or ``-<uuid>`` before its extension
(``Attachment.make_unique_filename``).
"""
import re

from smmlib.grader.lms.download import LmsFileError, Submission, pick_notebook
from smmlib.grader.lms.tables import csv_text, number, read_export

ANONYMOUS = re.compile(r"^anon_(?P<anon>[A-Za-z0-9]+)_(?P<att>\d+)_(?P<file>.+)$")
UPLOAD = re.compile(r"^(?P<name>.*?)(?P<late>_(?i:late))?_(?P<user>\d+)_(?P<att>\d+)_(?P<file>.+)$")
TEXT = re.compile(r"^(?P<name>.*?)(?P<late>_(?i:late))?_(?P<user>\d+)_(?P<kind>text|link)\.html$")
UNIQUE_SUFFIX = re.compile(r"-(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=\.[^.]+$)")
TITLE_AND_ID = re.compile(r"^(?P<title>.*)\s\((?P<id>\d+)\)$")   # Assignment.title_and_id
BOM = True   # the importer finds "Student" with row[0].include?, so a BOM is harmless; Excel then reads UTF-8


def matches(path):
    """Is this a Canvas download entry? (Canvas zips are flat: the file name says it all.)"""
    return "/" not in path and bool(ANONYMOUS.match(path) or UPLOAD.match(path) or TEXT.match(path))


def read(files, assignment):
    """One Submission per student (or group, or anonymous id) from a flat Canvas download."""
    students = {}
    for path, data in files.items():
        found = None if "/" in path else _parse(path)
        if found is None:
            continue
        student, lms_id, name, late, prefix, attachment, filename = found
        sub = students.setdefault(student, Submission(student, lms_id, name, {}, late))
        sub.late = sub.late or late
        plain = _without_unique_suffix(filename, assignment)
        filename = plain if plain not in sub.files else filename   # two files of one name: keep both
        sub.files[filename] = data
        if attachment:   # only a submitted file can carry feedback back (Canvas checks the attachment id)
            sub.refs[filename] = f"{prefix}_{attachment}"
            sub.entry = sub.entry or sub.refs[filename]
    for sub in students.values():
        path, _, _ = pick_notebook(sub.files, assignment)
        sub.entry = sub.refs.get(path, sub.entry)
    return list(students.values())


def _parse(path):
    """(student, LMS id, name, late?, prefix, attachment id, file name) of a download entry, or None."""
    m = ANONYMOUS.match(path)
    if m:
        return f"anon_{m['anon']}", "", "anoniem", False, f"anon_{m['anon']}", m["att"], m["file"]
    m = UPLOAD.match(path)
    if m:
        return m["user"], m["user"], m["name"], bool(m["late"]), f"{m['name']}_{m['user']}", m["att"], m["file"]
    m = TEXT.match(path)
    if m:
        return m["user"], m["user"], m["name"], bool(m["late"]), f"{m['name']}_{m['user']}", "", f"{m['kind']}.html"
    return None


def _without_unique_suffix(filename, assignment):
    """`ch04_analytics-1.ipynb` -> `ch04_analytics.ipynb`, but only when that gives the expected notebook name."""
    plain = UNIQUE_SUFFIX.sub("", filename)
    return plain if plain == f"{assignment}.ipynb" else filename


def feedback_entry(ref, filename):
    """Name of a feedback file in the Re-Upload Submissions zip for the submission file `ref` names.

    Canvas matches on the file name only (``AbstractAssignment#infer_comment_context_from_filename``,
    app/models/abstract_assignment.rb): ``split("_") - ["LATE"]``, then the first two all-digit
    fields are the user id and the attachment id, and that attachment must be one of the files of
    the student's current submission; ``anon_<id>_<attachment id>`` for anonymous grading.
    """
    return f"{ref}_{filename}"


def import_rows(rows, item, export=None, notes=None):
    """Rows of Canvas's gradebook import (``GradebookImporter``).

    The header must start ``Student, ID`` and end its student columns with ``Section``; the
    assignment column must be named ``<title> (<id>)`` as in Canvas's own export, else Canvas
    looks for an assignment with that exact title and proposes a new one if there is none.
    A blank cell where Canvas has a grade removes that grade (``no_score?``), so a student
    without a score from us gets no row (or keeps the exported value), never a blank.
    """
    notes = [] if notes is None else notes
    scores = {r["lms_id"]: number(r["total"]) for r in rows if r["lms_id"] and r["total"] is not None}
    if export is None:
        if not TITLE_AND_ID.match(item):
            notes.append(f"Canvas column {item!r} has no '(<assignment id>)': Canvas will look for an assignment "
                         f"with exactly this title (pass --gradebook with Canvas's gradebook export to get it right)")
        table = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", item]]
        table += [[r["name"], r["lms_id"], "", "", "", scores[r["lms_id"]]] for r in rows if r["lms_id"] in scores]
        return table
    header, body, info, column = export
    table = [header[:info] + [header[column]]]
    seen = set()
    for row in body:
        row = row + [""] * (len(header) - len(row))
        student_id = row[1].strip()
        seen.add(student_id)
        table.append(row[:info] + [scores.get(student_id, row[column])])
    missing = [r for r in rows if r["lms_id"] in scores and r["lms_id"] not in seen]
    for r in missing:
        table.append([r["name"], r["lms_id"]] + [""] * (info - 2) + [scores[r["lms_id"]]])
    if missing:
        notes.append(f"{len(missing)} graded students are not in the gradebook export; added with their Canvas id")
    return table


def read_gradebook(path, item, assignment):
    """(header, rows, number of student columns, index of the assignment column) of a Canvas gradebook export."""
    header, body = read_export(path, "Canvas gradebook export")
    if len(header) < 4 or "Student" not in header[0] or "ID" not in header[1]:
        raise LmsFileError(f"{path} is not a Canvas gradebook export (it must start with Student, ID, ...)")
    sections = [i for i, h in enumerate(header) if "Section" in h]
    if not sections:
        raise LmsFileError(f"{path} is not a Canvas gradebook export (no Section column)")
    info = sections[0] + 1
    assignments = {i: h for i, h in enumerate(header) if i >= info and TITLE_AND_ID.match(h)}
    wanted = [item] if item else [assignment]
    found = [i for i, h in assignments.items()
             if h in wanted or TITLE_AND_ID.match(h)["title"] in wanted or TITLE_AND_ID.match(h)["id"] in wanted]
    if len(found) != 1:
        listing = "; ".join(assignments.values()) or "none"
        raise LmsFileError(f"{'several' if found else 'no'} assignment columns in {path} match "
                           f"{wanted[0]!r} (pass --item with the Canvas title or id); its assignments: {listing}")
    return header, body, info, found[0]


def import_text(rows, item, export=None, notes=None):
    """The gradebook CSV as Canvas imports it."""
    return csv_text(import_rows(rows, item, export, notes), bom=BOM)
