"""Where one student's grading time goes in `smm grade`'s worker (issue 19).

Grades N simulated submissions one after the other in this process, with the worker's
own code (``smmlib.grader.worker.grade_one``: nbgrader's autograde through the sandbox,
then the feedback), and prints the wall seconds per student in each step: the kernel
start (forked from the fork server, or launched), the notebook's cells, the grading
guard around each test cell, the rest of the kernel's life (its hello on the report
pipe, its shutdown), nbgrader's gradebook writes, nbgrader's other work and the feedback.
The first two students are not counted (the second kernel of a process starts the fork server).

    .venv/bin/python benchmarks/grade_profile.py [--n 20] [--assignment ch04_analytics] [--no-fork-server]
"""
import argparse
import functools
import os
import sys
import tempfile
import time
from collections import defaultdict

from bulk_grade import REPO, fresh_course

from smmlib.lecturer.simulated_class import class_notebooks

TOTALS = defaultdict(float)


def timed(owner, name, label):
    """Add the wall time of every call of owner.name to TOTALS[label]."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            TOTALS[label] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def instrument():
    from nbgrader.preprocessors import SaveAutoGrades, SaveCells

    from smmlib.grader import worker
    from smmlib.sandbox.execute import SandboxedExecute

    timed(worker, "grade_one", "total")
    timed(worker, "feedback", "feedback")
    timed(SandboxedExecute, "_run_once", "kernel")
    timed(SandboxedExecute, "_start_kernel", "start")
    timed(SandboxedExecute, "execute_cell", "cells")
    timed(SandboxedExecute, "_guard", "guard")
    timed(SaveCells, "preprocess", "gradebook")
    timed(SaveAutoGrades, "preprocess", "gradebook")
    return worker


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--assignment", default="ch04_analytics")
    parser.add_argument("--no-fork-server", action="store_true")
    args = parser.parse_args()
    a = args.assignment
    notebooks = class_notebooks(REPO, a, args.n + 2, kinds=("full",))
    full = list(notebooks)
    with tempfile.TemporaryDirectory() as tmp:
        root = fresh_course(tmp, "course", a, notebooks, fork_server=False if args.no_fork_server else None)
        os.chdir(root)
        worker = instrument()
        api = worker.load_api(str(root))
        for student in full[:2]:
            assert worker.grade_one(api, a, student)["success"], student
        TOTALS.clear()
        for student in full[2:]:
            result = worker.grade_one(api, a, student)
            assert result["success"], result
    n = len(full) - 2
    per = {key: value / n for key, value in TOTALS.items()}
    autograde = per["total"] - per["feedback"]
    rows = [
        ("kernel start (until it answers kernel_info)", per["start"]),
        ("cells of the notebook", per["cells"]),
        ("grading guard (before and after each test cell)", per["guard"]),
        ("rest of the kernel's life (hello, shutdown)", per["kernel"] - per["start"] - per["cells"] - per["guard"]),
        ("gradebook writes (SaveCells, SaveAutoGrades)", per["gradebook"]),
        ("nbgrader's other autograde work", autograde - per["kernel"] - per["gradebook"]),
        ("feedback HTML", per["feedback"]),
    ]
    server = "without the fork server" if args.no_fork_server else "with the fork server"
    print(f"{n} full submissions of {a}, graded one by one by the worker's code {server}; "
          "seconds per student:")
    for label, seconds in rows:
        print(f"  {label:<52} {seconds:6.3f}")
    print(f"  {'total':<52} {per['total']:6.3f}")


if __name__ == "__main__":
    sys.exit(main())
