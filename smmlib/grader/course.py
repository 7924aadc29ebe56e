"""The course directory, and nbgrader's command-line apps run in it (for graders and lecturers).

These wrap nbgrader's own apps; they do not re-implement them.
"""
import os
import subprocess
import sys
from pathlib import Path


class CourseError(Exception):
    """A problem a lecturer or grader must fix (message in English)."""


def course_root(start=None):
    """Return the course directory: the nearest folder upwards holding nbgrader_config.py."""
    here = Path(start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        if (folder / "nbgrader_config.py").is_file():
            return folder
    raise CourseError(f"No nbgrader_config.py found in {here} or any folder above it; "
                      "run this inside the course repository.")


def assignments(root):
    """Names of the source assignments (one folder per chapter in source/)."""
    source = Path(root) / "source"
    return sorted(p.name for p in source.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def require_source(root, assignment):
    """The assignment's source folder; a CourseError when there is none."""
    folder = Path(root) / "source" / assignment
    if not folder.is_dir():
        raise CourseError(f"Unknown assignment {assignment!r}: there is no source/{assignment}/")
    return folder


def tool_env():
    """Environment for nbgrader subprocesses: this Python's bin folder first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.setdefault("MPLBACKEND", "Agg")
    return env


def nbgrader(args, root, check=True, quiet=False, env=None):
    """Run `nbgrader <args>` in the course directory and return the CompletedProcess."""
    cmd = [sys.executable, "-m", "nbgrader", *args]
    result = subprocess.run(cmd, cwd=root, env=env or tool_env(), text=True, capture_output=True)
    if not quiet and result.returncode == 0:
        sys.stdout.write(result.stdout)
    if check and result.returncode != 0:
        raise CourseError(f"`nbgrader {' '.join(args)}` failed:\n{result.stdout}\n{result.stderr}")
    return result
