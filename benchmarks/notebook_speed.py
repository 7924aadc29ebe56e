"""Print how fast `import smmlib` is and how long every lesson notebook and assignment solution takes to run.

Targets (issue 2): import under 0.3 s; each notebook under 15 s on the 2-core course machine.
Run: .venv/bin/python benchmarks/notebook_speed.py
"""
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]


def import_seconds(runs=7):
    """Median wall time of `import smmlib` in a fresh interpreter, minus the bare interpreter start."""
    def timed(code):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start
    bare = statistics.median(timed("pass") for _ in range(runs))
    with_import = statistics.median(timed("import smmlib") for _ in range(runs))
    return with_import - bare, with_import


def notebook_seconds(path):
    """Execute a notebook in a fresh kernel; return (seconds including kernel start, number of errors)."""
    nb = nbformat.read(str(path), as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=120, allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    seconds = time.perf_counter() - start
    errors = sum(o.output_type == "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    return seconds, errors


def main():
    net, total = import_seconds()
    print(f"import smmlib: {net:.3f} s (fresh interpreter {total:.3f} s incl. Python start)  target < 0.3 s")
    print(f"{'notebook':55} {'seconds':>8} {'errors':>7}")
    notebooks = sorted((REPO / "course").glob("*.ipynb")) + sorted((REPO / "source").glob("*/*.ipynb"))
    worst = 0.0
    for path in notebooks:
        seconds, errors = notebook_seconds(path)
        worst = max(worst, seconds)
        print(f"{str(path.relative_to(REPO)):55} {seconds:8.1f} {errors:7d}")
    print(f"slowest notebook: {worst:.1f} s  target < 15 s")


if __name__ == "__main__":
    main()
