"""The preflight of `smm grade` refuses a set-up that would grade wrongly, before any student is touched;
exit codes tell grader-side failures from broken submissions; `smm check` on this machine (issue 16)."""
import hashlib
import shutil
import subprocess
import sys

from harness import REPO
from layouts import A, course, smm_grade, venv


def snapshot(root):
    """Every file of the course with its digest (to prove that nothing changed)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_kernel_that_cannot_start_is_refused_before_anyone_is_graded(tmp_path):
    root = course(tmp_path / "course")
    python = venv(tmp_path / "bare")            # no smmlib installed: the grader imports the course's, the kernel none
    before = snapshot(root)
    result = smm_grade(python, root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "preflight of ch04_analytics" in result.stderr
    assert "cannot import smmlib" in result.stderr and "pip install -e" in result.stderr
    assert snapshot(root) == before               # no gradebook, no grading/, submitted/ untouched

    skipped = smm_grade(python, root, "--no-preflight")     # an expert skips it: every student fails, loudly
    assert skipped.returncode == 3, skipped.stdout + skipped.stderr
    assert "Preflight skipped (--no-preflight)" in skipped.stdout
    assert "FAILED model: kernel could not start:" in skipped.stdout
    assert "above traceback" not in skipped.stdout
    grades = (root / "grading" / A / "grades.csv").read_text(encoding="utf-8")
    assert "kernel could not start" in grades


def test_a_release_that_scores_is_refused(tmp_path):
    """A release that is the solution (a lecturer's slip) would give every student full marks."""
    root = course(tmp_path / "course")
    shutil.copy(root / "source" / A / f"{A}.ipynb", root / "release" / A / f"{A}.ipynb")
    before = snapshot(root)
    result = smm_grade(sys.executable, root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "the untouched release scored 20 of 20 autograded points (expected 0)" in result.stderr
    assert "likely cause: source/ch04_analytics changed after release/ch04_analytics was made" in result.stderr
    assert snapshot(root) == before


def test_smm_check_on_this_machine():
    result = subprocess.run([sys.executable, "-m", "smmlib.cli", "check", A], cwd=REPO, text=True,
                            capture_output=True)
    assert result.returncode == 0, result.stdout + result.stderr
    for row in ("nbgrader", "pandas", "sandboxed kernel", "Landlock (filesystem)", "seccomp",
                f"preflight {A}", "This machine is ready to grade."):
        assert row in result.stdout
