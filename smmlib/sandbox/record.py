"""The grading record that the sandbox's preprocessors share (grader side).

Everything a grader should know about one autograded notebook ends up in its
metadata under ``smm_grading``: ``check_by_hand`` (what looks like tampering or
cannot be trusted), ``notes`` (what happened to the run) and ``sandbox`` (the
layers the kernel reported). ``smmlib.grader.exports`` reads it back into
grades.csv and the class report. English, for graders.
"""
import re

MARKER = "⚠ NAKIJKEN"   # printed by test cells (Check.flag) and by ScoreGuard; the same text as smmlib.grading.TAMPER
MARKER_LINE = re.compile(re.escape(MARKER) + r" \[([a-z0-9-]+)\]:? ?(.*)")
TIMEOUT_ENAME = "Tijdslimiet"
SKIPPED_ENAME = "NietUitgevoerd"


def grading_meta(nb):
    """The notebook's grading record: {'check_by_hand': [...], 'notes': [...], 'sandbox': [...], ...}."""
    meta = nb.metadata.setdefault("smm_grading", {})
    for key in ("check_by_hand", "notes", "sandbox"):
        meta.setdefault(key, [])
    return meta


def add_once(items, text):
    """Append `text` to a list of flags or notes unless it is there already."""
    if text not in items:
        items.append(text)


def nbgrader_meta(cell):
    """A cell's nbgrader metadata ({} for an ordinary cell)."""
    return cell.get("metadata", {}).get("nbgrader", {})


def is_test_cell(cell):
    """An autograded test cell: graded code that is not an answer cell."""
    meta = nbgrader_meta(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def strip_hidden_tests(source):
    """The source as the student got it: the hidden-test region removed (nbgrader's delimiters)."""
    return re.sub(r"[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*\n?", "", source, flags=re.S)


def same_code(a, b):
    """Equal apart from trailing spaces and blank lines at the ends."""
    def norm(text):
        return "\n".join(line.rstrip() for line in text.strip().splitlines())
    return norm(a) == norm(b)


def record_untrusted(nb, indices):
    """Remember the test cells that ran after the notebook tampered with the grading (ScoreGuard gives them 0)."""
    meta = grading_meta(nb)
    meta["untrusted_cells"] = sorted(set(meta.get("untrusted_cells", [])) | set(indices))
