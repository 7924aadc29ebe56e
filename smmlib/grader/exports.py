"""Export stage of `smm grade`: scores from nbgrader's gradebook to grades.csv, the LMS import file and feedback."""
import shutil
from collections import Counter
from pathlib import Path

import nbformat
import pandas as pd

from smmlib.grader import lms
from smmlib.grader.gradebook import db_url, source_grade_cells

WRONG = "✘"


def grading_record(root, assignment, student):
    """(check_by_hand, notes, mistakes): what a student's autograded notebook records, read once.

    ``check_by_hand`` lists what looks like tampering or could not be trusted
    (edited test cells, replaced builtins, monkeypatching, a test cell without a
    proper score, ...); ``notes`` lists what happened to the run (timeouts, a
    restarted kernel, cells put back, cut output); see smmlib/sandbox/record.py (English).
    ``mistakes`` holds (grade id, feedback) for every ✘ line the test cells printed.
    """
    path = Path(root) / "autograded" / student / assignment / f"{assignment}.ipynb"
    if not path.exists():
        return [], [], []
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:
        return ["the autograded notebook cannot be read"], [], []
    meta = nb.metadata.get("smm_grading", {})
    return [str(x) for x in meta.get("check_by_hand", [])], [str(x) for x in meta.get("notes", [])], _mistakes(nb)


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
            flags, notes, mistakes = (grading_record(root, assignment, job.student) if job.status != "failed"
                                      else ([], [], []))
            row["check_by_hand"] = "; ".join(flags)
            row["remark"] = "; ".join(part for part in [job.remark, *notes] if part)
            job.extra["check_by_hand"] = flags
            job.extra["mistakes"] = mistakes
            rows.append(row)
    table = pd.DataFrame(rows)
    auto = [gid for gid, _, manual in cells if not manual]
    manual = [gid for gid, _, m in cells if m]
    graded = table["status"] != "failed"
    table["autograded"] = table[auto].sum(axis=1, min_count=1).where(graded)
    table["manual"] = table[manual].sum(axis=1, min_count=1).where(graded) if manual else 0.0
    table["total"] = table[auto + manual].sum(axis=1, min_count=1).where(graded)
    table["max_total"] = sum(p for _, p, _ in cells)
    table.attrs["cells"] = cells
    return table


def wrong_answers(jobs):
    """Per autograded exercise: a Counter of the ✘ feedback lines students got (the most common mistakes)."""
    counts = {}
    for job in jobs:
        for gid, message in job.extra.get("mistakes", []):
            counts.setdefault(gid, Counter())[message] += 1
    return counts


def write_all(root, assignment, table, jobs, out, *, lms_name=None, roster=None, item=None):
    """grades.csv, the LMS import file (if `lms_name`), and one feedback HTML per graded student."""
    out = Path(out)
    table.to_csv(out / "grades.csv", index=False, float_format="%.4g", lineterminator="\n")
    if lms_name:
        rows = [{"lms_id": r.lms_id, "name": r.name, "total": r.total if r.status != "failed" else None,
                 "comment": r.reason} for r in table.itertuples()]
        roster_map = lms.read_roster(roster) if roster else None
        text = lms.write_import(lms_name, rows, item or assignment, table["max_total"].iloc[0], roster_map)
        (out / f"import_{lms_name}.csv").write_text(text, encoding="utf-8")
    feedback = out / "feedback"
    feedback.mkdir(exist_ok=True)
    for job in jobs:
        html = Path(root) / "feedback" / job.student / assignment / f"{assignment}.html"
        if html.exists() and job.status in ("graded", "unchanged"):
            shutil.copyfile(html, feedback / f"{job.student}.html")
