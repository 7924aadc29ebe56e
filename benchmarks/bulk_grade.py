"""Bulk grading speed: plain sequential nbgrader against `smm grade`, on the same simulated class.

Makes N submissions of chapter 4 (a mix of full, partial, blank and broken),
grades one fresh course copy with plain `nbgrader autograde` + `nbgrader
generate_feedback` (one student after the other, as nbgrader does) and another
with `smm grade --jobs J`, checks that every per-question score is identical,
and prints both wall times, their ratio, and where the time per submission goes.

    .venv/bin/python benchmarks/bulk_grade.py [--n 100] [--jobs 2] [--assignment ch04_analytics] [--variants]

With --variants a third copy is graded by `smm grade` with a class list that gives every
student their own number (issue 18), and the time per student with and without variants is printed.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from smmlib.grader.course import tool_env  # noqa: E402
from smmlib.lecturer.simulated_class import class_notebooks, write_submitted_tree  # noqa: E402


def fresh_course(base, name, assignment, notebooks):
    root = Path(base) / name
    (root / "source").mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", root)
    shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
    shutil.copytree(REPO / "release" / assignment, root / "release" / assignment)
    run(root, [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force"])
    write_submitted_tree(root / "submitted", assignment, notebooks)
    return root


def run(root, cmd):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=root, env=tool_env(), check=False, capture_output=True)
    return time.perf_counter() - start


def scores(root, assignment, students):
    from nbgrader.api import Gradebook, MissingEntry
    result = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student in students:
            try:
                sub = gb.find_submission_notebook(assignment, assignment, student)
                result[student] = {g.name: g.score for g in sub.grades}
            except MissingEntry:
                result[student] = None
    return result


def _timed_empty_kernel():
    start = time.perf_counter()
    NotebookClient(nbformat.v4.new_notebook(), kernel_name="python3").execute()
    return time.perf_counter() - start


def breakdown(root, assignment):
    """Seconds for: an empty kernel start, executing one full submission, and the nbgrader steps around it."""
    kernel = min(_timed_empty_kernel() for _ in range(3))     # the first start is a cold one
    student = next(p.parent.name for p in (root / "submitted").glob(f"*_full/{assignment}"))
    nb = nbformat.read(str(root / "submitted" / student / assignment / f"{assignment}.ipynb"), as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(root)}}).execute()
    execute = time.perf_counter() - start
    nbg = [sys.executable, "-m", "nbgrader"]
    autograde = run(root, nbg + ["autograde", assignment, "--student", student, "--force"])
    feedback = run(root, nbg + ["generate_feedback", assignment, "--student", student, "--force"])
    startup = run(root, nbg + ["--version"])
    return kernel, execute, autograde, feedback, startup


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--assignment", default="ch04_analytics")
    parser.add_argument("--variants", action="store_true", help="also time smm grade with per-student data")
    args = parser.parse_args()
    a = args.assignment
    notebooks = class_notebooks(REPO, a, args.n)
    kinds = {k: sum(s.endswith(k) for s in notebooks) for k in ("full", "partial", "blank", "broken")}
    print(f"{args.n} simulated submissions of {a}: {kinds}; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        plain = fresh_course(tmp, "plain", a, notebooks)
        smm = fresh_course(tmp, "smm", a, notebooks)
        nbg = [sys.executable, "-m", "nbgrader"]
        t_auto = run(plain, nbg + ["autograde", a])
        t_feedback = run(plain, nbg + ["generate_feedback", a])
        t_smm = run(smm, [sys.executable, "-m", "smmlib.cli", "grade", a, "--from", "submitted",
                          "--jobs", str(args.jobs), "--quiet"])
        s_plain, s_smm = scores(plain, a, notebooks), scores(smm, a, notebooks)
        graded = [s for s in notebooks if not s.endswith("_broken")]
        # A broken notebook: plain nbgrader records zeros, smm grade records nothing and reports the reason.
        for student, grades in s_smm.items():
            if grades is None and student.endswith("_broken"):
                s_smm[student] = {g: 0.0 for g in s_plain[student] or {}} or None
        diff = {s: (s_plain[s], s_smm[s]) for s in notebooks if s_plain[s] != s_smm[s]}
        assert not diff, f"per-question scores differ between plain nbgrader and smm grade: {diff}"
        t_plain = t_auto + t_feedback
        print(f"plain nbgrader: autograde {t_auto:.1f} s + generate_feedback {t_feedback:.1f} s = {t_plain:.1f} s")
        print(f"smm grade --jobs {args.jobs}: {t_smm:.1f} s (autograde, feedback, CSV, LMS file, report)")
        print(f"speed-up: {t_plain / t_smm:.2f}x  (autograde alone vs smm grade: {t_auto / t_smm:.2f}x)")
        print(f"scores identical for all {len(graded)} graded submissions "
              f"({len(notebooks) - len(graded)} broken ones skipped by both)")
        if args.variants:
            own = fresh_course(tmp, "variants", a, notebooks)
            (own / "student_numbers.csv").write_text("student_id,student_number\n" + "".join(
                f"{s},{3_000_001 + i}\n" for i, s in enumerate(notebooks)), encoding="utf-8")
            t_own = run(own, [sys.executable, "-m", "smmlib.cli", "grade", a, "--from", "submitted",
                              "--jobs", str(args.jobs), "--quiet"])
            full = [s for s in notebooks if s.endswith("_full")]
            s_own = scores(own, a, full)
            print(f"smm grade --jobs {args.jobs} with every student's own data: {t_own:.1f} s "
                  f"({t_own / len(notebooks):.2f} s per student against {t_smm / len(notebooks):.2f} s on the base "
                  f"data; {sum(g == s_smm[st] for st, g in s_own.items())} of {len(full)} full submissions "
                  "score the same on their own data)")
        kernel, execute, autograde, feedback, startup = breakdown(plain, a)
        print("where one submission's time goes (seconds, measured one at a time):")
        print(f"  nbgrader app start-up (imports, config)        {startup:6.2f}")
        print(f"  kernel start (empty notebook, best of 3)        {kernel:6.2f}")
        print(f"  executing a full submission incl. kernel start  {execute:6.2f}")
        print(f"  nbgrader autograde of it, one run               {autograde:6.2f}")
        print(f"  nbgrader generate_feedback of it, one run       {feedback:6.2f}")
        print(f"  per submission in the sequential class run      {t_plain / len(notebooks):6.2f}")
        print(f"  per submission with smm grade                   {t_smm / len(notebooks):6.2f}")


if __name__ == "__main__":
    main()
