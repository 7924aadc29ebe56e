"""Grading on each student's own data variant, through real nbgrader autograde (issue 18)."""
import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from conftest import REPO
from harness import read_nb, run_nbgrader

import smmlib

ASSIGNMENT = "variant_demo"
FIRST_CELL = 'from smmlib import use_variant, load_dataset\nstudentnummer = "{number}"\nuse_variant(studentnummer)'


def graded(cell_type, source, grade_id, **meta):
    cell = (new_code_cell if cell_type == "code" else new_markdown_cell)(source)
    cell.metadata["nbgrader"] = {"grade_id": grade_id, "schema_version": 3, "locked": False, "solution": False,
                                 "grade": False, "task": False, **meta}
    return cell


def source_notebook():
    return new_notebook(cells=[
        new_code_cell(FIRST_CELL.format(number="...")),
        graded("code", "### BEGIN SOLUTION\ngemiddelde = load_dataset('influencers')['followers'].mean()\n"
                       "### END SOLUTION", "antwoord", solution=True),
        graded("code", 'from smmlib.grading import fresh\n'
                       'ref = fresh("smmlib.datasets").load_dataset("influencers")["followers"].mean()\n'
                       'float(abs(gemiddelde - ref) < 1e-6)', "toets", grade=True, points=1, locked=True),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})


def submission(number, answer):
    nb = source_notebook()
    nb.cells[0].source = FIRST_CELL.format(number=number)
    nb.cells[1].source = answer
    return nb


def mean_followers(number):
    smmlib.use_variant(number)
    try:
        return float(smmlib.load_dataset("influencers")["followers"].mean())
    finally:
        smmlib.use_variant(None)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    root = tmp_path_factory.mktemp("variants") / "course"
    (root / "source" / ASSIGNMENT).mkdir(parents=True)
    (root / "nbgrader_config.py").write_text((REPO / "nbgrader_config.py").read_text(encoding="utf-8"), encoding="utf-8")
    nbformat.write(source_notebook(), str(root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"))
    run_nbgrader(root, "generate_assignment", ASSIGNMENT, "--force")
    computed = "gemiddelde = load_dataset('influencers')['followers'].mean()"
    students = {
        "jan": submission("1234567", computed),
        "piet": submission("7654321", f"gemiddelde = {mean_followers('1234567')!r}"),   # jan's value pasted
        "kees": submission("1234567", computed),                                      # jan's number typed
        "anne": submission("...", computed),
        "bram": submission("1234567", f"gemiddelde = {mean_followers('1234567')!r}"),   # class list: 3456789
        "sara": submission("4567890", f"gemiddelde = {mean_followers('4567890')!r}"),   # her own value, typed in
        "tom": submission("5678901", 'import os\nos.environ["SMM_GRADING_VARIANT"] = "1234567"\n'
                                     f"gemiddelde = {mean_followers('1234567')!r}"),    # tries to switch data
    }
    (root / "student_numbers.csv").write_text("student_id,student_number\nkees,2345678\nbram,3456789\n",
                                              encoding="utf-8")
    for student, nb in students.items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, str(folder / f"{ASSIGNMENT}.ipynb"))
    run_nbgrader(root, "autograde", ASSIGNMENT, "--force")
    result = {}
    for student in students:
        nb = read_nb(root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
        test = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "toets")
        score = json.loads(json.dumps(test.outputs[-1]["data"]["text/plain"])) if test.outputs else None
        result[student] = (float(score) if score else None, nb.metadata.get("smm_grading", {}))
    return result


def test_own_code_scores_full_on_own_data(graded_class):
    assert graded_class["jan"][0] == 1.0 and graded_class["jan"][1]["student_number"] == "1234567"


def test_a_classmates_pasted_value_scores_nothing(graded_class):
    assert mean_followers("1234567") != mean_followers("7654321")
    assert graded_class["piet"][0] == 0.0


def test_the_class_list_decides_and_a_wrong_number_is_flagged_with_both(graded_class):
    score, record = graded_class["kees"]
    assert score == 1.0 and record["student_number"] == "2345678"
    assert any("1234567" in flag and "2345678" in flag for flag in record["check_by_hand"])


def test_no_number_grades_on_the_base_data_and_says_so(graded_class):
    score, record = graded_class["anne"]
    assert score == 1.0 and record["student_number"] is None
    assert any("no student number" in note for note in record["notes"])


def test_the_graders_choice_wins_over_the_number_typed_in_the_notebook(graded_class):
    assert graded_class["bram"][0] == 0.0 and graded_class["bram"][1]["student_number"] == "3456789"
    assert graded_class["sara"][0] == 1.0


def test_a_notebook_cannot_switch_the_graders_choice(graded_class):
    score, record = graded_class["tom"]
    assert score == 0.0 and record["student_number"] == "5678901"
    assert any("SMM_GRADING_VARIANT was changed" in flag for flag in record["check_by_hand"] + record["notes"])
