"""Grading is right in every install layout a lecturer uses (issue 16): chapter 4's model solution gets
its 20 autograded points and the untouched release 0, through `smm grade` (with its preflight) and
through plain `nbgrader autograde`, with the sandbox on."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from harness import REPO
from layouts import A, autograded_points, build_wheel, course, plain_nbgrader_points, smm_grade, venv

FULL = {"model": 20.0, "blank": 0.0}


def test_copied_course_with_another_clones_venv(tmp_path):
    """The case of the issue: a copy of the course folder, graded with the venv of the original clone."""
    root = course(tmp_path / "cohort")
    python = venv(tmp_path / "clone-venv", smmlib_from=REPO)     # its smmlib: the other clone's
    result = smm_grade(python, root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Preflight: the model solution gets every autograded point" in result.stdout
    assert autograded_points(root) == FULL
    assert plain_nbgrader_points(python, root) == FULL       # plain nbgrader in the same set-up


def test_wheel_in_a_venv_in_the_graders_home(tmp_path):
    """smmlib from the wheel (`make dist`) in ~/venvs/smm, the course in ~/cursus without an smmlib/ of its own.

    Two layouts in one run: a wheel install outside the course, and a venv and course under the grader's
    home (which the sandbox protects, while what the kernel imports from it stays readable, unflagged).
    """
    home = tmp_path / "home"
    python = venv(home / "venvs" / "smm", wheel=build_wheel(tmp_path / "dist"))
    root = course(home / "cursus", with_smmlib=False)
    env = dict(os.environ, HOME=str(home))
    result = smm_grade(python, root, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert autograded_points(root) == FULL
    assert "check by hand" not in (root / "grading" / A / "grades.csv").read_text().lower().replace(
        "check_by_hand", "")
    assert plain_nbgrader_points(python, root, env=env) == FULL


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to become another user")
def test_non_root_grader():
    """A grader without root (as on a laptop), here the user nobody."""
    base = Path(tempfile.mkdtemp(prefix="smm-nonroot-"))
    try:
        os.chmod(base, 0o777)
        root = course(base / "course")
        subprocess.run(["chown", "-R", "65534:65534", str(root)], check=True)
        env = dict(os.environ, HOME=str(base / "course"), SMM_CACHE_DIR=str(base / "course" / ".cache"))
        python = Path(os.environ.get("VIRTUAL_ENV", REPO / ".venv")) / "bin" / "python"
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        can_start_itself = ("import subprocess, sys, smmlib, nbgrader; "
                            "subprocess.run([sys.executable, '-c', 'pass'], check=True)")
        if subprocess.run([*as_nobody, str(python), "-c", can_start_itself], capture_output=True).returncode:
            pytest.skip(f"user nobody cannot run this machine's Python ({python.resolve()}); on a laptop the "
                        "whole suite runs as a non-root grader")
        result = subprocess.run([*as_nobody, str(python), "-m",
                                 "smmlib.cli", "grade", A, "--from", "submitted", "--quiet", "--jobs", "2"],
                                cwd=root, env=env, text=True, capture_output=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert autograded_points(root) == FULL
        nobody = subprocess.run([*as_nobody, str(python), "-m", "nbgrader", "autograde", A, "--force"], cwd=root,
                                env=env, text=True, capture_output=True)
        assert nobody.returncode == 0, nobody.stdout + nobody.stderr
        from nbgrader.api import Gradebook
        with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
            assert {s: gb.find_submission_notebook(A, A, s).code_score for s in FULL} == FULL
    finally:
        shutil.rmtree(base, ignore_errors=True)
