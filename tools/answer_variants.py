"""Grade every answer variant of tests/answers/<chapter>.yaml through real nbgrader and print a table.

Usage (from the course root, with its venv):
    .venv/bin/python tools/answer_variants.py ch04_analytics [more chapters | all] [-v]

Each variant replaces the answer cell of its question in a submission whose other answers
are the model answers; a `right` variant must score the question's full points, a
placeholder 0. `-v` prints the feedback of every variant that scores otherwise.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
# nbgrader runs `alembic` by name: this Python's bin folder first on PATH (as tests/conftest.py does).
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
os.environ.setdefault("MPLBACKEND", "Agg")

from harness import autograde_class, load_variants, variant_submissions  # noqa: E402


def sweep(chapter, verbose=False):
    """Grade every variant of one chapter on its own; the number that scored other than deserved."""
    table = load_variants(chapter)
    submissions, expected = variant_submissions(chapter, table)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        result = autograde_class(Path(tmp), chapter, submissions)
    print(f"\n== {chapter}: {len(submissions)} variants in {time.perf_counter() - started:.0f} s")
    print(f"{'question':48} {'kind':12} {'variant':30} {'score':>6} {'want':>6}")
    wrong = 0
    for student, (question, kind, name, want) in expected.items():
        got = result.scores[student][question]
        ok = abs(got - want) < 1e-6
        wrong += not ok
        print(f"{question:48} {kind:12} {name[:30]:30} {got:6.2f} {want:6.2f}{'' if ok else '  <-- WRONG'}")
        if not ok and verbose:
            print("    " + result.feedback[student].get(question, "").replace("\n", "\n    "))
    return wrong


def main(argv):
    verbose = "-v" in argv
    chapters = [a for a in argv if not a.startswith("-")]
    if chapters == ["all"] or not chapters:
        chapters = sorted(p.stem for p in (REPO / "tests" / "answers").glob("*.yaml"))
    wrong = sum(sweep(chapter, verbose) for chapter in chapters)
    print(f"\n{wrong} variant(s) scored other than they deserve")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
