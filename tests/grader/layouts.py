"""Install layouts a lecturer really uses (issue 16), built for real in a temporary folder.

Each layout is a Python (a venv) plus a course folder. The venvs get the course's dependencies from
this repository's venv (a .pth line, as a site-packages of their own would hold them) and smmlib in
the way the layout installs it: an editable install of some clone, the wheel, or not at all.
"""
import csv
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from harness import REPO
from smmlib.grader.gradebook import source_grade_cells

A = "ch04_analytics"
DEPS = sysconfig.get_paths()["purelib"]          # this venv's site-packages: pandas, nbgrader, ...


def venv(path, smmlib_from=None, wheel=None):
    """A venv at `path` whose packages are this venv's; smmlib editable from `smmlib_from`, or from a wheel."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    site = Path(subprocess.run([str(path / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()"
                                "['purelib'])"], check=True, text=True, capture_output=True).stdout.strip())
    (site / "zz_course_dependencies.pth").write_text(DEPS + "\n")
    here = Path(sys.prefix)     # the command-line tools (alembic, jupyter) and share/jupyter, as pip puts them
    for tool in (here / "bin").iterdir():
        if not (path / "bin" / tool.name).exists() and not tool.name.startswith(("python", "activate")):
            (path / "bin" / tool.name).symlink_to(tool)
    (path / "share").symlink_to(here / "share")
    if smmlib_from:
        (site / "_editable_impl_smmlib.pth").write_text(f"{smmlib_from}\n")   # what `pip install -e` writes
    if wheel:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                        str(wheel)], check=True)
    return path / "bin" / "python"


def build_wheel(out):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(REPO)], check=True)
    return next(Path(out).glob("smmlib-*.whl"))


def course(path, with_smmlib=True):
    """A course folder as a lecturer has it: the config, the source and release of chapter 4, the data, and a
    class of two (the model solution and the untouched release) in submitted/; smmlib/ when it is a clone."""
    path.mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", path)
    for part in ("source", "release"):
        shutil.copytree(REPO / part / A, path / part / A)
    shutil.copytree(REPO / "datasets", path / "datasets")
    if with_smmlib:
        shutil.copytree(REPO / "smmlib", path / "smmlib", ignore=shutil.ignore_patterns("__pycache__"))
    for student, notebook in (("model", REPO / "source" / A / f"{A}.ipynb"),
                              ("blank", REPO / "release" / A / f"{A}.ipynb")):
        (path / "submitted" / student / A).mkdir(parents=True)
        shutil.copy(notebook, path / "submitted" / student / A / f"{A}.ipynb")
    return path


def smm_grade(python, root, *extra, env=None):
    """`smm grade` on the class in submitted/, run by `python` in the course folder."""
    env = dict(env or os.environ)
    env["PATH"] = f"{Path(python).parent}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run([str(python), "-m", "smmlib.cli", "grade", A, "--from", "submitted", "--quiet", "--jobs",
                           "2", *extra], cwd=root, env=env, text=True, capture_output=True)


def autograded_points(root):
    """Autograded points per student in grades.csv."""
    ids = [gid for gid, _points, manual in source_grade_cells(REPO, A) if not manual]
    with open(Path(root) / "grading" / A / "grades.csv", encoding="utf-8", newline="") as handle:
        return {row["student"]: sum(float(row[g] or 0) for g in ids) for row in csv.DictReader(handle)}


def plain_nbgrader_points(python, root, env=None):
    """Grade the same class again with plain `nbgrader autograde` (fresh gradebook); code points per student."""
    from nbgrader.api import Gradebook

    shutil.rmtree(Path(root) / "autograded", ignore_errors=True)
    (Path(root) / "gradebook.db").unlink(missing_ok=True)
    env = dict(env or os.environ)
    env["PATH"] = f"{Path(python).parent}{os.pathsep}{env.get('PATH', '')}"
    for command in (["generate_assignment", A, "--force"], ["autograde", A, "--force"]):
        subprocess.run([str(python), "-m", "nbgrader", *command], cwd=root, env=env, check=True,
                       capture_output=True)
    with Gradebook(f"sqlite:///{Path(root) / 'gradebook.db'}") as gb:
        return {s: gb.find_submission_notebook(A, A, s).code_score for s in ("model", "blank")}
