"""The course's nbgrader gradebook: where it is, and making sure it knows an assignment (grader side)."""
import os
from pathlib import Path

from smmlib.grader.course import nbgrader, require_source


def db_url(root):
    """The gradebook URL: SMM_DB_URL (e.g. PostgreSQL for several graders) or the course's SQLite file."""
    return os.environ.get("SMM_DB_URL") or f"sqlite:///{Path(root) / 'gradebook.db'}"


def with_lock_timeout(url):
    """A SQLite URL that waits up to 120 s for a lock instead of failing (several workers write at once)."""
    if url.startswith("sqlite") and "timeout=" not in url:
        url += ("&" if "?" in url else "?") + "timeout=120"
    return url


def share_engines():
    """In a grading worker: one SQLAlchemy engine per gradebook URL for all of nbgrader's Gradebook objects.

    nbgrader opens the gradebook about eleven times per student (autograde and feedback), each
    time with a new engine, so SQLAlchemy compiles every query again (its statement cache lives
    on the engine): about 0.1 s per student. With a shared engine each query is compiled once per
    worker. nbgrader still opens and closes its connections as before (``Gradebook.close``
    disposes of the engine's pool, not of the engine), so the data written are the same.
    """
    import nbgrader.api
    from sqlalchemy import create_engine

    if getattr(nbgrader.api.create_engine, "shared", False):
        return
    engines = {}

    def shared_engine(url, **options):
        key = (str(url), tuple(sorted(options.items())))
        if key not in engines:
            engines[key] = create_engine(url, **options)
        return engines[key]

    shared_engine.shared = True
    nbgrader.api.create_engine = shared_engine


def ensure_assignment(root, assignment):
    """Make sure the gradebook knows the assignment (its source cells), as `make release` does."""
    require_source(root, assignment)
    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(db_url(root)) as gb:
        try:
            gb.find_assignment(assignment)
            return
        except MissingEntry:
            pass
    nbgrader(["generate_assignment", assignment, "--force", "--log-level=WARN"], root, quiet=True)


def source_grade_cells(root, assignment):
    """(grade id, max points, manual?) of every graded cell, in notebook order, from the source notebook."""
    import nbformat

    nb = nbformat.read(str(Path(root) / "source" / assignment / f"{assignment}.ipynb"), as_version=4)
    cells = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade"):
            cells.append((meta["grade_id"], float(meta["points"]), bool(meta.get("solution"))))
    return cells
