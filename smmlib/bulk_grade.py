"""`smm grade`: from an LMS download to grades, an LMS import file, feedback and a class report.

Steps (each one nbgrader's own machinery where nbgrader has it):
1. read the download (smmlib.lms) and stage each notebook in submitted/<student>/<assignment>/;
   the download itself is only read, an existing different submission is kept as a copy;
2. autograde the new or changed submissions in parallel workers (smmlib.grade_worker),
   each making the Dutch feedback right after;
3. read the scores from nbgrader's gradebook and write grades.csv, the LMS import file,
   feedback/<student>.html and report.html (smmlib.grade_exports, smmlib.class_report).
"""
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from smmlib import lms
from smmlib.course import CourseError, nbgrader, tool_env
from smmlib.grade_worker import PREFIX


@dataclass
class Job:
    """One student's submission on its way through the grading run."""
    student: str
    lms_id: str
    name: str
    status: str = "pending"      # pending, graded, unchanged, failed
    reason: str = ""
    remark: str = ""
    digest: str = ""
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)


def default_jobs():
    return max(1, os.cpu_count() or 1)


def ensure_assignment(root, assignment):
    """Make sure the gradebook knows the assignment (its source cells), as `make release` does."""
    if not (root / "source" / assignment).is_dir():
        raise CourseError(f"Unknown assignment {assignment!r}: there is no source/{assignment}/")
    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(db_url(root)) as gb:
        try:
            gb.find_assignment(assignment)
            return
        except MissingEntry:
            pass
    nbgrader(["generate_assignment", assignment, "--force", "--log-level=WARN"], root, quiet=True)


def db_url(root):
    """The gradebook URL: SMM_DB_URL (e.g. PostgreSQL for several graders) or the course's SQLite file."""
    return os.environ.get("SMM_DB_URL") or f"sqlite:///{Path(root) / 'gradebook.db'}"


def stage(root, assignment, submissions):
    """Put each submission's notebook in submitted/<student>/<assignment>/ and return the jobs.

    Never changes what is there: an identical file is left alone, a different
    older one is kept as `<assignment>.ipynb.previous-<n>` next to the new one.
    """
    jobs = []
    for sub in submissions:
        job = Job(sub.student_id, sub.lms_id, sub.name)
        jobs.append(job)
        filename, data, job.remark = sub.notebook(assignment)
        if data is None:
            job.status, job.reason = "failed", job.remark
            continue
        try:
            nb = nbformat.reads(data.decode("utf-8"), as_version=4)
        except Exception as error:  # invalid JSON, empty file, a .py renamed .ipynb, ...
            job.status, job.reason = "failed", f"invalid notebook ({filename}): {str(error).splitlines()[0][:200]}"
            continue
        text = nbformat.writes(nb)
        job.digest = hashlib.sha256(text.encode()).hexdigest()
        folder = root / "submitted" / sub.student_id / assignment
        target = folder / f"{assignment}.ipynb"
        if target.exists() and target.read_text(encoding="utf-8") != text:
            n = 1
            while target.with_name(f"{target.name}.previous-{n}").exists():
                n += 1
            shutil.copy2(target, target.with_name(f"{target.name}.previous-{n}"))
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if sub.late:
            job.remark = (job.remark + "; " if job.remark else "") + "marked late by the LMS"
    return jobs


def jobs_from_submitted(root, assignment):
    """Jobs for every student already in the course's submitted/ tree (read only)."""
    jobs = []
    for folder in sorted((root / "submitted").glob(f"*/{assignment}")):
        job = Job(folder.parent.name, folder.parent.name, folder.parent.name)
        target = folder / f"{assignment}.ipynb"
        notebooks = sorted(folder.glob("*.ipynb"))
        if not target.exists():
            job.status = "failed"
            job.reason = (f"notebook not named {assignment}.ipynb: {', '.join(p.name for p in notebooks)}"
                          if notebooks else "no notebook (.ipynb) in the submission")
        else:
            try:
                text = nbformat.writes(nbformat.read(str(target), as_version=4))
                job.digest = hashlib.sha256(text.encode()).hexdigest()
            except Exception as error:
                job.status, job.reason = "failed", f"invalid notebook: {str(error).splitlines()[0][:200]}"
        jobs.append(job)
    return jobs


def progress(done, total, started):
    """A one-line progress bar on stderr."""
    width = 30
    filled = int(width * done / max(total, 1))
    elapsed = time.perf_counter() - started
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} graded  {elapsed:5.0f} s")
    sys.stderr.flush()


def run_workers(root, assignment, jobs, n_workers, show_progress=True):
    """Autograde `jobs` with `n_workers` worker processes fed from one queue; fills in status per job."""
    todo = queue.Queue()
    for job in jobs:
        todo.put(job)
    lock = threading.Lock()
    counter = {"done": 0}
    started = time.perf_counter()

    def worker():
        def spawn():
            return subprocess.Popen([sys.executable, "-m", "smmlib.grade_worker", str(root), assignment],
                                    cwd=root, env=tool_env(), text=True, stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

        def answer():
            for line in proc.stdout:
                if line.startswith(PREFIX):
                    return json.loads(line[len(PREFIX):])
            return None

        proc = spawn()
        alive = answer() is not None
        while True:
            try:
                job = todo.get_nowait()
            except queue.Empty:
                break
            if not alive:  # a worker that stopped on one submission is replaced for the next one
                proc.kill()
                proc.wait()
                proc = spawn()
                alive = answer() is not None
            reply = None
            if alive:
                try:
                    proc.stdin.write(json.dumps(job.student) + "\n")
                    proc.stdin.flush()
                    reply = answer()
                except (BrokenPipeError, OSError):
                    reply = None
            if reply is None:
                job.status, job.reason = "failed", "the grading worker stopped while grading this submission"
                alive = False
            elif reply["success"]:
                job.status, job.seconds = "graded", reply["seconds"]
            else:
                job.status, job.seconds = "failed", reply["seconds"]
                job.reason = "autograde failed: " + last_line(reply["error"])
            with lock:
                counter["done"] += 1
                if show_progress:
                    progress(counter["done"], len(jobs), started)
        if proc.stdin:
            proc.stdin.close()
        proc.wait()

    threads = [threading.Thread(target=worker) for _ in range(max(1, min(n_workers, len(jobs))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if show_progress and jobs:
        sys.stderr.write("\n")


def last_line(text):
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"


def load_manifest(path):
    return json.loads(path.read_text()) if path.exists() else {}


def grade(assignment, source, root, jobs=None, lms_name=None, force=False, out=None, roster=None,
          item=None, show_progress=True):
    """Grade one assignment for a whole class; returns the list of Jobs (see the module docstring)."""
    from smmlib import class_report, grade_exports

    clock = [time.perf_counter()]
    timings = {}

    def lap(name):
        clock.append(time.perf_counter())
        timings[name] = clock[-1] - clock[-2]

    root = Path(root).resolve()
    out = Path(out) if out else root / "grading" / assignment
    out.mkdir(parents=True, exist_ok=True)
    ensure_assignment(root, assignment)
    if source == "exchange":
        nbgrader(["collect", assignment, "--update"], root, quiet=True)
        source = root / "submitted"
    source = Path(source).resolve()
    if source == (root / "submitted").resolve():
        layout, all_jobs = "plain", jobs_from_submitted(root, assignment)
    else:
        layout, submissions = lms.read_download(source, assignment)
        all_jobs = stage(root, assignment, submissions)
    lap("reading and staging")
    manifest = load_manifest(out / "manifest.json")
    to_grade = []
    for job in all_jobs:
        if job.status == "failed":
            continue
        graded_before = (root / "autograded" / job.student / assignment / f"{assignment}.ipynb").exists()
        if not force and graded_before and manifest.get(job.student) == job.digest:
            job.status = "unchanged"
        else:
            to_grade.append(job)
    run_workers(root, assignment, to_grade, jobs or default_jobs(), show_progress)
    lap("autograde and feedback")
    manifest.update({j.student: j.digest for j in all_jobs if j.status in ("graded", "unchanged")})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))

    table = grade_exports.scores(root, assignment, all_jobs)
    grade_exports.write_all(root, assignment, table, all_jobs, out, lms_name, roster, item or assignment)
    lap("exports")
    class_report.write(root, assignment, table, all_jobs, out / "report.html")
    lap("class report")
    print_summary(all_jobs, out, layout)
    print("Time: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()))
    return all_jobs


def print_summary(jobs, out, layout):
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
