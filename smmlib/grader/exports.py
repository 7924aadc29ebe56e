"""Export stage of `smm grade`: scores from nbgrader's gradebook to grades.csv, the LMS import file and feedback."""
import re
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import nbformat
import pandas as pd

from smmlib.grader import copied_answers, lms
from smmlib.grader.gradebook import db_url, source_grade_cells

WRONG = "✘"


def grading_record(root, assignment, student):
    """(check_by_hand, notes, mistakes, student number): what a student's autograded notebook records, read once.

    ``check_by_hand`` lists what looks like tampering or could not be trusted
    (edited test cells, replaced builtins, monkeypatching, a test cell without a
    proper score, ...); ``notes`` lists what happened to the run (timeouts, a
    restarted kernel, cells put back, cut output); see smmlib/sandbox/record.py (English).
    ``mistakes`` holds (grade id, feedback) for every ✘ line the test cells printed; the
    student number is the one whose data variant the notebook was graded on (None: base data).
    """
    path = Path(root) / "autograded" / student / assignment / f"{assignment}.ipynb"
    if not path.exists():
        return [], [], [], None
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:
        return ["the autograded notebook cannot be read"], [], [], None
    meta = nb.metadata.get("smm_grading", {})
    return ([str(x) for x in meta.get("check_by_hand", [])], [str(x) for x in meta.get("notes", [])], _mistakes(nb),
            meta.get("student_number"))


def _mistakes(nb):
    found = []
    for cell in nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if not gid or cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                found += [(gid, line[2:].strip()) for line in out.get("text", "").splitlines() if line.startswith(WRONG)]
    return found


def scores(root, assignment, jobs):
    """One row per student: status, a column per grade id, totals, manual grading pending, and what to check by hand."""
    from nbgrader.api import Gradebook, MissingEntry

    cells = source_grade_cells(root, assignment)
    rows = []
    with Gradebook(db_url(root)) as gb:
        for job in jobs:
            row = {"student": job.student, "lms_id": job.lms_id, "name": job.name,
                   "status": "graded" if job.status == "unchanged" else job.status,  # same output on a rerun
                   "reason": job.reason, "remark": job.remark}
            try:
                sub = gb.find_submission_notebook(assignment, assignment, job.student)
                grades = {g.name: g for g in sub.grades} if job.status != "failed" else {}
            except MissingEntry:
                grades = {}
            for gid, _points, _manual in cells:
                grade = grades.get(gid)
                row[gid] = float(grade.score) if grade is not None and grade.score is not None else None
            row["needs_manual"] = any(g.needs_manual_grade for g in grades.values())
            job.extra["needs_manual"] = row["needs_manual"]
            job.extra["pending"] = [name for name, g in grades.items() if g.needs_manual_grade]
            flags, notes, mistakes, number = (grading_record(root, assignment, job.student)
                                              if job.status != "failed" else ([], [], [], None))
            row["student_number"] = number
            row["check_by_hand"] = "; ".join(flags)
            row["remark"] = "; ".join(part for part in [job.remark, *notes] if part)
            job.extra["check_by_hand"] = flags
            job.extra["mistakes"] = mistakes
            rows.append(row)
    _flag_shared_numbers(rows, jobs)
    pairs = _flag_copied_answers(root, assignment, rows, jobs)
    table = pd.DataFrame(rows)
    table.attrs["similar_reflections"] = pairs
    if table.get("student_number") is not None and table["student_number"].isna().all():
        table = table.drop(columns="student_number")    # an assignment without data variants
    auto = [gid for gid, _, manual in cells if not manual]
    manual = [gid for gid, _, m in cells if m]
    graded = table["status"] != "failed"
    table["autograded"] = table[auto].sum(axis=1, min_count=1).where(graded)
    table["manual"] = table[manual].sum(axis=1, min_count=1).where(graded) if manual else 0.0
    table["total"] = table[auto + manual].sum(axis=1, min_count=1).where(graded)
    table["max_total"] = sum(p for _, p, _ in cells)
    table.attrs["cells"] = cells
    return table


def _flag_shared_numbers(rows, jobs):
    """Two or more submissions graded on the same student number: each is flagged with the others (issue 18)."""
    by_number = {}
    for row in rows:
        if row.get("student_number"):
            by_number.setdefault(row["student_number"], []).append(row["student"])
    for row, job in zip(rows, jobs):
        others = [s for s in by_number.get(row.get("student_number"), []) if s != row["student"]]
        if others:
            flag = f"student number {row['student_number']} also used by {', '.join(others)}"
            job.extra["check_by_hand"] = [*job.extra["check_by_hand"], flag]
            row["check_by_hand"] = "; ".join(job.extra["check_by_hand"])


def _flag_copied_answers(root, assignment, rows, jobs):
    """Numbers that fit a classmate's data and near-identical reflections, flagged; returns the reflection pairs."""
    graded = [job.student for job in jobs if job.status in ("graded", "unchanged")]
    found, pairs = copied_answers.flags(root, assignment, graded)
    for row, job in zip(rows, jobs):
        if found.get(row["student"]):
            job.extra["check_by_hand"] = [*job.extra["check_by_hand"], *found[row["student"]]]
            row["check_by_hand"] = "; ".join(job.extra["check_by_hand"])
    return pairs


def wrong_answers(jobs):
    """Per autograded exercise: a Counter of the ✘ feedback lines students got (the most common mistakes)."""
    counts = {}
    for job in jobs:
        for gid, message in job.extra.get("mistakes", []):
            counts.setdefault(gid, Counter())[message] += 1
    return counts


def write_all(root, assignment, table, jobs, out, *, lms_name=None, lms_export=None, item=None):
    """grades.csv, one feedback HTML per graded student, and (with `lms_name`) what goes back into the LMS.

    `lms_export` is the LMS's own export read by `lms.read_export` (Moodle worksheet, Canvas
    gradebook, Brightspace class list), or None. Returns messages for the grader (English).
    """
    out = Path(out)
    table.to_csv(out / "grades.csv", index=False, float_format="%.4g", lineterminator="\n")
    feedback = out / "feedback"
    feedback.mkdir(exist_ok=True)
    for job in jobs:
        html = Path(root) / "feedback" / job.student / assignment / f"{assignment}.html"
        if html.exists() and job.status in ("graded", "unchanged"):
            shutil.copyfile(html, feedback / f"{job.student}.html")
    return write_lms_files(assignment, table, jobs, out, lms_name, lms_export, item) if lms_name else []


def write_lms_files(assignment, table, jobs, out, lms_name, lms_export=None, item=None):
    """import_<lms>.csv and, where the LMS takes feedback files in bulk, feedback_<lms>.zip; the grader's notes."""
    notes = []
    rows = lms_rows(assignment, table, jobs)
    path = out / f"import_{lms_name}.csv"
    previous = path.read_text(encoding="utf-8") if path.exists() else None
    text = lms.write_import(lms_name, rows, item or assignment, table["max_total"].iloc[0], lms_export,
                            previous=previous, notes=notes)
    path.write_text(text, encoding="utf-8", newline="")
    no_id = [r["student"] for r in rows if not r["lms_id"]]
    if no_id:
        notes.append(f"not in the import file (the download gives no LMS id): {', '.join(no_id)}")
    graded = {j.student: j.lms_ref for j in jobs if (out / "feedback" / f"{j.student}.html").exists()
              and j.status in ("graded", "unchanged")}
    bundle = lms.feedback_bundle(lms_name, graded, feedback_filename(assignment))
    write_zip(out / f"feedback_{lms_name}.zip", {name: (out / "feedback" / f"{student}.html").read_bytes()
                                                 for name, student in bundle.items()})
    return notes


def feedback_filename(assignment):
    """The name a student's feedback file has in the LMS (no '_': the LMSs split names on it)."""
    return f"feedback-{assignment.replace('_', '-')}.html"


def write_zip(path, files):
    """A zip of {entry name: bytes} that is byte-identical for the same files (no dates); none for no files."""
    if not files:
        path.unlink(missing_ok=True)
        return
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], zipfile.ZIP_DEFLATED, compresslevel=1)  # 3x faster, 15% larger


def lms_rows(assignment, table, jobs):
    """One row per student for the LMS files: ids, the total (None: no score) and the short Dutch comment."""
    cells = table.attrs["cells"]
    by_student = {job.student: job for job in jobs}
    rows = []
    for record in table.to_dict("records"):
        job = by_student[record["student"]]
        total = record["total"] if record["status"] != "failed" and pd.notna(record["total"]) else None
        rows.append({"student": job.student, "lms_id": job.lms_id, "name": job.name, "total": total,
                     "comment": comment_nl(assignment, record, cells, job), "ref": job.lms_ref})
    return rows


FAILED_NL = [("no notebook", "er zat geen notebook (.ipynb-bestand) in je inlevering"),
             ("invalid notebook", "je notebook kon niet worden geopend: het bestand is beschadigd of geen notebook")]


def comment_nl(assignment, record, cells, job):
    """The short Dutch feedback text for the LMS: the score, points per exercise, and what to fix (HTML)."""
    if record["status"] == "failed":
        why = next((nl for en, nl in FAILED_NL if en in job.reason), "het automatisch nakijken is niet gelukt")
        return lms.moodle.comment_html([f"Je inlevering kon niet worden nagekeken: {why}.",
                                        "Neem contact op met je docent."], [])
    pending = job.extra.get("pending", [])

    def points(gid, maximum):
        if gid in pending:
            return "wordt nog met de hand nagekeken"
        return f"{_nl(_score(record.get(gid)))} van {_nl(maximum)}"

    score = f"Score: {_nl(_score(record['total']))} van {_nl(sum(p for _, p, _ in cells))} punten"
    text = lms.moodle.comment_html(
        [score + (" (een deel wordt nog met de hand nagekeken)." if pending else "."), "Punten per opgave:"],
        [f"{exercise_label(assignment, gid)}: {points(gid, maximum)}" for gid, maximum, _ in cells])
    fixes = [f"{exercise_label(assignment, gid)}: {line}" for gid, line in job.extra.get("mistakes", [])]
    if fixes:
        text += lms.moodle.comment_html(["Wat je kunt verbeteren:"], fixes)
    return text + lms.moodle.comment_html(
        [f"De volledige feedback staat in het bestand {feedback_filename(assignment)} bij deze opdracht."], [])


def exercise_label(assignment, grade_id):
    """`ch04_analytics_01_kpi_keuze` -> `Opgave 1 (kpi keuze)`."""
    m = re.match(rf"^{re.escape(assignment)}_(\d+)_(.+)$", grade_id)
    return f"Opgave {int(m[1])} ({m[2].replace('_', ' ')})" if m else grade_id


def _score(value):
    return 0.0 if pd.isna(value) else float(value)


def _nl(value):
    """A number as Dutch readers write it: decimal comma, at most two decimals."""
    return lms.tables.number(value).replace(".", ",")
