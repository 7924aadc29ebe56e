"""Copied answers caught after grading (issue 18): numbers that fit a classmate's data, near-identical reflections."""
import csv

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from conftest import REPO
from test_bulk_grade import smm
from test_variant_grading import graded

import smmlib
from smmlib.grader.copied_answers import fits_data_of, similar_reflections

A = "kopie_demo"
FIRST_CELL = 'from smmlib import use_variant, load_dataset\nstudentnummer = "{number}"\nuse_variant(studentnummer)'
COMPUTED = ("volgers = load_dataset('influencers')['followers']\n"
            "gemiddelde, mediaan = volgers.mean(), volgers.median()")
TEMPLATE = "JOUW ANTWOORD HIER"
REFLECTION = ("Het gemiddelde ligt ver boven de mediaan, omdat een paar grote influencers met heel veel volgers "
              "het gemiddelde omhoog trekken. Voor een campagne kijk ik daarom naar de mediaan en naar de doelgroep.")
REWORDED = ("Omdat enkele grote influencers met enorm veel volgers het gemiddelde optrekken, ligt het gemiddelde "
            "ver boven de mediaan. Voor een campagne kijk ik daarom naar de mediaan en naar de doelgroep.")
OWN_TEXT = ("Ik zou eerder letten op hoe goed het publiek van een influencer past bij ons merk dan op het aantal "
            "volgers, want bereik zonder passend publiek levert weinig proefritten op.")


def source_notebook():
    check = ('from smmlib.grading import Check, fresh\n'
             'volgers = fresh("smmlib.datasets").load_dataset("influencers")["followers"]\n'
             'check = Check("toets", points=2)\n'
             'check.score_number(gemiddelde, volgers.mean(), 1, "gemiddelde")\n'
             'check.score_number(mediaan, volgers.median(), 1, "mediaan")\n'
             'check.score()')
    return new_notebook(cells=[
        new_code_cell(FIRST_CELL.format(number="...")),
        graded("code", f"### BEGIN SOLUTION\n{COMPUTED}\n### END SOLUTION", "antwoord", solution=True),
        graded("code", check, "toets", grade=True, points=2, locked=True),
        graded("markdown", TEMPLATE, "reflectie", solution=True, grade=True, points=1),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})


def submission(number, answer, reflection):
    nb = source_notebook()
    nb.cells[0].source = FIRST_CELL.format(number=number)
    nb.cells[1].source = answer
    nb.cells[3].source = reflection
    return nb


def typed_values(number):
    """The right answers for a student number, typed in as numbers (as a copier would paste them)."""
    smmlib.use_variant(number)
    try:
        followers = smmlib.load_dataset("influencers")["followers"]
        return f"gemiddelde, mediaan = {float(followers.mean())!r}, {float(followers.median())!r}"
    finally:
        smmlib.use_variant(None)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    root = tmp_path_factory.mktemp("copies") / "course"
    (root / "source" / A).mkdir(parents=True)
    (root / "nbgrader_config.py").write_text((REPO / "nbgrader_config.py").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    nbformat.write(source_notebook(), str(root / "source" / A / f"{A}.ipynb"))
    students = {
        "jan": submission("1234567", COMPUTED, REFLECTION),
        "piet": submission("7654321", typed_values("1234567"), REWORDED),     # jan's numbers and text
        "sara": submission("4567890", typed_values("4567890"), OWN_TEXT),     # her own numbers, typed in
        "anne": submission("2345678", COMPUTED, TEMPLATE),
    }
    incoming = root.parent / "incoming"
    for student, nb in students.items():
        (incoming / student / A).mkdir(parents=True)
        nbformat.write(nb, str(incoming / student / A / f"{A}.ipynb"))
    smm(root, "grade", A, "--from", str(incoming), "--quiet")
    out = root / "grading" / A
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    return rows, (out / "report.html").read_text(encoding="utf-8")


def test_numbers_that_fit_a_classmates_data_are_flagged_with_that_classmate(graded_class):
    rows, report = graded_class
    assert float(rows["piet"]["toets"]) == 0.0
    assert "answers fit the data of jan (2 answers)" in rows["piet"]["check_by_hand"]
    assert "piet: answers fit the data of jan" in report


def test_own_numbers_are_not_flagged(graded_class):
    rows, _ = graded_class
    for student in ("jan", "sara", "anne"):
        assert float(rows[student]["toets"]) == 2.0
        assert "answers fit" not in rows[student]["check_by_hand"]


def test_near_identical_reflections_are_listed_and_own_texts_and_templates_not(graded_class):
    rows, report = graded_class
    assert "reflectie: reflection near-identical to piet" in rows["jan"]["check_by_hand"]
    assert "reflectie: reflection near-identical to jan" in rows["piet"]["check_by_hand"]
    assert "reflection" not in rows["sara"]["check_by_hand"] + rows["anne"]["check_by_hand"]
    assert "Bijna gelijke reflecties" in report


def test_fits_data_of_needs_two_answers_that_tell_the_data_apart():
    values = {
        "a": {"q": [("x", 10.0, 10.0), ("y", 5.0, 5.0)]},
        "b": {"q": [("x", 10.0, 12.0), ("y", 5.0, 6.0)]},       # a's right numbers, wrong for b
        "c": {"q": [("x", 10.0, 10.0), ("y", 7.0, 5.0)]},       # same data as a: x cannot tell them apart
        "d": {"q": [("x", 10.0, 11.0), ("y", 1.0, 2.0)]},       # one fitting number only
    }
    assert fits_data_of(values) == {"b": ("a", 2)}


def test_similar_reflections_skip_templates_and_short_answers():
    texts = {"a": {"r": REFLECTION}, "b": {"r": REWORDED}, "c": {"r": OWN_TEXT},
             "d": {"r": TEMPLATE}, "e": {"r": TEMPLATE}, "f": {"r": "Goed."}, "g": {"r": "Goed."}}
    pairs = similar_reflections(texts, {"r": TEMPLATE})
    assert [(gid, a, b) for gid, a, b, _ in pairs] == [("r", "a", "b")]
