"""Generate every course data set as CSV (deterministic, one seed).

Usage:
    python datasets/generate.py              # writes into datasets/
    python datasets/generate.py --out /tmp/x # writes elsewhere (used by the tests)
    python datasets/generate.py --only posts followers_daily

The brand "Trapkracht" and its competitors "Snelwiel" and "Velox" are fictional.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # the course's own smmlib

from smmlib.datagen.build import BUILDERS, build_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="output folder (default: the datasets/ folder)")
    parser.add_argument("--only", nargs="*", choices=sorted(BUILDERS),
                        help="build only these data sets (dependencies are built in memory)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    written = build_all(args.out, only=args.only)
    for name, (path, n) in written.items():
        print(f"{name:16s} {n:6d} rows  {path.stat().st_size / 1e6:6.2f} MB")
    print(f"done in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
