"""Every manually graded answer has a rubric right above it that two graders can score by (issue 21)."""
import re

import pytest

from conftest import REPO
from harness import manual_ids, nbgrader_meta, read_nb

SOURCES = sorted((REPO / "source").glob("*/*.ipynb"))
HEADING = re.compile(r"^### Beoordelingsrubric \((\d+(?:[.,]\d+)?) punten?\)\s*$", re.MULTILINE)
COLUMNS = ["Criterium", "Punten", "Volledig", "Half", "Geen"]


def rubric_rows(text):
    """The criteria rows of the rubric table in a Markdown text: [(criterion, points, full, half, none)]."""
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("|")]
    cells = [[part.strip() for part in line.strip("|").split("|")] for line in lines]
    assert cells and cells[0] == COLUMNS, f"the rubric table's header must be {COLUMNS}, found {cells[:1]}"
    assert set("".join(cells[1])) <= set("-: "), "the header must be followed by |---|…"
    return [tuple(row) for row in cells[2:]]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_every_manual_answer_has_a_rubric_above_it(path):
    nb = read_nb(path)
    assert manual_ids(nb), "every assignment has a manually graded answer"
    for gid in manual_ids(nb):
        index = next(i for i, c in enumerate(nb.cells) if nbgrader_meta(c).get("grade_id") == gid)
        above = nb.cells[index - 1]
        heading = HEADING.search(above.source)
        assert above.cell_type == "markdown" and heading, f"{gid}: no '### Beoordelingsrubric (N punten)' cell above"
        points = nbgrader_meta(nb.cells[index])["points"]
        assert float(heading.group(1).replace(",", ".")) == points, f"{gid}: the rubric's heading says other points"
        rows = rubric_rows(above.source[heading.end():])
        assert 3 <= len(rows) <= 5, f"{gid}: a rubric has three to five criteria, found {len(rows)}"
        for row in rows:
            assert len(row) == 5 and all(len(row[i]) >= 2 for i in (0, 2, 3, 4)), f"{gid}: an incomplete rubric row {row}"
        total = sum(float(row[1].replace(",", ".")) for row in rows)
        assert total == points, f"{gid}: the criteria add up to {total:g} points, the cell has {points:g}"
