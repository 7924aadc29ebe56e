"""Course conventions over every source assignment and every notebook (design §7)."""
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
