"""Which student's data variant a submission is graded on (issue 18), decided by the grader.

The grader's class list wins: ``student_numbers.csv`` in the course root (columns
``student_id`` — the id the submission is filed under — and ``student_number``), which
`smm grade --roster` writes from the LMS's class list and a lecturer may write by hand.
Without a row, the number the student filled in (``studentnummer = "..."``) is used; left
empty (the class hub, where ``use_variant`` takes ``SMM_STUDENT_ID``), the submission's own
id when that is a student number.
A number that is not the student's own is graded on the student's own data and noted for
the grader with both numbers. English, for graders.
"""
import ast
import csv
import os

from smmlib.variants import normalize_number

NUMBERS_FILE = "student_numbers.csv"
VARIABLE = "studentnummer"


def number_in_notebook(nb):
    """The student number the notebook assigns to `studentnummer` (the last plain text assignment), or None."""
    found = None
    for cell in nb.cells:
        if cell.cell_type != "code" or VARIABLE not in cell.source:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == VARIABLE for t in node.targets) \
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, (str, int)):
                found = str(node.value.value)
    return found


def class_numbers(root):
    """{student id: normalized student number} from the course's student_numbers.csv ({} when there is none)."""
    path = os.path.join(root, NUMBERS_FILE)
    if not os.path.exists(path):
        return {}
    table = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            student, number = (row.get("student_id") or "").strip(), (row.get("student_number") or "").strip()
            if student and number:
                try:
                    table[student] = normalize_number(number)
                except ValueError:
                    raise ValueError(f"{path}: {number!r} (for {student}) is not a student number") from None
    return table


def _readable(text):
    try:
        return normalize_number(text)
    except ValueError:
        return None


def choose(student, nb, numbers):
    """(the student number to grade on or None for the base data, a note for the grader or None)."""
    written = number_in_notebook(nb)
    own = numbers.get(student)
    typed = _readable(written) if written not in (None, "", "...") else None
    if own:
        if written not in (None, "", "...") and typed != own:
            return own, (f"student number in the notebook is {written!r}, the class list says {own}: "
                         f"graded on {own}'s data; check by hand")
        return own, None
    if typed:
        return typed, None
    if written not in (None, "", "..."):
        return None, f"student number {written!r} is not a student number and the class list has none: graded on the base data"
    if written is not None and _readable(student):
        return _readable(student), None    # the hub: the student typed nothing, use_variant took SMM_STUDENT_ID
    if written is not None:
        return None, "no student number filled in and none in the class list: graded on the base data"
    return None, None
