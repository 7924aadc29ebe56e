"""The layout shows the three users, and imports run one way (ARCHITECTURE.md).

Areas, lowest first: the student's library (smmlib's flat modules and widgets/), the
sandbox, the grading pipeline, the lecturer's tools, the `smm` command. A module imports
only from its own area or a lower one; inside the sandbox and the grader a module imports
only the modules listed before it.
"""
import ast
import functools
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "smmlib"
AREAS = ["student", "sandbox", "grader", "lecturer", "cli"]
# Stages in order (a stage imports only stages before it).
SANDBOX_ORDER = ["__init__", "record", "student_number", "paths", "report_pipe", "tamper", "guard", "kernel", "forkclient", "forkserver", "kernel_client",
                 "protect_cells",
                 "execute", "score_guard"]
GRADER_ORDER = ["__init__", "course", "gradebook", "lms", "stage", "worker", "feedback", "workers",
                "preflight", "check", "chosen_answers", "copied_answers", "exports", "item_stats", "report", "overview", "run"]
MAX_LINES = 420


def module_name(path):
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def modules():
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def area(name):
    parts = name.split(".")
    if len(parts) > 1 and parts[1] in ("sandbox", "grader", "lecturer", "cli"):
        return parts[1]
    return "student"


def imports(path):
    """Every smmlib module `path` imports, also inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("smmlib")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("smmlib"):
            known = modules()
            for alias in node.names:   # `from smmlib.grader import lms` imports the module smmlib.grader.lms
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return found


@functools.cache
def graph():
    return {name: imports(path) for name, path in modules().items()}


def test_every_module_imports_only_from_its_own_area_or_a_lower_one():
    wrong = [f"{name} ({area(name)}) imports {dep} ({area(dep)})"
             for name, deps in graph().items() for dep in deps
             if AREAS.index(area(dep)) > AREAS.index(area(name))]
    assert not wrong


def stage_of(name):
    """The stage a module belongs to: `smmlib.grader.lms.canvas` is part of the stage `lms` (a package)."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 else "__init__"


@pytest.mark.parametrize("package, order", [("sandbox", SANDBOX_ORDER), ("grader", GRADER_ORDER)])
def test_a_stage_imports_only_the_stages_before_it(package, order):
    members = {n for n in modules() if area(n) == package}
    assert {stage_of(n) for n in members} == set(order)
    rank = {stage: i for i, stage in enumerate(order)}
    wrong = [f"{name} imports {dep}" for name in members for dep in graph()[name]
             if dep.startswith(f"smmlib.{package}.") and rank[stage_of(dep)] > rank[stage_of(name)]]
    assert not wrong


def test_there_is_no_import_circle():
    edges = graph()
    visiting, done, circles = set(), set(), []

    def visit(name, path):
        if name in visiting:
            circles.append(path[path.index(name):] + [name])
            return
        if name in done:
            return
        visiting.add(name)
        for dep in sorted(edges.get(name, ())):
            if dep != name and dep in edges and not name.startswith(dep + "."):  # a package's own __init__ is no circle
                visit(dep, path + [name])
        visiting.discard(name)
        done.add(name)

    for name in sorted(edges):
        visit(name, [])
    assert not circles


def test_the_student_api_shows_only_the_students_library():
    code = "import smmlib, json; print(json.dumps(dir(smmlib)))"
    shown = set(eval(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout))
    assert not shown & {"grader", "sandbox", "lecturer", "cli", "grading", "lms", "bulk_grade", "course", "bundle"}
    assert {"load_dataset", "metrics", "kpi", "plots", "widgets"} <= shown


def test_every_module_says_what_it_is_for():
    missing = [name for name, path in modules().items()
               if not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))]
    assert not missing


def opening(path):
    """The module's docstring and the comment right after it."""
    text = path.read_text(encoding="utf-8")
    end = ast.parse(text).body[0].end_lineno
    return "".join(text.splitlines(keepends=True)[:end + 5])


def test_a_long_module_says_why_it_is_one_piece():
    long = [name for name, path in modules().items()
            if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES
            and "on purpose" not in opening(path)]
    assert not long


def test_the_sandbox_package_stays_empty_of_imports():
    """The confined kernel imports smmlib.sandbox.kernel before it is confined: nothing heavy may come along."""
    tree = ast.parse((PACKAGE / "sandbox" / "__init__.py").read_text(encoding="utf-8"))
    assert not [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
