"""release/ must be exactly what `nbgrader generate_assignment` makes from source/ (run `make release`)."""
import pytest

from conftest import REPO
from harness import new_course, read_nb, run_nbgrader

ASSIGNMENTS = sorted(p.name for p in (REPO / "source").iterdir() if p.is_dir())


def comparable(nb):
    return [(c.cell_type, c.source, c.get("metadata", {}).get("nbgrader")) for c in nb.cells]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_is_in_sync_with_source(assignment, tmp_path):
    root = new_course(tmp_path, assignment)
    run_nbgrader(root, "generate_assignment", assignment, "--force")
    made = sorted(p.name for p in (root / "release" / assignment).iterdir())
    committed = sorted(p.name for p in (REPO / "release" / assignment).iterdir())
    assert made == committed, "release/ has other files than source/: run `make release`"
    for name in made:
        if name.endswith(".ipynb"):
            fresh = read_nb(root / "release" / assignment / name)
            stored = read_nb(REPO / "release" / assignment / name)
            assert comparable(fresh) == comparable(stored), f"release/{assignment}/{name} is stale: run `make release`"
