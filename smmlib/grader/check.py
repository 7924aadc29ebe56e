"""`smm check`: is this machine ready to grade? Run once on a new machine or after an upgrade.

Prints one table: Python and the course's packages against the lock file, each sandbox layer
present or missing (from a real sandboxed kernel), the kernel's start time, and per assignment the
preflight (model solution full, release 0) with its time. Returns the number of problems.
"""
import re
import sys
import tempfile
import time
import tomllib
from importlib import metadata
from pathlib import Path

from smmlib.grader.course import assignments
from smmlib.grader.preflight import PreflightError, preflight

LAYERS = [("resource limits", "limits:"), ("user namespace / no privileges", "privileges:"),
          ("Landlock (filesystem)", "landlock"), ("seccomp", "seccomp:")]
WEAK = ("not available", "skipped", "failed", "off", "unchanged")


def run_check(root, only=None, workers=2):
    """Print the table for the course in `root`; returns the number of problems found."""
    project = tomllib.loads((Path(root) / "pyproject.toml").read_text())["project"]
    rows = [("Python", sys.version.split()[0], *_python_ok(project))]
    rows += _packages(root, project)
    rows += _sandbox_rows()
    for assignment in only or assignments(root):
        started = time.perf_counter()
        try:
            preflight(root, assignment, workers, use_cache=False)
            rows.append((f"preflight {assignment}", f"{time.perf_counter() - started:.0f} s",
                         True, "solution full, release 0"))
        except PreflightError as error:
            rows.append((f"preflight {assignment}", f"{time.perf_counter() - started:.0f} s", False,
                         " ".join(str(error).split())[:400]))
    width = max(len(r[0]) for r in rows)
    for name, value, ok, detail in rows:
        print(f"{'ok  ' if ok else 'FAIL'} {name:<{width}}  {value:<12} {detail}")
    problems = sum(not r[2] for r in rows)
    print(f"\n{problems} problem(s)." if problems else "\nThis machine is ready to grade.")
    return problems


def _python_ok(project):
    wanted = project.get("requires-python", "")
    low = re.search(r">=\s*(\d+)\.(\d+)", wanted)
    ok = not low or sys.version_info[:2] >= (int(low[1]), int(low[2]))
    return ok, f"requires {wanted}; the lock file was made with Python 3.11"


def _packages(root, project):
    """The course's own dependencies against requirements/constraints.txt; any other pinned package that differs."""
    pins = {}
    for line in (Path(root) / "requirements" / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==", 1)
            pins[_norm(name)] = version.strip()
    direct = [_norm(re.split(r"[<>=\[ ]", d)[0]) for d in project["dependencies"]]
    rows, differ = [], []
    for name in direct:
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            rows.append((name, "missing", False, f"lock file: {pins.get(name, '?')}"))
            continue
        rows.append((name, have, have == pins.get(name, have), f"lock file: {pins.get(name, 'not pinned')}"))
    for name, version in pins.items():
        if name in direct:
            continue
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        if have != version:
            differ.append(f"{name} {have} (lock {version})")
    rows.append(("other pinned packages", f"{len(differ)} differ", not differ, ", ".join(differ[:8])))
    return rows


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower().strip()


def _sandbox_rows():
    """Start one real sandboxed kernel; its layers as the kernel reported them, and the start time."""
    import nbformat
    from traitlets.config import Config

    from smmlib.sandbox.execute import KernelStartError, SandboxedExecute
    from smmlib.sandbox.record import grading_meta

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import smmlib\nprint('ok')")])
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="smm-check-") as folder:
        try:
            SandboxedExecute(config=Config()).preprocess(nb, {"metadata": {"path": folder}})
        except KernelStartError as error:
            return [("sandboxed kernel", "no start", False, str(error))]
    seconds = time.perf_counter() - started
    status = grading_meta(nb)["sandbox"]
    ran = "ok" in "".join(o.get("text", "") for o in nb.cells[0].get("outputs", []))
    rows = [("sandboxed kernel", f"{seconds:.1f} s", ran, "start, run one cell, stop" if ran else "the cell did not run")]
    for label, prefix in LAYERS:
        line = next((s for s in status if s.startswith(prefix)), "not reported")
        present = line != "not reported" and not any(w in line for w in WEAK)
        rows.append((label, "present" if present else "missing", present, line))
    return rows
