"""smmlib.grading: the helper every test cell uses. Its score must always be a plain float in [0, points]."""
import numpy as np
import pandas as pd
import pytest

from smmlib import grading
from smmlib.grading import Check, as_number, as_text_list, table_agreement


def test_as_number_accepts_numpy_pandas_and_numbers_written_as_text_but_not_words_or_bool():
    assert as_number(np.float64(0.5)) == 0.5 and type(as_number(np.int64(3))) is float
    assert as_number(pd.Series([2.0])) == 2.0 and as_number(np.array([[7]])) == 7.0
    assert as_number("0.5") == 0.5 and as_number("12.923,76") == 12923.76 and as_number("23%") == 0.23
    # "1.572" alone is Dutch for 1572, but as a percentage it is a share of 1.572% (a CTR written with 3 decimals)
    assert as_number("1.572") == 1572 and as_number("1.572%") == 0.01572
    for bad in ["x", "...", "", True, None, float("nan"), [1, 2], pd.Series([1.0, 2.0])]:
        assert as_number(bad) is None


def test_as_text_list_accepts_sequences_of_text_only():
    assert as_text_list(np.array(["a", "b"])) == ["a", "b"]
    assert as_text_list(pd.Series(["x"])) == ["x"]
    assert as_text_list("abc") is None and as_text_list(["a", 1]) is None and as_text_list(5) is None


def test_a_shape_error_costs_only_its_own_part(capsys):
    check = Check("t", points=3)
    assert check.mapping([1], "antwoord") is None
    getal = check.number("12,5", "getal")
    check.score_mapping(None, {"a": "x"}, points=2, name="antwoord")     # the ill-formed part: 0
    check.score_number(getal, 12.5, points=1, name="getal")              # the well-formed part still counts
    assert check.score() == 1.0
    out = capsys.readouterr().out
    assert "moet een dict zijn" in out and "`antwoord`: 0 van 2 punten" in out


def test_a_problem_with_the_whole_exercise_gives_zero_and_a_dutch_message(capsys):
    check = Check("t", points=3)
    check.require(False, "Je tabel heeft geen rijen.")
    check.award(3)  # ignored: the exercise cannot be graded
    assert check.score() == 0.0
    out = capsys.readouterr().out
    assert "geen rijen" in out and "0 van 3" in out


def test_a_part_that_crashes_costs_only_that_part(capsys):
    check = Check("t", points=3)
    with check.part("tabel", points=2):
        check.award(1)
        {}["ontbreekt"]
    check.award(1, "ander onderdeel goed")
    assert check.score() == 2.0
    assert "`tabel`: 0 van 2 punten" in capsys.readouterr().out


def test_text_answers_are_compared_on_meaning_and_come_back_in_the_listed_spelling():
    check = Check("t", points=1)
    assert check.text(" Klikken ", "x", allowed=["likes", "klikken"]) == "klikken"
    assert check.text("clicks", "x", allowed=["likes", "klikken"], synonyms={"clicks": "klikken"}) == "klikken"
    assert check.text_list(["CTR", "Kosten-per-lead"], "k", allowed=["ctr", "kosten per lead"]) == \
        ["ctr", "kosten per lead"]
    assert check.mapping({"instagram": 1, " Facebook": 2}, "m", keys=["Instagram", "Facebook"]) == \
        {"Instagram": 1, "Facebook": 2}
    assert check.shape_ok
    assert check.score_text("Klikken!", "klikken", points=1, name="x") == 1


def test_dates_and_numbers_are_read_as_people_write_them():
    check = Check("t", points=2)
    assert str(check.date("17 juni 2025", "dag")) == "2025-06-17"
    assert str(check.date("Q4 2026", "deadline", deadline=True)) == "2026-12-31"
    assert check.date("ooit", "dag") is None
    assert check.score_number("23,1%", 0.2312, points=1, name="aandeel", share=True) == 1
    assert check.score_number(23.1, 0.2312, points=1, name="aandeel", share=True) == 1
    assert check.score_number(0.2, 0.2312, points=1, name="aandeel", share=True) == 0


def test_score_is_none_when_only_the_visible_part_ran(monkeypatch, capsys):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    check = Check("t", points=2)
    check.number(0.3, "x")
    assert check.score() is None
    assert "verborgen tests" in capsys.readouterr().out


def test_score_is_zero_when_autograding_without_hidden_tests(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert Check("t", points=2).score() == 0.0


def test_score_is_a_clamped_plain_float():
    check = Check("t", points=2)
    check.award(5)
    result = check.score()
    assert result == 2.0 and type(result) is float
    check = Check("t", points=2)
    check.deduct(4, "fout")
    assert check.score() == 0.0


def test_score_items_credit_per_good_item_and_deduction_per_wrong_item(capsys):
    check = Check("t", points=3)
    earned = check.score_items(["a", "B", "x"], ["a", "b", "c"], points=3,
                               explain_wrong=lambda item: f"{item} is ijdel")
    assert earned == pytest.approx(1.0)  # (2 good - 1 wrong) / 3 * 3
    assert "x is ijdel" in capsys.readouterr().out


def test_score_number_uses_tolerance_and_explains_common_mistakes(capsys):
    check = Check("t", points=1)
    assert check.score_number(np.float32(0.1234), 0.1235, points=1, name="r") == 1
    check = Check("t", points=1)
    check.score_number(0.9, 0.1, points=1, name="r", wrong_hints=[(0.9, "verkeerde kolom")])
    assert check.score() == 0.0 and "verkeerde kolom" in capsys.readouterr().out


def test_score_mapping_counts_right_keys():
    check = Check("t", points=3)
    earned = check.score_mapping({"A": "Video", "B": "foto", "C": None}, {"A": "video", "B": "tekst", "C": "x"},
                                 points=3, name="m")
    assert earned == pytest.approx(1.0)


def test_table_agreement_and_score_table():
    ref = pd.DataFrame({"p": ["A", "B"], "f": ["x", "y"], "v": [0.1, 0.2]})
    answer = pd.DataFrame({"p": ["B", "A"], "f": ["y", "x"], "v": [0.2, 0.5]})
    share, wrong = table_agreement(answer, ref, ["p", "f"], "v")
    assert share == 0.5 and wrong == [("A", "x")]
    check = Check("t", points=4)
    assert check.score_table(answer, ref, ["p", "f"], "v", points=4, name="tabel") == 2.0
    assert table_agreement(pd.DataFrame({"q": [1]}), ref, ["p", "f"], "v")[0] == 0.0


def test_fresh_module_is_independent_of_a_patched_one(monkeypatch):
    import smmlib.kpi
    monkeypatch.setattr(smmlib.kpi, "is_kpi_for", lambda name, goal: True)
    assert grading.fresh("smmlib.kpi").is_kpi_for("likes", "leads of aanvragen") is False


def test_frame_check_names_missing_columns(capsys):
    check = Check("t", points=1)
    assert check.frame(pd.DataFrame({"a": [1]}), "tabel", columns=["a", "b"]) is None
    assert "['b']" in capsys.readouterr().out


def test_text_list_check_lists_the_allowed_words(capsys):
    check = Check("t", points=1)
    assert check.text_list(["bereik", "iets"], "keuze", allowed=["bereik", "ctr"]) is None
    assert "Kies uit" in capsys.readouterr().out


def test_score_number_gives_the_explanation_of_the_mistake_the_answer_matches(capsys):
    check = Check("t", points=1)
    hints = [(0.7, "eerste fout"), (0.2, "tweede fout"), (0.9, "derde fout")]
    assert check.score_number(0.2, 0.5, points=1, name="r", wrong_hints=hints) == 0.0
    out = capsys.readouterr().out
    assert "tweede fout" in out and "eerste fout" not in out and "derde fout" not in out


def test_the_scoring_methods_record_the_answers_chosen_for_the_class_report():
    check = Check("t", points=3)
    check.score_items(["Likes", "bereik", "likes"], ["bereik", "ctr"], points=1, name="leads")
    check.score_mapping({"A": "Paid", "B": "earned", "C": None}, {"A": "paid", "B": "owned", "C": "shared"},
                        points=1, name="peso")
    check.score_text("Klíkken", ["klikken"], points=1, name="voorspeller")
    check.chose("eigen regel", "Volgers!", False)
    assert check.chosen == [["leads", "likes", False], ["leads", "bereik", True], ["peso['A']", "paid", True],
                            ["peso['B']", "earned", False], ["voorspeller", "klikken", True],
                            ["eigen regel", "volgers", False]]


def test_recording_an_answer_never_fails_nor_changes_the_score(monkeypatch, capsys):
    class Odd:
        def __repr__(self):
            raise RuntimeError("no")

    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")   # no IPython shell here: nothing is published
    check = Check("t", points=2)
    check.award(1.5)
    check.chose(Odd(), Odd(), "ja")
    check.chose("x", "y" * 500, True)
    for _ in range(300):
        check.chose("veel", "z", False)
    assert len(check.chosen) == 200 and check.chosen[0] == ["x", "y" * 80, True]
    assert check.score() == 1.5 and check.chosen == []
    assert "gekozen antwoorden" not in capsys.readouterr().out
