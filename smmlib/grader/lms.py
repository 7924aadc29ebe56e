"""Read assignment downloads from Brightspace, Canvas and Moodle, and write their grade-import files.

Download layouts (the "download all submissions" zip of one assignment):

| LMS | where a notebook sits in the zip | student id kept |
|---|---|---|
| Canvas | ``<loginname>_<userid>_<submissionid>_<file>`` at the top; late ones ``<loginname>_late_<userid>_…`` | Canvas user id |
| Moodle | ``<Full Name>_<participantid>_assignsubmission_file_/<file>`` (older: the same prefix glued to the file name) | participant id |
| Brightspace | ``<n>-<n> - <Full Name> - <Mon D, YYYY HMM AM> - <file>`` (or a folder with that prefix) plus ``index.html`` | the name; user names come from a class-list export (``roster``) |
| plain | ``<student>/<assignment>/<file>.ipynb`` (an nbgrader ``submitted/`` tree) | the folder name |

Grade-import files written by ``write_import``:

- Canvas gradebook CSV: ``Student, ID, SIS User ID, SIS Login ID, Section, <item>``; Canvas matches rows on ``ID``.
- Moodle grading worksheet: ``Identifier ("Participant <id>"), Full name, Grade, Maximum Grade, Feedback comments``.
- Brightspace grades CSV: ``OrgDefinedId, Username, <item> Points Grade, End-of-Line Indicator`` (``#``).
"""
import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

LMS_NAMES = ("brightspace", "canvas", "moodle")

CANVAS = re.compile(r"^(?P<login>[^_/]+?)(?P<late>_late)?_(?P<id>\d+)_(?P<sub>\d+)_(?P<file>.+)$", re.I)
MOODLE = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_(?:file|onlinetext)_?(?P<file>.*)$")
BRIGHTSPACE = re.compile(
    r"^(?P<sub>\d+-\d+) - (?P<name>.+?) - (?P<date>[A-Z][a-z]{2,8} \d{1,2}, \d{4} \d{3,4} [AP]M)(?: - (?P<file>.+))?$")


class DownloadError(Exception):
    """The download cannot be read (message in English, for the grader)."""


@dataclass
class Submission:
    """One student's hand-in as found in a download."""
    student_id: str          # nbgrader student id (folder name under submitted/)
    lms_id: str              # the id the LMS import file needs
    name: str                # the student's name as the LMS gives it ('' if unknown)
    files: dict              # file name -> bytes (every file the student handed in)
    late: bool = False

    def notebook(self, assignment):
        """Pick the notebook to grade: `<assignment>.ipynb`, else the only .ipynb; (name, bytes, remark)."""
        notebooks = {n: b for n, b in self.files.items() if n.lower().endswith(".ipynb")}
        exact = f"{assignment}.ipynb"
        if exact in notebooks:
            extra = sorted(set(notebooks) - {exact})
            return exact, notebooks[exact], (f"extra notebooks ignored: {', '.join(extra)}" if extra else "")
        if len(notebooks) == 1:
            name = next(iter(notebooks))
            return name, notebooks[name], f"notebook renamed by the student: {name}"
        if not notebooks:
            return None, None, "no notebook (.ipynb) in the submission"
        close = sorted(notebooks, key=lambda n: (not n.startswith(assignment), n))
        return close[0], notebooks[close[0]], f"several notebooks ({', '.join(sorted(notebooks))}); graded {close[0]}"


def _entries(source):
    """All files of a zip or folder as {relative posix path: bytes}."""
    source = Path(source)
    if source.is_dir():
        return {p.relative_to(source).as_posix(): p.read_bytes() for p in sorted(source.rglob("*")) if p.is_file()}
    if zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            return {i.filename: archive.read(i) for i in archive.infolist()
                    if not i.is_dir() and not i.filename.startswith("__MACOSX/")}
    raise DownloadError(f"{source} is neither a folder nor a zip file")


def safe_id(text):
    """A student id that is safe as a folder name (keeps letters with accents and spaces)."""
    cleaned = re.sub(r"[\\/:*?\"<>|\[\]\x00-\x1f]+", "_", text).strip(" ._")
    return cleaned or "onbekend"


def detect(paths):
    """Which layout do these paths have: 'canvas', 'moodle', 'brightspace' or 'plain'."""
    tops = [PurePosixPath(p).parts[0] for p in paths]
    if any(MOODLE.match(t) for t in tops):
        return "moodle"
    if any(BRIGHTSPACE.match(t) for t in tops):
        return "brightspace"
    if any(CANVAS.match(t) for t in tops if "/" not in t) and all("/" not in p for p in paths):
        return "canvas"
    return "plain"


def read_download(source, assignment, layout=None):
    """Read a download (zip or folder) into a list of Submission, one per student."""
    entries = _entries(source)
    if not entries:
        raise DownloadError(f"{source} holds no files")
    layout = layout or detect(list(entries))
    students = {}

    def add(student_id, lms_id, name, filename, data, late=False):
        sub = students.setdefault(student_id, Submission(student_id, lms_id, name, {}, late))
        sub.files[PurePosixPath(filename).name] = data

    for path, data in entries.items():
        parts = PurePosixPath(path).parts
        if layout == "canvas":
            m = CANVAS.match(parts[-1])
            if m:
                filename = re.sub(r"-\d+(\.ipynb)$", r"\1", m["file"])  # Canvas adds -1, -2 to resubmissions
                add(m["id"], m["id"], m["login"], filename, data, bool(m["late"]))
        elif layout == "moodle":
            m = MOODLE.match(parts[0])
            if m:
                filename = parts[-1] if len(parts) > 1 else m["file"]
                add(m["id"], m["id"], m["name"], filename, data)
        elif layout == "brightspace":
            m = BRIGHTSPACE.match(parts[0])
            if m:
                filename = parts[-1] if len(parts) > 1 else (m["file"] or "")
                add(safe_id(m["name"]), m["name"], m["name"], filename, data)
        else:
            parts = parts[1:] if parts[0] == "submitted" else parts
            if len(parts) >= 3 and parts[1] == assignment:
                add(safe_id(parts[0]), parts[0], parts[0], parts[-1], data)
    if not students:
        raise DownloadError(f"no submissions found in {source} (layout: {layout}); "
                            f"expected a {' / '.join(LMS_NAMES)} download or a <student>/{assignment}/ tree")
    return layout, sorted(students.values(), key=lambda s: s.student_id)


def read_roster(path):
    """A Brightspace class list export: {full name (lower case): (OrgDefinedId, Username)}."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    roster = {}
    for row in rows:
        name = f"{row.get('First Name', '').strip()} {row.get('Last Name', '').strip()}".strip().lower()
        roster[name] = (row.get("OrgDefinedId", "").strip(), row.get("Username", "").strip())
    return roster


def write_import(lms, rows, item, max_score, roster=None):
    """Text of the grade-import file for `lms`; rows are dicts with lms_id, name, total, comment."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if lms == "canvas":
        writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", item])
        writer.writerow(["Points Possible", "", "", "", "", _number(max_score)])
        for row in rows:
            writer.writerow([row["name"], row["lms_id"], "", "", "", _number(row["total"])])
    elif lms == "moodle":
        writer.writerow(["Identifier", "Full name", "Grade", "Maximum Grade", "Feedback comments"])
        for row in rows:
            writer.writerow([f"Participant {row['lms_id']}", row["name"], _number(row["total"]),
                             _number(max_score), row.get("comment", "")])
    elif lms == "brightspace":
        roster = roster or {}
        writer.writerow(["OrgDefinedId", "Username", f"{item} Points Grade", "End-of-Line Indicator"])
        for row in rows:
            org_id, username = roster.get(row["name"].lower(), ("", ""))
            writer.writerow([org_id, username or row["name"], _number(row["total"]), "#"])
    else:
        raise ValueError(f"unknown LMS {lms!r}; choose from {', '.join(LMS_NAMES)}")
    return out.getvalue()


def _number(value):
    return "" if value is None else f"{float(value):g}"
