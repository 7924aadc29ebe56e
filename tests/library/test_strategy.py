"""Unit tests for smmlib.strategy: RACI rules and the RSM disclosure rule."""
import doctest

import pandas as pd
import pytest

from smmlib import strategy


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


def rules(violations):
    return [v.rule for v in violations]


def test_template_is_valid():
    assert strategy.validate_raci(strategy.raci_template()) == []


@pytest.mark.parametrize("cell, letters", [("R", {"R"}), ("a/r", {"A", "R"}), ("AR", {"A", "R"}),
                                           ("", set()), (None, set()), (float("nan"), set()),
                                           (" c , i ", {"C", "I"})])
def test_raci_letters(cell, letters):
    assert strategy.raci_letters(cell) == letters


def test_raci_letters_rejects_other_text():
    with pytest.raises(ValueError, match="geen RACI-waarde"):
        strategy.raci_letters("X")


def table(**cells):
    row = {"taak": "webcare", "marketingmanager": "", "socialmediamanager": "", "klantenservice": ""}
    row.update(cells)
    return pd.DataFrame([row])


def test_each_rule_by_its_own_bad_row():
    assert rules(strategy.validate_raci(table(klantenservice="R"))) == ["geen_a"]
    assert rules(strategy.validate_raci(table(klantenservice="A/R", marketingmanager="A"))) == ["meer_a"]
    assert rules(strategy.validate_raci(table(klantenservice="A"))) == ["geen_r"]
    assert rules(strategy.validate_raci(table(klantenservice="A/R", marketingmanager="baas"))) == ["letter"]
    msg = strategy.validate_raci(table(klantenservice="R", marketingmanager="A", socialmediamanager="A"))[0].message
    assert "maar één" in msg and "webcare" in msg


def test_accountable_and_responsible():
    t = table(klantenservice="A/R", socialmediamanager="R", marketingmanager="I")
    assert strategy.accountable(t) == {"webcare": "klantenservice"}
    assert strategy.responsible(t) == {"webcare": ["socialmediamanager", "klantenservice"]}
    assert strategy.accountable(table(klantenservice="A", marketingmanager="A")) == {"webcare": None}


def test_validate_raci_needs_a_task_column():
    with pytest.raises(ValueError, match="taak"):
        strategy.validate_raci(pd.DataFrame({"rol": ["A"]}))
    with pytest.raises(TypeError, match="DataFrame"):
        strategy.validate_raci({"taak": "x"})


@pytest.mark.parametrize("relation", sorted(strategy.RELEVANT_RELATIONS))
def test_relevant_relations_need_disclosure(relation):
    assert strategy.needs_disclosure(relation) is True
    assert strategy.disclosure_reason(relation).startswith("Vermelding nodig")


@pytest.mark.parametrize("relation", sorted(strategy.NO_RELATION))
def test_no_relation_needs_no_disclosure(relation):
    assert strategy.needs_disclosure(relation) is False
    assert strategy.disclosure_reason(relation).startswith("Geen vermelding nodig")


def test_unknown_relation_lists_the_choices():
    with pytest.raises(ValueError, match="betaling"):
        strategy.needs_disclosure("vriendschap")


@pytest.mark.parametrize("caption, found", [("Top fiets #ad", True), ("#Spon: mijn rit", True),
                                            ("Betaalde samenwerking met Trapkracht", True),
                                            ("#adventure in de polder", False), ("Mooie rit!", False)])
def test_has_disclosure(caption, found):
    assert strategy.has_disclosure(caption) is found


def test_cases_hide_the_relation():
    """Students have smmlib: the situations carry no relation, and there is no key to call."""
    cases = strategy.disclosure_cases()
    assert list(cases.columns) == ["situatie", "wie", "wat"]
    assert cases["situatie"].tolist() == [f"S{i}" for i in range(1, 9)]
    assert not hasattr(strategy, "disclosure_key")


def test_docstring_examples():
    assert doctest.testmod(strategy).failed == 0


def test_smart_cases_each_teach_something_else():
    from smmlib import plan
    missing = {k: plan.missing_smart_criteria(g) for k, g in strategy.smart_cases().items()}
    assert missing == {"A": ["specifiek", "tijdgebonden"], "B": ["acceptabel", "realistisch"],
                       "C": ["meetbaar"], "D": ["realistisch", "tijdgebonden"], "E": [],
                       "F": ["specifiek", "meetbaar"]}
    assert all(set(g) == set(plan.SMART_KEYS) for g in strategy.smart_cases().values())
