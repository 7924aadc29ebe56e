"""Shared pytest set-up: nbgrader needs this Python's bin folder (alembic) on PATH."""
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).parent))


def pytest_generate_tests(metafunc):
    """Chapter grading tests (harness.ChapterGrading) run once per typical mistake in the class's CASES."""
    if "case_name" in metafunc.fixturenames:
        metafunc.parametrize("case_name", list(metafunc.cls.CASES))
