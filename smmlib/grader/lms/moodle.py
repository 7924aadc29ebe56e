"""Moodle (mod_assign): its "Download all submissions" zip, grading worksheet, and feedback-files zip.

Download (moodle/moodle ``mod/assign/classes/downloader.php``, Moodle 4.1+, and
``assign::download_submissions`` in ``mod/assign/locallib.php`` before): per student the
prefix ``clean_filename(str_replace('_', ' ', <full name>) . '_' . <participant id>)`` (the
participant id is ``get_uniqueid_for_user``: per assignment, the same number as in the
worksheet; the name is "Participant" under blind marking; ``clean_filename`` deletes
``& < > " ` | ' : \\ /``), then ``_assignsubmission_<plugin>`` and either a folder
(``.../`` in 4.1+, ``..._/`` before, keeping the student's sub-folders) or, without
"Download submissions in folders", ``_<file name>`` glued on. Team submissions use the
group name and the group id (4.1+), or ``<group>-<name>_<participant id>`` per member (before);
students without a group hand in as ``Default group_assignsubmission_file`` with no id.
"""
import csv
import html
import io
import re
from datetime import datetime, timezone

from smmlib.grader.lms.download import LmsFileError, Submission
from smmlib.grader.lms.tables import csv_text, number, read_export

SUBMISSION = re.compile(r"^(?P<name>[^_]*)_(?P<id>\d+)_assignsubmission_(?P<plugin>[a-z]+)(?:_(?P<file>.*))?$")
NO_GROUP = re.compile(r"^(?P<name>[^_]+)_assignsubmission_(?P<plugin>[a-z]+)(?:_(?P<file>.*))?$")
BOM = True   # csv_import_reader::load_csv_content removes it (core_text::trim_utf8_bom); Excel then reads UTF-8

# The worksheet's headers are get_string() in the user's language (gradingtable.php, download
# mode), and the importer compares them in the uploader's language (importgradeslib.php, init).
# English from mod/assign/lang/en and lang/en; Dutch from the nl language pack (mod_assign 3.11).
GRADE = ("Grade", "Cijfer")
LAST_MODIFIED = ("Last modified (grade)", "Laatst gewijzigd (beoordeling)")
FULL_NAME = ("Full name", "Volledige naam")
OUTCOMES = ("Outcomes", "Competenties")
BLIND_NAMES = ("Participant", "Deelnemer", "Teilnehmerin")   # get_string('participant', 'mod_assign'), cleaned
ENGLISH = ["Identifier", "Full name", "Grade", "Maximum Grade", "Last modified (grade)", "Feedback comments"]


def matches(path):
    """Is this path inside a Moodle download?"""
    top = path.split("/", 1)[0]
    return bool(SUBMISSION.match(top) or NO_GROUP.match(top))


def read(files, assignment):
    """One Submission per participant (or team) of a Moodle download, with or without folders."""
    students = {}
    for path, data in files.items():
        top, _, rest = path.partition("/")
        m = SUBMISSION.match(top)
        if m:
            student, lms_id, remark = m["id"], m["id"], ""
        else:
            m = NO_GROUP.match(top)
            if not m:
                continue
            student, lms_id = "default-group", ""
            remark = (f"'{m['name']}' submission (students in no group): Moodle gives it no id, "
                      "so it is not in the import file; grade its members by hand")
        filename = rest or m["file"] or ""
        if not filename:
            continue
        sub = students.setdefault(student, Submission(student, lms_id, m["name"], {}, remark=remark))
        sub.entry = f"{m['name']}_{m['id']}" if lms_id else ""
        sub.files[filename] = data
    return list(students.values())


def feedback_entry(ref, filename):
    """Name of a feedback file in the zip for "Upload multiple feedback files in a zip".

    ``assignfeedback_file_zip_importer::is_valid_filename_for_import``
    (mod/assign/feedback/file/importziplib.php) splits every folder of the path with
    ``explode('_', $pathpart, 5)``; the first part with 4 pieces, a numeric 2nd piece that is a
    participant's id and a plugin in pieces 3-4 names the student. Files starting with '.' or
    '~' are skipped. The folder the download used (4.1+ form) is such a part.
    """
    return f"{ref}_assignsubmission_file/{filename}"


def worksheet_rows(rows, max_score, export=None, now=None, previous=None, notes=None):
    """Rows of the grading worksheet to upload ("Upload grading worksheet", assignfeedback_offline).

    The importer needs the Identifier, Grade and "Last modified (grade)" columns (it refuses
    the file otherwise). It skips a row whose grade is empty (``process_import_grades``) and
    one whose grade Moodle changed more than 60 s after "Last modified (grade)"
    (``strtotime`` of the cell); the feedback text is imported when the row is not stale.
    "Last modified (grade)" is therefore the time our score or comment last changed:
    kept from the previous import file when they did not change (so a rerun writes the same file).
    """
    notes = [] if notes is None else notes
    stamp = (now or datetime.now(timezone.utc)).astimezone().isoformat(timespec="seconds")
    ours = {r["lms_id"]: r for r in rows if r["lms_id"]}
    if export is None:
        table = [ENGLISH]
        for r in ours.values():
            table.append([f"Participant {r['lms_id']}", r["name"], number(r["total"]), number(max_score),
                          "", r.get("comment", "")])
        columns = {"id": 0, "grade": 2, "modified": 4, "comment": 5, "name": 1}
    else:
        header, body, columns = export
        table = [header] + [row + [""] * (len(header) - len(row)) for row in body]
    old = _previous_rows(previous, columns)
    for row in table[1:]:
        r = ours.get(_participant_id(row[columns["id"]]))
        if r is None:
            continue
        if export is not None and not _same_person(r, row, columns):
            notes.append(f"Moodle: worksheet row {row[columns['id']]} is {row[columns['name']]!r}, the download "
                         f"says {r['name']!r} (a group submission?): left unchanged, enter this grade by hand")
            continue
        grade = number(r["total"]) if r["total"] is not None else row[columns["grade"]]
        comment = r.get("comment", "")
        if columns.get("comment") is not None:
            row[columns["comment"]] = comment
        row[columns["grade"]] = grade
        before = old.get(row[columns["id"]])
        unchanged = before is not None and before[:2] == (grade, comment) and before[2]
        row[columns["modified"]] = before[2] if unchanged else stamp
    return table


def _participant_id(cell):
    """'Participant 12345' (English), 'Deelnemer12345' (Dutch), ... -> '12345'."""
    m = re.search(r"(\d+)\s*$", cell or "")
    return m.group(1) if m else ""


def _same_person(r, row, columns):
    """Does the worksheet's name for this id fit the download's? (Unknown or blind names always fit.)

    Before 4.1 a team member's folder is ``<group>-<full name>_<participant id>``.
    """
    if columns.get("name") is None or not r["name"] or r["name"] in BLIND_NAMES:
        return True
    sheet, download = clean_name(row[columns["name"]]), clean_name(r["name"])
    return download == sheet or download.endswith(f"-{sheet}")


def clean_name(name):
    """A full name as Moodle writes it in download names: ``clean_filename`` (lib/moodlelib.php) after `_` -> ' '."""
    name = re.sub(r"[\x00-\x1f\x7f&<>\"`|':\\/]", "", name.replace("_", " "))
    return " ".join(name.split()).casefold()


def _previous_rows(previous, columns):
    """{identifier: (grade, comment, last modified)} from the import file written last time."""
    if not previous:
        return {}
    rows = list(csv.reader(io.StringIO(previous.lstrip("\ufeff"), newline="")))[1:]

    def cell(row, key):
        i = columns.get(key)
        return row[i] if i is not None and i < len(row) else ""
    return {cell(row, "id"): (cell(row, "grade"), cell(row, "comment"), cell(row, "modified")) for row in rows}


def read_worksheet(path):
    """(header, rows, columns) of a grading worksheet downloaded from Moodle; columns: id, grade, modified, comment, name."""
    header, body = read_export(path, "Moodle grading worksheet")
    find = {label: next((i for i, h in enumerate(header) if h in names), None)
            for label, names in (("grade", GRADE), ("modified", LAST_MODIFIED), ("name", FULL_NAME))}
    if find["grade"] is None or find["modified"] is None or not body or not _participant_id(body[0][0]):
        raise LmsFileError(
            f"{path} does not look like a Moodle grading worksheet in English or Dutch (its columns: "
            f"{', '.join(header)}). Download it with Moodle's language set to English or Dutch, "
            f"and upload it again in that same language: Moodle reads the column names in the uploader's language.")
    after = find["modified"] + 1   # the feedback editor fields come right after it (gradingtable.php)
    comment = after if after < len(header) and header[after] not in OUTCOMES else None
    return header, body, {"id": 0, **find, "comment": comment}


def worksheet_text(rows, max_score, export=None, now=None, previous=None, notes=None):
    """The grading worksheet as Moodle imports it."""
    table = worksheet_rows(rows, max_score, export, now, previous, notes)
    if export is not None and export[2]["comment"] is None and notes is not None:
        notes.append("Moodle: the worksheet has no feedback comments column: switch on 'Feedback comments' "
                     "in the assignment's settings and download the worksheet again to send the short feedback")
    return csv_text(table, bom=BOM)


def comment_html(paragraphs, items):
    """A short feedback comment as Moodle's editor stores it (FORMAT_HTML): paragraphs and one list."""
    parts = [f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs]
    if items:
        parts.append("<ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items) + "</ul>")
    return "".join(parts)
