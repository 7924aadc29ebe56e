"""Generate every course data set as CSV (deterministic, one seed).

Usage:
    python datasets/generate.py              # writes into datasets/
    python datasets/generate.py --out /tmp/x # writes elsewhere (used by the tests)
    python datasets/generate.py --only posts followers_daily
    python datasets/generate.py --course-seed 20260901   # another cohort's data (checked); better:
                                                         # COURSE_SEED in nbgrader_config.py + make release

The brand "Trapkracht" and its competitors "Snelwiel" and "Velox" are fictional.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # the course's own smmlib

from smmlib.datagen.build import BUILDERS, build_all  # noqa: E402
from smmlib.datagen.common import SEED, write_csv  # noqa: E402
from smmlib.datasets import _typed  # noqa: E402
from smmlib.lecturer.cohort import shipped_seed  # noqa: E402
from smmlib.variants import base_frames  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="output folder (default: the datasets/ folder)")
    parser.add_argument("--only", nargs="*", choices=sorted(BUILDERS),
                        help="build only these data sets (dependencies are built in memory)")
    parser.add_argument("--course-seed", type=int, default=None,
                        help="build the base data of another cohort (default: the seed in course_seed.txt)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    seed = args.course_seed if args.course_seed is not None else shipped_seed(Path(__file__).resolve().parent)
    if seed == SEED:
        written = build_all(args.out, only=args.only)
    else:                              # another cohort: every planted effect checked, as smm release does
        frames = base_frames(seed, _typed)
        written = {name: (write_csv(frames[name], args.out / f"{name}.csv"), len(frames[name]))
                   for name in args.only or frames}
        (args.out / "course_seed.txt").write_text(f"{seed}\n", encoding="utf-8")
    for name, (path, n) in written.items():
        print(f"{name:16s} {n:6d} rows  {path.stat().st_size / 1e6:6.2f} MB")
    print(f"done in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
