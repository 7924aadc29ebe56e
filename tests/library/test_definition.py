"""Unit tests for smmlib.definition: chapter 1's rules and cases."""

import pytest

from harness import solution_answers, source_notebook
from smmlib import definition, models


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


def test_definition_needs_all_three_criteria():
    assert definition.is_social_media(True, True, True)
    for combo in [(False, True, True), (True, False, True), (True, True, False)]:
        assert not definition.is_social_media(*combo)


def test_lesson_cases_show_both_verdicts_and_explain_them():
    verdicts = [definition.is_social_media(c.online, c.user_content, c.interaction)
                for c in definition.DEFINITION_CASES]
    assert True in verdicts and False in verdicts
    for c, ok in zip(definition.DEFINITION_CASES, verdicts):
        assert definition.explain_social_media(c).startswith("Ja" if ok else "Nee")
        assert bool(definition.missing_criteria(c)) != ok


def test_peso_rule():
    assert definition.peso_type(True, False) == "paid"
    assert definition.peso_type(False, True) == "owned"
    assert definition.peso_type(False, False, True) == "shared"
    assert definition.peso_type(False, False, False) == "earned"


def test_lesson_cases_cover_every_peso_type_and_flywheel_activity():
    kinds = [definition.peso_type(c.paid, c.by_organisation, c.shared_by_users) for c in definition.PESO_CASES]
    assert sorted(kinds) == sorted(models.names("peso"))
    assert "omdat" in definition.explain_peso(definition.PESO_CASES[0])
    assert sorted(c.activity for c in definition.FLYWHEEL_CASES) == sorted(models.names("flywheel"))
    assert all(c.reason for c in definition.FLYWHEEL_CASES)


def test_lesson_cases_are_not_the_assignment_cases():
    """The lesson's worked examples must not give away answers to the assignment."""
    lesson = {c.description for c in definition.DEFINITION_CASES + definition.PESO_CASES + definition.FLYWHEEL_CASES}
    exercise = {text for cases in definition.EXERCISE_CASES.values() for text in cases.values()}
    assert not lesson & exercise


def test_the_assignment_key_is_only_in_the_hidden_tests():
    """smmlib (which students have) holds the assignment's cases without answers."""
    assert {k: list(v) for k, v in definition.EXERCISE_CASES.items()} == {
        "definitie": list("ABCDEFGH"), "peso": list("ABCDEFGH"), "flywheel": list("ABCDEF")}
    assert all(isinstance(text, str) for cases in definition.EXERCISE_CASES.values() for text in cases.values())


def test_the_assignment_key_is_balanced():
    """Guessing one answer for everything earns little: every verdict, type and activity occurs equally often."""
    answers = {}
    solutions = solution_answers(source_notebook("ch01_definitie"))
    for exercise in ("01_is_social_media", "03_peso", "04_flywheel"):
        exec(solutions[f"ch01_definitie_{exercise}"], {}, answers)
    assert sorted(answers["is_social_media"].values()) == ["ja"] * 4 + ["nee"] * 4
    assert sorted(answers["peso"].values()) == sorted(models.names("peso") * 2)
    assert sorted(answers["flywheel"].values()) == sorted(models.names("flywheel") * 2)


def test_case_lookup_and_dutch_errors():
    assert definition.case("peso", "2").paid
    with pytest.raises(ValueError, match="Kies uit"):
        definition.case("honingraat", "1")
    with pytest.raises(ValueError, match="Kies uit"):
        definition.case("peso", "Z")


def test_filter_bubble_grows_and_validates():
    table = definition.filter_bubble(rounds=5)
    assert list(table.columns) == ["ronde", "aandeel_eigen_mening"]
    assert len(table) == 6 and table["aandeel_eigen_mening"].is_monotonic_increasing
    assert definition.filter_bubble(rounds=5, click_preference=0.5)["aandeel_eigen_mening"].nunique() == 1
    with pytest.raises(ValueError, match="tussen 0 en 1"):
        definition.filter_bubble(start_share=1.5)
    with pytest.raises(ValueError, match="geheel getal"):
        definition.filter_bubble(rounds=-1)


def test_myths_have_a_reality():
    assert len(definition.MYTHS) >= 5 and all(m.reality and m.source for m in definition.MYTHS)


def test_flywheel_name_accepts_synonyms_and_rejects_in_dutch():
    assert definition.flywheel_name(" Beïnvloeden ") == "beïnvloeden"
    assert definition.flywheel_name("Social Selling") == "verkopen"
    with pytest.raises(ValueError, match="Kies uit"):
        definition.flywheel_name("adverteren")
