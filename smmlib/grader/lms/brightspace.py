"""Brightspace (D2L): its assignment "Download" zip, its class list, and its grades import CSV.

D2L publishes no source; the layout below is what public tools that read real downloads
expect (cgmb/d2lmf ``parse_submission_dirname``; kodiak and BrightspaceHelpers split the
name on " - "): per submission ``<n>-<n> - <First Last> - <Mon D, YYYY H:MM AM>`` either as a
folder or glued to the file name with `` - ``; older downloads write the time with a colon
(``4:17 PM``), which Windows turns into ``4_17 PM`` when it unpacks the zip, newer ones
without (``1159 PM``); ``index.html`` at the top lists the submissions. A student who handed
in more than once has one entry per submission; the name is the only thing that says whose
it is (the numbers identify the submission), so namesakes cannot be told apart.

There is no documented bulk upload of feedback files; see the README for the shortest path.
"""
import re
import unicodedata
from datetime import datetime

from smmlib.grader.lms.download import LmsFileError, Submission, safe_id
from smmlib.grader.lms.tables import csv_text, number, read_export

SUBMISSION = re.compile(
    r"^(?P<sub>\d+-\d+) - (?P<name>.+?) - "
    r"(?P<date>(?P<month>[^\W\d_]{3,9})\.? (?P<day>\d{1,2}), (?P<year>\d{4}) "
    r"(?P<hour>\d{1,2})[:_]?(?P<minute>\d{2}) ?(?P<ampm>[AaPp]\.?[Mm]\.?)?)"
    r"(?: - (?P<file>.+))?$")
MONTHS = {name: i for i, names in enumerate(
    ["jan", "feb", "mar mrt maa", "apr", "may mei", "jun", "jul", "aug", "sep", "oct okt", "nov", "dec"], start=1)
    for name in names.split()}
BOM = False   # D2L does not document how it treats a byte-order mark in an import file: none is written


def matches(path):
    """Is this path inside a Brightspace download?"""
    return bool(SUBMISSION.match(path.split("/", 1)[0]))


def read(files, assignment):
    """One Submission per student name: the latest of their submissions, the older ones kept as earlier."""
    by_student = {}
    for path, data in files.items():
        top, _, rest = path.partition("/")
        m = SUBMISSION.match(top)
        if not m:
            continue
        filename = rest or m["file"] or ""
        if not filename:
            continue
        prefix = top if rest else top[: m.start("file") - 3] if m["file"] else top
        key = name_key(m["name"])
        handins = by_student.setdefault(key, {})
        handin = handins.setdefault(prefix, {"name": m["name"], "when": when(m), "date": m["date"],
                                             "sub": m["sub"], "files": {}})
        handin["files"][filename] = data
    students = []
    for handins in by_student.values():
        ordered = sorted(handins.items(), key=lambda kv: (kv[1]["when"] or datetime.min, _numbers(kv[1]["sub"])))
        prefix, latest = ordered[-1]
        sub = Submission(safe_id(latest["name"]), latest["name"], latest["name"], latest["files"], entry=prefix)
        sub.earlier = [(h["date"], h["files"]) for _, h in ordered[:-1]]
        if sub.earlier:
            sub.remark = f"{len(ordered)} submissions in the download; graded the latest ({latest['date']})"
        students.append(sub)
    return students


def name_key(name):
    """A name as a key: NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def when(m):
    """The submission time of a name match, or None when the month is not understood."""
    month = MONTHS.get(m["month"][:3].casefold())
    if month is None:
        return None
    hour = int(m["hour"]) % 12 if m["ampm"] else int(m["hour"])
    if m["ampm"] and m["ampm"][0] in "Pp":
        hour += 12
    try:
        return datetime(int(m["year"]), month, int(m["day"]), hour, int(m["minute"]))
    except ValueError:
        return None


def _numbers(sub):
    return tuple(int(n) for n in sub.split("-"))


def read_class_list(path):
    """({name key: [(OrgDefinedId, Username), ...]}, grade item names) of a class list or grades export.

    Brightspace's exports put '#' in front of OrgDefinedId and Username so that Excel keeps
    leading zeros (the '#' is not part of the value); it is removed here.
    """
    header, body = read_export(path, "Brightspace class list")
    lower = [h.casefold() for h in header]
    needed = ("orgdefinedid", "username", "first name", "last name")
    if not {"first name", "last name"} <= set(lower) or not {"orgdefinedid", "username"} & set(lower):
        raise LmsFileError(f"{path} is not a Brightspace class list or grades export: it needs the columns "
                           f"OrgDefinedId and/or Username, First Name and Last Name (found: {', '.join(header)})")
    index = {n: (lower.index(n) if n in lower else None) for n in needed}
    roster = {}
    for row in body:
        row = row + [""] * (len(header) - len(row))
        value = {n: (row[i].strip().lstrip("#") if i is not None else "") for n, i in index.items()}
        name = name_key(f"{value['first name']} {value['last name']}")
        roster.setdefault(name, []).append((value["orgdefinedid"], value["username"]))
    items = [h.split(" Points Grade")[0] for h in header if " Points Grade" in h]
    return roster, items


def import_rows(rows, item, class_list, notes=None):
    """Rows of Brightspace's grades import (D2L KB "Importing grades").

    ``OrgDefinedId`` and ``Username`` first (either identifies the user), the grade item name
    followed by "Points Grade" (an unknown name creates a new grade item), and the
    ``End-of-Line Indicator`` column with '#', as Brightspace's own export writes it. A student
    without a score from us gets no row, so nothing they have in Brightspace changes.
    """
    notes = [] if notes is None else notes
    roster, items = class_list
    if items and item not in items:
        notes.append(f"Brightspace: grade item {item!r} is not in the export ({'; '.join(items)}): "
                     f"importing will create a new grade item (pass --item to choose an existing one)")
    table = [["OrgDefinedId", "Username", f"{item} Points Grade", "End-of-Line Indicator"]]
    unknown, namesakes = [], []
    for r in rows:
        if r["total"] is None:
            continue
        found = roster.get(name_key(r["name"]), [])
        if len(found) != 1:
            (namesakes if found else unknown).append(r["name"])
            continue
        org_id, username = found[0]
        table.append([f"#{org_id}" if org_id else "", f"#{username}" if username else "", number(r["total"]), "#"])
    if unknown:
        notes.append(f"Brightspace: not in the class list, so not in the import file: {', '.join(unknown)}")
    if namesakes:
        notes.append(f"Brightspace: several students with this name in the class list, so their submissions "
                     f"cannot be told apart (the download names them only by name); grade by hand: "
                     f"{', '.join(namesakes)}")
    return table


def import_text(rows, item, class_list, notes=None):
    """The grades CSV as Brightspace imports it."""
    return csv_text(import_rows(rows, item, class_list, notes), bom=BOM)
