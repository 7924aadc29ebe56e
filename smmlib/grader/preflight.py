"""Preflight stage of `smm grade`: before any student is touched, grade the assignment's own model
solution and its untouched release through the same workers, sandbox and configuration, in a throwaway
course (its own SQLite gradebook in a temporary folder; the course's gradebook and submitted/ are never
read or written). The solution must get every autograded point and the release 0, else nothing is graded.

A passed preflight is cached (``~/.cache/smm/preflight.json``, or ``$SMM_CACHE_DIR``) per source, release, configuration and
grading environment (the kernel's Python, what it imports, smmlib's code), so reruns do not pay twice.
"""
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from smmlib.grader.course import CourseError, nbgrader, tool_env
from smmlib.grader.gradebook import source_grade_cells
from smmlib.grader.stage import jobs_from_submitted
from smmlib.grader.workers import run_workers
from smmlib.sandbox.paths import KernelPathsError, kernel_base_env, kernel_imports
from smmlib.sandbox.record import TIMEOUT_ENAME, grading_meta

SOLUTION, RELEASE = "smm-preflight-solution", "smm-preflight-release"


class PreflightError(CourseError):
    """The preflight failed: grading this assignment here would give wrong grades (English, for graders)."""


def cache_file():
    """Where passed preflights are remembered: $SMM_CACHE_DIR, else ~/.cache/smm."""
    base = os.environ.get("SMM_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "smm")
    return Path(base) / "preflight.json"


def preflight(root, assignment, workers=2, use_cache=True):
    """Check the assignment in this set-up; returns (seconds, cached). Raises PreflightError with the cause."""
    started = time.perf_counter()
    root = Path(root).resolve()
    try:
        key = environment_key(root, assignment)
    except KernelPathsError as error:
        raise PreflightError(f"preflight of {assignment}: the grading kernel could not start: {error}. "
                             "Install the course into the Python that runs the grading (for example "
                             "`pip install -e <course folder>` in that venv) and run again.") from None
    cache = _read_cache()
    if use_cache and key in cache:
        return cache[key]["seconds"], True
    with tempfile.TemporaryDirectory(prefix="smm-preflight-") as tmp:
        problems, warnings = _grade_in(Path(tmp) / "course", root, assignment, workers)
    seconds = time.perf_counter() - started
    if problems:
        raise PreflightError(f"preflight of {assignment} failed, so nobody was graded and nothing was changed:\n"
                             + "\n".join(f"  - {p}" for p in problems + warnings)
                             + "\nFix the cause and run again (`--no-preflight` skips this check; only for experts).")
    for warning in warnings:
        print(f"Preflight: {warning}")
    cache[key] = {"seconds": round(seconds, 1), "assignment": assignment, "when": time.strftime("%Y-%m-%d %H:%M")}
    _write_cache(cache)
    return seconds, False


def environment_key(root, assignment):
    """A digest of what decides the preflight's outcome: the notebooks, the configuration and the kernel's imports."""
    digest = hashlib.sha256()
    probe = kernel_imports(kernel_base_env(root))
    digest.update(json.dumps([probe, sys.executable], sort_keys=True).encode())
    files = [root / "nbgrader_config.py", *sorted((root / "source" / assignment).rglob("*")),
             root / "release" / assignment / f"{assignment}.ipynb", *sorted(Path(probe["smmlib"]).rglob("*.py")),
             Path(probe["data"]) / "course_seed.txt"]
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(path.anchor)).encode() + path.read_bytes())
    for entry in probe["path"]:   # installed package versions (their dist-info folders)
        if os.path.isdir(entry):
            digest.update(" ".join(sorted(n for n in os.listdir(entry) if n.endswith(".dist-info"))).encode())
    return digest.hexdigest()


def _grade_in(course, root, assignment, workers):
    """Grade the solution and the release in a throwaway copy of the course; (problems, warnings)."""
    (course / "source").mkdir(parents=True)
    shutil.copytree(root / "source" / assignment, course / "source" / assignment)
    config = (root / "nbgrader_config.py").read_text(encoding="utf-8")
    (course / "nbgrader_config.py").write_text(
        config + f"\n# preflight: a throwaway gradebook\nc.CourseDirectory.db_url = "
                 f"{'sqlite:///' + str(course / 'gradebook.db')!r}\n", encoding="utf-8")
    if (root / "datasets").is_dir():
        (course / "datasets").symlink_to(root / "datasets")   # the course's own data, as for the students
    env = {k: v for k, v in tool_env().items() if k != "SMM_DB_URL"}
    nbgrader(["generate_assignment", assignment, "--force", "--log-level=WARN"], course, quiet=True, env=env)
    name = f"{assignment}.ipynb"
    released = root / "release" / assignment / name
    fresh = course / "release" / assignment / name
    warnings, stale = [], None
    if not released.is_file():
        released = fresh
        warnings.append(f"release/{assignment}/ does not exist yet: checked a fresh release made from the source")
    elif _cells(released) != _cells(fresh):
        stale = (f"source/{assignment} changed after release/{assignment} was made (students have the "
                 f"older release); run `smm release` or check that the change is deliberate")
    for student, notebook in ((SOLUTION, root / "source" / assignment / name), (RELEASE, released)):
        folder = course / "submitted" / student / assignment
        folder.mkdir(parents=True)
        shutil.copy2(notebook, folder / name)
    jobs = jobs_from_submitted(course, assignment)
    run_workers(course, assignment, jobs, max(1, min(workers, 2)), show_progress=False, env=env)
    problems = [f"the {job.student.split('-')[-1]} could not be graded: {job.reason}"
                for job in jobs if job.status != "graded"]
    if not problems:
        problems = _score_problems(course, root, assignment)
    if stale and problems:
        problems.append("likely cause: " + stale)
    elif stale:
        warnings.append(stale)
    return problems, warnings


def _score_problems(course, root, assignment):
    """What is wrong with the scores: the solution below the maximum or the release above 0, and why."""
    from nbgrader.api import Gradebook

    tests = [(gid, points) for gid, points, manual in source_grade_cells(root, assignment) if not manual]
    problems = []
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student, wanted in ((SOLUTION, "full"), (RELEASE, "zero")):
            sub = gb.find_submission_notebook(assignment, assignment, student)
            got = {g.name: float(g.auto_score or 0) for g in sub.grades}
            wrong = [gid for gid, points in tests
                     if (got.get(gid, 0) < points - 1e-9 if wanted == "full" else got.get(gid, 0) > 1e-9)]
            if not wrong:
                continue
            total, maximum = sum(got.get(g, 0) for g, _ in tests), sum(p for _, p in tests)
            who = "model solution" if wanted == "full" else "untouched release"
            expected = maximum if wanted == "full" else 0
            problems.append(f"the {who} scored {total:g} of {maximum:g} autograded points (expected {expected:g}); "
                            "cells: " + "; ".join(_cell_reason(course, student, assignment, gid) for gid in wrong))
    return problems


def _cell_reason(course, student, assignment, grade_id):
    """A grade cell's id and the first line of what it printed (a timeout is named as one)."""
    import nbformat

    path = course / "autograded" / student / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    notes = grading_meta(nb).get("notes", [])
    for cell in nb.cells:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") != grade_id:
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                if out.get("ename") == TIMEOUT_ENAME:
                    return f"{grade_id} (timeout: the cell ran longer than Execute.timeout)"
                return f"{grade_id} ({out.get('ename')}: {str(out.get('evalue', '')).splitlines()[0][:120]})"
        text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
        first = next((line for line in text.splitlines() if line.strip()), "")
        sandbox = next((n for n in notes if n.startswith("sandbox:")), "")
        return f"{grade_id} ({first[:120] or sandbox or 'no output'})"
    return grade_id


def _cells(path):
    """The cells of a notebook as students see them (type and source), to compare two releases."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    return [(c.cell_type, c.source) for c in nb.cells]


def _read_cache():
    try:
        return json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_cache(cache):
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)    # whole or not at all, also with several graders at once
    except OSError:
        pass   # no writable cache: the next run checks again
