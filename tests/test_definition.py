"""Unit tests for smmlib.definition: chapter 1's rules and cases."""
import warnings

import pytest

from smmlib import definition, models


@pytest.fixture(autouse=True)
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def test_definition_needs_all_three_criteria():
    assert definition.is_social_media(True, True, True)
    for combo in [(False, True, True), (True, False, True), (True, True, False)]:
        assert not definition.is_social_media(*combo)


def test_definition_cases_are_balanced_and_explained():
    verdicts = [definition.is_social_media(c.online, c.user_content, c.interaction)
                for c in definition.DEFINITION_CASES]
    assert verdicts.count(True) == verdicts.count(False) == 4
    for c, ok in zip(definition.DEFINITION_CASES, verdicts):
        text = definition.explain_social_media(c)
        assert text.startswith("Ja" if ok else "Nee")
        assert bool(definition.missing_criteria(c)) != ok


def test_peso_rule():
    assert definition.peso_type(True, False) == "paid"
    assert definition.peso_type(False, True) == "owned"
    assert definition.peso_type(False, False, True) == "shared"
    assert definition.peso_type(False, False, False) == "earned"


def test_peso_cases_cover_every_type_twice():
    kinds = [definition.peso_type(c.paid, c.by_organisation, c.shared_by_users) for c in definition.PESO_CASES]
    assert sorted(kinds) == sorted(models.names("peso") * 2)
    assert "omdat" in definition.explain_peso(definition.PESO_CASES[0])


def test_flywheel_cases_use_the_model_names_twice():
    names = [c.activity for c in definition.FLYWHEEL_CASES]
    assert sorted(names) == sorted(models.names("flywheel") * 2)
    assert all(c.reason for c in definition.FLYWHEEL_CASES)


def test_case_lookup_and_dutch_errors():
    assert definition.case("peso", "b").paid
    with pytest.raises(ValueError, match="Kies uit"):
        definition.case("honingraat", "A")
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
