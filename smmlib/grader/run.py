"""`smm grade`: from an LMS download to grades, an LMS import file, feedback and a class report.

The stages, each one nbgrader's own machinery where nbgrader has it:
1. read the download (``lms``) and stage each notebook in submitted/<student>/<assignment>/
   (``stage``); the download itself is only read;
2. autograde the new or changed submissions in parallel workers (``workers``, ``worker``),
   each making the Dutch feedback right after (``feedback``);
3. read the scores from nbgrader's gradebook and write grades.csv, feedback/<student>.html,
   the LMS import file and the LMS's bulk feedback zip (``exports``) and report.html (``report``),
   and rewrite grading/overview.html over every graded assignment (``overview``).
"""
import json
import time
from pathlib import Path

from smmlib.grader import lms
from smmlib.grader.lms import numbers as lms_numbers
from smmlib.grader.course import nbgrader, require_source
from smmlib.grader.gradebook import ensure_assignment
from smmlib.grader.preflight import preflight
from smmlib.grader.stage import jobs_from_submitted, stage
from smmlib.grader.workers import default_workers, run_workers


def grade(assignment, source, root, *, workers=None, lms_name=None, force=False, out=None, lms_export=None,
          item=None, show_progress=True, pass_mark=5.5, check_first=True):
    """Grade one assignment for a whole class; returns the list of Jobs (see the module docstring).

    `lms_export` is the LMS's own export the import file is built on (Moodle grading worksheet,
    Canvas gradebook export, Brightspace class list); it is read and checked before any grading.
    `pass_mark` is the pass mark on the Dutch 1-10 scale (grade = 10 x points / maximum) for the report.
    `check_first` runs the preflight (``preflight``) before anything is read or written; `force` redoes it.
    """
    from smmlib.grader import exports, overview, report   # pandas and seaborn: only when grading, not for `smm --help`

    timer = _Timer()
    root = Path(root).resolve()
    out = Path(out) if out else root / "grading" / assignment
    export = check_lms_options(lms_name, lms_export, item, assignment)
    require_source(root, assignment)
    checked = "Preflight skipped (--no-preflight): the set-up was not checked before grading."
    if check_first:
        seconds, cached = preflight(root, assignment, workers or default_workers(), use_cache=not force)
        checked = (f"Preflight: the model solution gets every autograded point and the untouched release 0 "
                   f"({'checked earlier in this set-up' if cached else f'{seconds:.0f} s'}).")
    timer.lap("preflight")
    out.mkdir(parents=True, exist_ok=True)
    ensure_assignment(root, assignment)
    layout, all_jobs = read_and_stage(root, assignment, source, lms_name)
    number_notes = numbers_from_export(root, lms_name, export, all_jobs)
    timer.lap("reading and staging")
    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    to_grade = changed_jobs(root, assignment, all_jobs, manifest, force)
    run_workers(root, assignment, to_grade, workers or default_workers(), show_progress)
    timer.lap("autograde and feedback")
    manifest.update({j.student: j.digest for j in all_jobs if j.status in ("graded", "unchanged")})
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    table = exports.scores(root, assignment, all_jobs)
    notes = exports.write_all(root, assignment, table, all_jobs, out, lms_name=lms_name, lms_export=export,
                              item=item or assignment)
    notes[:0] = number_notes
    if lms_name and layout == "plain":
        notes.insert(0, f"the submissions come from a submitted/ tree: their ids are its folder names, "
                        f"which {lms_name} only knows if they are its own ids")
    timer.lap("exports")
    report.write(root, assignment, table, all_jobs, out / "report.html", pass_mark=pass_mark)
    overview_path = None      # the overview covers grading/<assignment>/ folders only (not a custom --out)
    if out.resolve() == (root / "grading" / assignment).resolve():
        overview_path = overview.write(root / "grading", root, pass_mark=pass_mark)
    timer.lap("class report")
    print(checked)
    print_summary(all_jobs, out, layout, lms_name, notes)
    if overview_path:
        print(f"Overview of every graded assignment: {overview_path}")
    print("Time: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timer.laps.items()))
    return all_jobs


def check_lms_options(lms_name, lms_export, item, assignment):
    """The LMS's export read and checked before grading starts (LmsFileError if it cannot be used)."""
    if lms_export and not lms_name:
        raise lms.LmsFileError("an LMS export (--worksheet, --gradebook or --roster) needs --lms")
    if lms_name == "brightspace" and not lms_export:
        raise lms.LmsFileError("--lms brightspace needs --roster: Brightspace's download names students only by "
                               "name; its class list (or a grades export) gives their OrgDefinedId and Username")
    return lms.read_export(lms_name, lms_export, item, assignment) if lms_export else None


def numbers_from_export(root, lms_name, export, jobs):
    """Student numbers from the LMS export into student_numbers.csv, before grading (issue 18); notes."""
    if export is None:
        return []
    found, notes = lms_numbers.from_export(lms_name, export, jobs)
    added, more = lms_numbers.write(root, found)
    if added:
        notes.append(f"{added} student numbers from the {lms_name} export added to {lms_numbers.NUMBERS_FILE} "
                     f"(each submission is graded on that student's own data)")
    return notes + more


def read_and_stage(root, assignment, source, lms_name=None):
    """(layout, jobs): the submissions of `source` (a download, a submitted/ tree or 'exchange') staged."""
    if source == "exchange":
        nbgrader(["collect", assignment, "--update"], root, quiet=True)
        source = root / "submitted"
    source = Path(source).resolve()
    if source == (root / "submitted").resolve():
        return "plain", jobs_from_submitted(root, assignment)
    layout, submissions = lms.read_download(source, assignment)
    if lms_name and layout in lms.LMS_NAMES and layout != lms_name:
        raise lms.LmsFileError(f"--lms {lms_name}, but {source} is a {layout} download: its ids are not "
                               f"{lms_name} ids (use --lms {layout})")
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


def print_summary(jobs, out, layout, lms_name=None, notes=()):
    """The end-of-run summary for the grader: counts, failures with reasons, what needs a human."""
    count = {s: sum(j.status == s for j in jobs) for s in ("graded", "unchanged", "failed")}
    print(f"Input layout: {layout}. Students: {len(jobs)}; graded now: {count['graded']}, "
          f"unchanged since the last run: {count['unchanged']}, failed: {count['failed']}.")
    for job in jobs:
        if job.status == "failed":
            print(f"  FAILED {job.student}: {job.reason}")
    ours = sum(j.status == "failed" and j.cause == "grader" for j in jobs)
    if ours:
        print(f"{ours} submissions failed for a reason on the grader's side, not the student's: fix the cause "
              f"above and run again (their grades are left empty; exit code 3).")
    flagged = [j.student for j in jobs if j.extra.get("check_by_hand")]
    if flagged:
        print(f"Check by hand: {len(flagged)} submissions (column check_by_hand in grades.csv, and report.html).")
    manual = [j.student for j in jobs if j.extra.get("needs_manual")]
    if manual:
        print(f"Needs manual grading in formgrader: {len(manual)} submissions.")
    for note in notes:
        print(f"LMS: {note}")
    back = ""
    if lms_name:
        back = f", import_{lms_name}.csv" + (f", feedback_{lms_name}.zip" if (out / f"feedback_{lms_name}.zip").exists()
                                             else "")
    print(f"Results in {out}: grades.csv, report.html, feedback/{back}.")
