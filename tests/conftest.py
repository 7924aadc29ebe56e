"""Shared pytest set-up: nbgrader needs this Python's bin folder (alembic) on PATH.

The tests mirror the code: library/ (smmlib, what students import), chapters/ (each
assignment graded end to end, conventions, release sync), grader/ (smm grade),
sandbox/ (the grading sandbox and the red-team suite), lecturer/ (hand-out, exchange,
hub, set-up files), browser/ (JupyterLab in Chromium). Shared helpers: harness.py here,
and the chapter cases in chapters/ (other tests reuse chapter 4's answers).
"""
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
os.environ.setdefault("MPLBACKEND", "Agg")
# The solutions nbval runs start with use_variant("...") (issue 18): as on the hub, the number
# comes from SMM_STUDENT_ID. The grading sandbox never passes it on; the browser lab removes it.
os.environ.setdefault("SMM_STUDENT_ID", "s1234567")
# passed preflights of smm grade are remembered per content and set-up: here, in the test run's own cache
os.environ.setdefault("SMM_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".pytest_cache" / "smm"))
sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent / "chapters")]


def pytest_generate_tests(metafunc):
    """Chapter grading tests (harness.ChapterGrading) run once per typical mistake in the class's CASES."""
    if "case_name" in metafunc.fixturenames:
        metafunc.parametrize("case_name", list(metafunc.cls.CASES))
