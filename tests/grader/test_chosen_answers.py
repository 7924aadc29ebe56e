"""Reading the answers students chose from autograded notebooks (smmlib/grader/chosen_answers.py).

Only a test cell's own record counts; a record a student could write from an answer cell,
a record under another cell's grade id and malformed items are skipped, and a broken
notebook gives nothing instead of an error. (The real records come from real autograde
runs in tests/grader/test_bulk_grade.py.)
"""
import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from smmlib.grader import chosen_answers
from smmlib.grading import ANSWERS_MIME


def cell(gid, records, solution=False, grade=True):
    outputs = [new_output("display_data", data={ANSWERS_MIME: record, "text/plain": "(...)"}) for record in records]
    return new_code_cell("check.score()", metadata={"nbgrader": {"grade_id": gid, "grade": grade,
                                                                  "solution": solution, "points": 1}},
                         outputs=outputs)


def write(path, cells):
    nbformat.write(new_notebook(cells=cells), str(path))
    return path


def test_only_a_test_cells_own_wellformed_record_counts(tmp_path):
    path = write(tmp_path / "nb.ipynb", [
        cell("q1_antwoord", [{"grade_id": "q1", "chosen": [["leads", "likes", True]]}], solution=True),  # forged
        cell("q1", [{"grade_id": "q1", "chosen": [["leads", "likes", False], ["leads", "conversies", True],
                                                   ["leads", 3, True], ["kort"], "tekst"]}]),
        cell("q2", [{"grade_id": "q1", "chosen": [["x", "y", True]]}]),                 # another cell's id
        cell("q3", [{"grade_id": "q3", "chosen": "geen lijst"}]),
        cell("q4", [{"grade_id": "q4", "chosen": [["a", "eerste", True]]},
                    {"grade_id": "q4", "chosen": [["a", "laatste", True]]}]),          # the last one counts
    ])
    assert chosen_answers.read(path) == {"q1": [("leads", "likes", False), ("leads", "conversies", True)],
                                         "q4": [("a", "laatste", True)]}


def test_a_broken_or_missing_notebook_gives_nothing(tmp_path):
    (tmp_path / "kapot.ipynb").write_text('{"cells": [', encoding="utf-8")
    (tmp_path / "raar.ipynb").write_text('{"cells": {"a": 1}}', encoding="utf-8")
    assert chosen_answers.read(tmp_path / "kapot.ipynb") == {}
    assert chosen_answers.read(tmp_path / "raar.ipynb") == {}
    assert chosen_answers.read(tmp_path / "weg.ipynb") == {}


def test_tally_counts_each_student_once_per_answer():
    records = {"s1": {"q1": [("leads", "likes", False), ("leads", "likes", False), ("leads", "conversies", True)]},
               "s2": {"q1": [("leads", "likes", False)]},
               "s3": {}}
    table = chosen_answers.tally(records)
    rows = {(r.antwoord, r.goed): (r.aantal, r.van, r.aandeel) for r in table.itertuples()}
    assert rows == {("likes", False): (2, 2, 1.0), ("conversies", True): (1, 2, 0.5)}
    assert chosen_answers.tally({}).empty
