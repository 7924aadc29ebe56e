"""Build many students' data variants under several course seeds and print what each cost.

Usage (from the course root, with its venv):
    .venv/bin/python benchmarks/variant_data.py [--students 30] [--seeds 20250101 20260101 20270101]

Per course seed and data-set group: how many attempts a variant needed before every planted
effect of the datasheet held (smmlib/datagen/planted.py), the worst case, and the time per
student for all ten data sets (wall clock and CPU). Exits non-zero when a variant could not be made.
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smmlib import datasets, variants  # noqa: E402
from smmlib.datagen import planted  # noqa: E402


def sweep(course_seed, students):
    """Attempts per group and seconds per student for `students` made-up student numbers."""
    attempts = {tuple(group): [] for group in planted.GROUPS}
    seconds, cpu = [], []
    for number in range(1_000_001, 1_000_001 + students):
        started, started_cpu = time.perf_counter(), time.process_time()
        for group in planted.GROUPS:
            seed = variants.variant_seed(str(number))
            attempts[tuple(group)].append(variants.accepted_group(group, course_seed, seed, datasets._typed)[1])
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return attempts, seconds, cpu


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--seeds", type=int, nargs="+", default=[20250101, 20260101, 20270101])
    args = parser.parse_args(argv)
    for course_seed in args.seeds:
        try:
            attempts, seconds, cpu = sweep(course_seed, args.students)
        except RuntimeError as error:
            print(f"course seed {course_seed}: {error}")
            return 1
        print(f"\ncourse seed {course_seed}: {args.students} students, "
              f"{statistics.mean(seconds):.2f} s per student for all ten data sets (max {max(seconds):.2f} s), "
              f"{statistics.mean(cpu):.2f} s of CPU (the figure that does not depend on other load)")
        for group, tries in attempts.items():
            print(f"  {' + '.join(group):26} mean extra attempts {statistics.mean(tries):4.2f}   worst {max(tries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
