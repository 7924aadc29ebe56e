"""`smm grade`: from an LMS download to grades, an LMS import file, feedback and a class report.

The stages, each one nbgrader's own machinery where nbgrader has it:
1. read the download (``lms``) and stage each notebook in submitted/<student>/<assignment>/
   (``stage``); the download itself is only read;
2. autograde the new or changed submissions in parallel workers (``workers``, ``worker``),
   each making the Dutch feedback right after (``feedback``);
3. read the scores from nbgrader's gradebook and write grades.csv, the LMS import file,
   feedback/<student>.html (``exports``) and report.html (``report``), and rewrite
   grading/overview.html over every graded assignment (``overview``).
"""
import json
import time
from pathlib import Path

from smmlib.grader import lms
from smmlib.grader.course import nbgrader
from smmlib.grader.gradebook import ensure_assignment
from smmlib.grader.stage import jobs_from_submitted, stage
from smmlib.grader.workers import default_workers, run_workers


def grade(assignment, source, root, *, workers=None, lms_name=None, force=False, out=None, roster=None,
          item=None, show_progress=True, pass_mark=5.5):
    """Grade one assignment for a whole class; returns the list of Jobs (see the module docstring).

    `pass_mark` is the pass mark on the Dutch 1-10 scale (grade = 10 x points / maximum) for the report.
    """
    from smmlib.grader import exports, overview, report   # pandas and seaborn: only when grading, not for `smm --help`

    timer = _Timer()
    root = Path(root).resolve()
    out = Path(out) if out else root / "grading" / assignment
    out.mkdir(parents=True, exist_ok=True)
    ensure_assignment(root, assignment)
    layout, all_jobs = read_and_stage(root, assignment, source)
    timer.lap("reading and staging")
    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    to_grade = changed_jobs(root, assignment, all_jobs, manifest, force)
    run_workers(root, assignment, to_grade, workers or default_workers(), show_progress)
    timer.lap("autograde and feedback")
    manifest.update({j.student: j.digest for j in all_jobs if j.status in ("graded", "unchanged")})
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    table = exports.scores(root, assignment, all_jobs)
    exports.write_all(root, assignment, table, all_jobs, out, lms_name=lms_name, roster=roster,
                      item=item or assignment)
    timer.lap("exports")
    report.write(root, assignment, table, all_jobs, out / "report.html", pass_mark=pass_mark)
    overview_path = None      # the overview covers grading/<assignment>/ folders only (not a custom --out)
    if out.resolve() == (root / "grading" / assignment).resolve():
        overview_path = overview.write(root / "grading", root, pass_mark=pass_mark)
    timer.lap("class report")
    print_summary(all_jobs, out, layout)
    if overview_path:
        print(f"Overview of every graded assignment: {overview_path}")
    print("Time: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timer.laps.items()))
    return all_jobs


def read_and_stage(root, assignment, source):
    """(layout, jobs): the submissions of `source` (a download, a submitted/ tree or 'exchange') staged."""
    if source == "exchange":
        nbgrader(["collect", assignment, "--update"], root, quiet=True)
        source = root / "submitted"
    source = Path(source).resolve()
    if source == (root / "submitted").resolve():
        return "plain", jobs_from_submitted(root, assignment)
    layout, submissions = lms.read_download(source, assignment)
    return layout, stage(root, assignment, submissions)


def changed_jobs(root, assignment, jobs, manifest, force):
    """The jobs to grade now: new or changed since the last run (all with `force`); marks the rest unchanged."""
    to_grade = []
    for job in jobs:
        if job.status == "failed":
            continue
        graded_before = (root / "autograded" / job.student / assignment / f"{assignment}.ipynb").exists()
        if not force and graded_before and manifest.get(job.student) == job.digest:
            job.status = "unchanged"
        else:
            to_grade.append(job)
    return to_grade


class _Timer:
    """Seconds per step of a run, for the summary line."""

    def __init__(self):
        self.laps, self._last = {}, time.perf_counter()

    def lap(self, name):
        now = time.perf_counter()
        self.laps[name], self._last = now - self._last, now


def print_summary(jobs, out, layout):
    """The end-of-run summary for the grader: counts, failures with reasons, what needs a human."""
    count = {s: sum(j.status == s for j in jobs) for s in ("graded", "unchanged", "failed")}
    print(f"Input layout: {layout}. Students: {len(jobs)}; graded now: {count['graded']}, "
          f"unchanged since the last run: {count['unchanged']}, failed: {count['failed']}.")
    for job in jobs:
        if job.status == "failed":
            print(f"  FAILED {job.student}: {job.reason}")
    flagged = [j.student for j in jobs if j.extra.get("check_by_hand")]
    if flagged:
        print(f"Check by hand: {len(flagged)} submissions (column check_by_hand in grades.csv, and report.html).")
    manual = [j.student for j in jobs if j.extra.get("needs_manual")]
    if manual:
        print(f"Needs manual grading in formgrader: {len(manual)} submissions.")
    print(f"Results in {out}: grades.csv, report.html, feedback/, and the LMS import file if asked.")
