"""Every chapter's model solution graded on many students' own data, under several course seeds (issue 18).

Usage (from the course root, with its venv; about 1.5 s of CPU per graded notebook):
    .venv/bin/python benchmarks/variant_sweep.py [--students 30] [--seeds 20250101 20260901 20270901]
                                                 [--chapters ch04_analytics ...] [--jobs 2]

Per course seed: a temporary copy of the course with that COURSE_SEED (its data built by
`smmlib.lecturer.cohort.apply`, every planted effect checked), a class list giving each of
`--students` students their own made-up number, and per chapter one real `smm grade` run
(sandbox, nbgrader autograde) over those students, each handing in the model solution, plus
one untouched release. Prints, per seed and chapter, how many students got every autograded
point, the untouched release's score, and the seconds. Exits non-zero when any model solution
lost a point or the release earned one. The suite runs one such student per chapter
(tests/harness.py, test_solution_gets_full_marks_on_a_students_own_data).
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from smmlib.lecturer import cohort  # noqa: E402


def course_copy(tmp, seed):
    """A course folder with source/, the config with this COURSE_SEED, and that seed's data."""
    root = Path(tmp) / f"seed-{seed}"
    root.mkdir()
    shutil.copytree(REPO / "source", root / "source")
    config = (REPO / "nbgrader_config.py").read_text(encoding="utf-8")
    (root / "nbgrader_config.py").write_text(
        config.replace(f"COURSE_SEED = {cohort.configured_seed(REPO)}", f"COURSE_SEED = {seed}"), encoding="utf-8")
    shutil.copytree(REPO / "datasets", root / "datasets", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    cohort.apply(root)
    return root


def grade_chapter(root, chapter, students, jobs):
    """(students with every autograded point, the untouched release's points, seconds) for one chapter."""
    incoming = root / f"incoming-{chapter}"
    source = (REPO / "source" / chapter / f"{chapter}.ipynb").read_bytes()
    for student in students:
        (incoming / student / chapter).mkdir(parents=True)
        (incoming / student / chapter / f"{chapter}.ipynb").write_bytes(source)
    subprocess.run([sys.executable, "-m", "smmlib.cli", "release", chapter], cwd=root, check=True,
                   capture_output=True)
    (incoming / "untouched" / chapter).mkdir(parents=True)
    shutil.copy(root / "release" / chapter / f"{chapter}.ipynb", incoming / "untouched" / chapter)
    env = dict(os.environ, SMM_DATASETS=str(root / "datasets"))
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", "grade", chapter, "--from", str(incoming),
                             "--jobs", str(jobs), "--quiet"], cwd=root, env=env, text=True, capture_output=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"smm grade {chapter} failed:\n{result.stdout}\n{result.stderr}")
    with open(root / "grading" / chapter / "grades.csv", newline="", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    full = sum(1 for s in students if rows[s]["autograded"] and float(rows[s]["autograded"]) == 20.0)
    lost = {s: rows[s]["autograded"] for s in students if not rows[s]["autograded"] or float(rows[s]["autograded"]) < 20}
    return full, float(rows["untouched"]["autograded"] or 0), seconds, lost


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--seeds", type=int, nargs="+", default=[20250101, 20260901, 20270901])
    parser.add_argument("--chapters", nargs="+", default=sorted(p.name for p in (REPO / "source").iterdir()
                                                                   if p.is_dir()))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    students = [f"s{2_000_001 + i}" for i in range(args.students)]
    failures = 0
    print(f"{'seed':>9} {'chapter':22} {'full marks':>12} {'release':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="variant-sweep-") as tmp:
        for seed in args.seeds:
            root = course_copy(tmp, seed)
            (root / "student_numbers.csv").write_text(
                "student_id,student_number\n" + "".join(f"{s},{s}\n" for s in students), encoding="utf-8")
            for chapter in args.chapters:
                full, release, seconds, lost = grade_chapter(root, chapter, students, args.jobs)
                failures += (full < len(students)) + (release > 0)
                print(f"{seed:>9} {chapter:22} {full:>5} / {len(students):<4} {release:>8g} {seconds:>8.1f}")
                for student, points in sorted(lost.items())[:5]:
                    print(f"{'':>9}   {student} ({student}'s data): {points or 'not graded'} of 20")
    print("all model solutions full, all releases 0" if not failures else f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
