"""Put the student number cell (smmlib/lecturer/student_number_cell.py) in every source assignment.

Usage: .venv/bin/python tools/add_student_number_cell.py [ASSIGNMENT ...]; then `make release`.
"""
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smmlib.lecturer.student_number_cell import add  # noqa: E402


def main(names):
    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        if names and path.parent.name not in names:
            continue
        nb = nbformat.read(str(path), as_version=4)
        if add(nb):
            nbformat.write(nb, str(path))
            print(f"added to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
