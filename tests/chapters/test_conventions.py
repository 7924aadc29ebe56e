"""Course conventions over every source assignment and every notebook (design §7)."""
import ast
import re
from collections import Counter

import pytest

from conftest import REPO
from harness import autograded_ids, grade_cells, nbgrader_meta, read_nb

SOURCES = sorted((REPO / "source").glob("*/*.ipynb"))
LESSONS = sorted((REPO / "course").glob("*.ipynb"))
RELEASES = sorted((REPO / "release").glob("*/*.ipynb"))
CHAPTER = re.compile(r"^ch0[1-9]_[a-z]+$")


def test_there_is_work_to_check():
    assert SOURCES and LESSONS and RELEASES


@pytest.mark.parametrize("path", SOURCES + LESSONS + RELEASES, ids=lambda p: str(p.relative_to(REPO)))
def test_notebooks_are_stored_without_outputs(path):
    nb = read_nb(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell has stored output:\n{cell.source[:80]}"
            assert cell.execution_count is None


def test_grade_ids_are_unique_in_the_course():
    ids = [gid for path in SOURCES for gid in grade_cells_list(read_nb(path))]
    dupes = [gid for gid, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate grade ids: {dupes}"


def grade_cells_list(nb):
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells if nbgrader_meta(c).get("grade_id")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_assignment_conventions(path):
    chapter = path.parent.name
    assert CHAPTER.match(chapter) and path.stem == chapter
    nb = read_nb(path)
    cells = grade_cells(nb)
    for gid, cell in cells.items():
        assert gid.startswith(chapter + "_"), f"grade id {gid} must start with {chapter}_"
    tests = autograded_ids(nb)
    assert len(tests) >= 4, "at least four autograded exercises"
    assert sum(nbgrader_meta(cells[g])["points"] for g in tests) == 20, "20 autograded points"
    for gid in tests:
        src = cells[gid].source
        assert "### BEGIN HIDDEN TESTS" in src and "### END HIDDEN TESTS" in src, f"{gid}: no hidden tests"
        last = src.strip().splitlines()[-1].strip()
        assert last == "check.score()", f"{gid}: a test cell must end with check.score() (a plain float)"
        assert f'Check("{gid}", points=' in src, f"{gid}: Check(...) must name its own grade id"
        points = nbgrader_meta(cells[gid])["points"]
        assert f'points={points})' in src or f"points={points:g})" in src, f"{gid}: points differ from metadata"
    manual = [g for g, c in cells.items() if c.cell_type == "markdown" and nbgrader_meta(c).get("solution")
              and nbgrader_meta(c).get("grade")]
    assert manual, "one manually graded reflection answer (a Markdown cell)"
    answers = [c for c in cells.values() if nbgrader_meta(c).get("solution") and c.cell_type == "code"]
    assert answers and all("### BEGIN SOLUTION" in c.source for c in answers)


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.parent.name)
def test_release_has_dutch_stubs_and_no_hidden_tests(path):
    nb = read_nb(path)
    text = "\n".join(c.source for c in nb.cells)
    assert "### BEGIN HIDDEN TESTS" not in text and "### BEGIN SOLUTION" not in text
    assert "# JOUW CODE HIER\nraise NotImplementedError()" in text
    assert "JOUW ANTWOORD HIER" in text
    assert "YOUR CODE HERE" not in text and "YOUR ANSWER HERE" not in text


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_notebook_has_the_chapter_minimum(path):
    nb = read_nb(path)
    text = "\n".join(c.source for c in nb.cells).lower()
    assert CHAPTER.match(path.stem)
    assert "leerdoelen" in text, "the chapter's learning goals"
    assert "checklist voor de praktijk" in text
    assert "oefen" in text, "ungraded practice cells"
    assert "smmlib.widgets" in text or "widgets." in text, "one interactive widget"
    charts = sum(c.source.count("plots.") + c.source.count("sns.") for c in nb.cells if c.cell_type == "code")
    assert charts >= 3, "at least three charts"


# ---- tamper-resistant test cells (issue 8) -----------------------------------------------------
# A test cell never lets notebook code run and never trusts what the notebook changed:
# - every name the cell does not define itself (answers, notebook constants) appears only as a direct
#   argument of `check.<method>(...)` or `grading.<function>(...)`, which make a plain copy without running
#   notebook code (so an answer object with its own __eq__ cannot fool a comparison);
# - the hidden part starts with a freshly loaded grading helper and a verified Check, which detects
#   replaced builtins (float, print, ...), a changed smmlib.grading and IPython's machinery, and hides
#   notebook names that shadow builtins;
# - reference code comes from fresh("smmlib.<module>"), never from an import the notebook may have changed.
HIDDEN_START = ['from smmlib.grading import fresh', 'grading = fresh("smmlib.grading")',
                'check = grading.verified(check, globals())']


def _split_hidden(source):
    visible, hidden, inside = [], [], False
    for line in source.splitlines():
        if line.strip() == "### BEGIN HIDDEN TESTS":
            inside = True
        elif line.strip() == "### END HIDDEN TESTS":
            inside = False
        elif inside:
            hidden.append(line)
        else:
            visible.append(line)
    return "\n".join(visible), "\n".join(hidden)


def _bound_names(tree):
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound


def tamper_problems(source):
    """What makes a test cell's source fall short of the tamper-resistant pattern (empty: fine)."""
    import builtins

    from smmlib import grading
    problems = []
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    bound = _bound_names(tree)
    free = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} \
        - bound - set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in free:
            parent = parents.get(node)
            if isinstance(parent, ast.keyword):
                parent = parents.get(parent)
            ok = (isinstance(parent, ast.Call) and node is not parent.func
                  and isinstance(parent.func, ast.Attribute) and isinstance(parent.func.value, ast.Name)
                  and parent.func.value.id in ("check", "grading"))
            if not ok:
                problems.append(f"line {node.lineno}: `{node.id}` comes from the notebook; pass it straight to "
                                "check.<method>(...) (a plain copy) instead of using it directly")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = {"check": grading.Check("x", points=1), "grading": grading}.get(node.value.id)
            if owner is not None and not hasattr(owner, node.attr):
                problems.append(f"line {node.lineno}: {node.value.id}.{node.attr} does not exist")
    visible, hidden = _split_hidden(source)
    lines = [line.strip() for line in hidden.splitlines() if line.strip() and not line.strip().startswith("#")]
    if lines[:3] != HIDDEN_START:
        problems.append("the hidden tests must start with: " + "; ".join(HIDDEN_START))
    for node in ast.walk(ast.parse(hidden)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("smmlib") and \
                not (node.module == "smmlib.grading" and [a.name for a in node.names] == ["fresh"]):
            problems.append(f"hidden tests import from {node.module}: use fresh(\"{node.module}\") instead")
        if isinstance(node, ast.Import) and any(a.name.startswith("smmlib") for a in node.names):
            problems.append("hidden tests import smmlib: use fresh(\"smmlib.<module>\") instead")
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_test_cells_resist_tampering(path):
    nb = read_nb(path)
    cells = grade_cells(nb)
    report = {gid: tamper_problems(cells[gid].source) for gid in autograded_ids(nb)}
    report = {gid: problems for gid, problems in report.items() if problems}
    assert not report, "\n".join(f"{gid}:\n  " + "\n  ".join(p) for gid, p in report.items())


def test_the_tamper_check_catches_the_old_pattern():
    old = ('from smmlib.grading import Check\ncheck = Check("x_01", points=1)\n'
           'check.require(antwoord in ("a", "b"), "kies a of b")\n### BEGIN HIDDEN TESTS\n'
           'from smmlib.grading import fresh\nfrom smmlib import kpi\nif antwoord == "a":\n    check.award(1)\n'
           '### END HIDDEN TESTS\ncheck.score()')
    problems = tamper_problems(old)
    assert any("`antwoord` comes from the notebook" in p for p in problems)
    assert any("must start with" in p for p in problems)
    good = ('from smmlib.grading import Check\ncheck = Check("x_01", points=1)\n'
            'jouw_antwoord = check.text(antwoord, "antwoord", allowed=["a", "b"])\n### BEGIN HIDDEN TESTS\n'
            'from smmlib.grading import fresh\ngrading = fresh("smmlib.grading")\n'
            'check = grading.verified(check, globals())\nif jouw_antwoord == "a":\n    check.award(1)\n'
            '### END HIDDEN TESTS\ncheck.score()')
    assert tamper_problems(good) == []


def feedback_texts(source):
    """The literal text of every string in a test cell, with f-string expressions left out."""
    texts = []
    for node in ast.walk(ast.parse(source.replace("### BEGIN HIDDEN TESTS", "").replace("### END HIDDEN TESTS", ""))):
        if isinstance(node, ast.JoinedStr):
            texts.append("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append(node.value)
    return texts


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_feedback_text_has_no_code_names(path):
    """Dutch feedback reads as Dutch: no `jouw_...` copy names leaked into the sentences students see."""
    nb = read_nb(path)
    leaks = {gid: [t for t in feedback_texts(cell.source) if re.search(r"(?<![`'\w])jouw_\w+", t)]
             for gid, cell in grade_cells(nb).items() if cell.cell_type == "code"}
    leaks = {gid: texts for gid, texts in leaks.items() if texts}
    assert not leaks, leaks


@pytest.mark.parametrize("path", SOURCES + RELEASES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_assignment_starts_with_the_student_number(path):
    """Issue 18: the first code cell sets the student's own data variant, once, before any graded cell."""
    from smmlib.lecturer.student_number_cell import SOURCE, is_student_number_cell

    nb = read_nb(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and code[0].source == SOURCE, "run tools/add_student_number_cell.py and make release"
    assert sum(is_student_number_cell(c) for c in nb.cells) == 1
    assert not nbgrader_meta(code[0]), "the student number cell is an ordinary cell (the student edits it)"


ROUNDING_SENTENCE = "afronden op minstens drie significante cijfers"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_assignment_states_the_one_rounding_rule(path):
    """Issue 21, item 10: one rule for numbers, stated in every assignment's introduction, as the grader applies it."""
    from smmlib import notations

    intro = " ".join(read_nb(path).cells[0].source.split())
    assert ROUNDING_SENTENCE in intro and "niet af" not in intro
    assert "drie significante cijfers" in notations.__doc__ and notations.ROUNDING_REL == 0.005
