"""Unit tests for smmlib.plan: each rule triggered by its own minimal bad input."""
import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from smmlib import plan


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


def rules(violations):
    return [v.rule for v in violations]


# -------------------------------------------------------------- SMART
def good_goal(**changes):
    goal = plan.smart_goal_template()
    goal.update(changes)
    return goal


def test_template_goal_is_valid():
    assert plan.smart_check(good_goal()) == []
    assert plan.missing_smart_criteria(good_goal()) == []


@pytest.mark.parametrize("changes, rule, criterion", [
    ({"doel": ""}, "specifiek_doel", "specifiek"),
    ({"kpi": None}, "specifiek_kpi", "specifiek"),
    ({"kpi": "klikrate"}, "specifiek_kpi", "specifiek"),
    ({"kanaal": "  "}, "specifiek_kanaal", "specifiek"),
    ({"doelgroep": float("nan")}, "specifiek_doelgroep", "specifiek"),
    ({"nulmeting": "veel"}, "meetbaar_nulmeting", "meetbaar"),
    ({"streefwaarde": "meer"}, "meetbaar_streefwaarde", "meetbaar"),
    ({"streefwaarde": "+20%"}, "meetbaar_niveau", "meetbaar"),
    ({"streefwaarde": "20% meer"}, "meetbaar_niveau", "meetbaar"),
    ({"streefwaarde": "50%"}, "meetbaar_eenheid", "meetbaar"),
    ({"eigenaar": ""}, "acceptabel_eigenaar", "acceptabel"),
    ({"streefwaarde": 120}, "realistisch_gelijk", "realistisch"),
    ({"streefwaarde": 100}, "realistisch_richting", "realistisch"),
    ({"streefwaarde": 361}, "realistisch_te_groot", "realistisch"),
    ({"deadline": "binnenkort"}, "tijdgebonden_deadline", "tijdgebonden"),
    ({"deadline": "2025-02-30"}, "tijdgebonden_deadline", "tijdgebonden"),
])
def test_each_smart_rule_alone(changes, rule, criterion):
    violations = plan.smart_check(good_goal(**changes))
    assert rules(violations) == [rule]
    assert violations[0].criterion == criterion and violations[0].row is None
    assert violations[0].message.lower().startswith(criterion)
    assert plan.missing_smart_criteria(good_goal(**changes)) == [criterion]


@pytest.mark.parametrize("baseline, target", [("20%", "30%"), (0.2, "30%"), ("20 %", 0.3), ("1.200", "1.440"),
                                              ("120", "144,5")])
def test_a_baseline_and_target_in_one_unit_are_measurable(baseline, target):
    """Measurable as the book means it: where you stand and where you go, in one unit (shares too)."""
    assert plan.smart_check(good_goal(nulmeting=baseline, streefwaarde=target)) == []


def test_growth_of_exactly_200_percent_is_allowed():
    assert plan.smart_check(good_goal(streefwaarde=360)) == []


def test_lower_is_better_kpi_direction_and_bound():
    base = dict(kpi="eerste reactietijd", nulmeting=90)
    assert plan.smart_check(good_goal(streefwaarde=45, **base)) == []
    assert rules(plan.smart_check(good_goal(streefwaarde=120, **base))) == ["realistisch_richting"]
    assert rules(plan.smart_check(good_goal(streefwaarde=20, **base))) == ["realistisch_te_groot"]


def test_smart_accepts_dates_and_numeric_strings():
    assert plan.smart_check(good_goal(deadline=dt.date(2026, 3, 31))) == []
    assert plan.smart_check(good_goal(deadline=pd.Timestamp("2026-03-31"))) == []
    assert plan.smart_check(good_goal(nulmeting="120", streefwaarde="150,5")) == []
    assert rules(plan.smart_check(good_goal(deadline=pd.NaT))) == ["tijdgebonden_deadline"]


def test_missing_key_is_mentioned():
    goal = good_goal()
    del goal["eigenaar"]
    (violation,) = plan.smart_check(goal)
    assert "ontbreekt" in violation.message and "'eigenaar'" in violation.message


def test_missing_smart_criteria_order_and_empty_dict():
    # realistisch can only be judged once both numbers are there
    assert plan.missing_smart_criteria({}) == ["specifiek", "meetbaar", "acceptabel", "tijdgebonden"]
    goal = good_goal(deadline=None, kanaal="", eigenaar="")
    assert plan.missing_smart_criteria(goal) == ["specifiek", "acceptabel", "tijdgebonden"]


def test_smart_check_needs_dict():
    with pytest.raises(TypeError, match="dict"):
        plan.smart_check(["doel"])


# -------------------------------------------------------------- measurement plan
def template_rows():
    return plan.measurement_plan_template().to_dict("records")


def test_template_has_columns_and_passes():
    template = plan.measurement_plan_template()
    assert tuple(template.columns) == plan.MEASUREMENT_PLAN_COLUMNS
    assert plan.validate_measurement_plan(template) == []
    assert plan.validate_measurement_plan(template_rows()) == []
    assert plan.validate_measurement_plan(template, goal="verkeer") == []


def with_change(row, **changes):
    rows = template_rows()
    rows[row].update(changes)
    return rows


@pytest.mark.parametrize("bad_plan, goal, rule, row", [
    (with_change(1, kpi=""), None, "leeg", 1),
    (with_change(0, bron=None), None, "leeg", 0),
    (with_change(1, kpi="klikrate"), None, "kpi_onbekend", 1),
    (with_change(1, kpi="likes"), None, "ijdelheid", 1),
    (with_change(1, kpi="cost per lead"), None, "kpi_past_niet", 1),
    (with_change(1, streefwaarde=-3), None, "streefwaarde", 1),
    (with_change(1, streefwaarde="veel"), None, "streefwaarde", 1),
    (with_change(1, frequentie="af en toe"), None, "frequentie", 1),
    (with_change(1, kpi="Sessies vanuit social"), None, "dubbel", 1),
    (template_rows()[:1], None, "te_weinig", None),
])
def test_each_plan_rule_alone(bad_plan, goal, rule, row):
    violations = plan.validate_measurement_plan(bad_plan, goal=goal)
    assert rules(violations) == [rule]
    assert violations[0].row == row
    assert violations[0].message


def test_missing_and_extra_columns_one_violation_each():
    frame = plan.measurement_plan_template().drop(columns=["bron", "eigenaar"])
    frame["opmerking"] = "x"
    violations = plan.validate_measurement_plan(frame)
    assert rules(violations) == ["kolommen", "kolommen", "kolommen"]
    text = " ".join(v.message for v in violations)
    assert "'bron' ontbreekt" in text and "'eigenaar' ontbreekt" in text and "'opmerking'" in text


def test_column_names_in_capitals_count():
    frame = plan.measurement_plan_template().rename(columns={"kpi": "KPI", "doel": " Doel", "streefwaarde": "Streef waarde"})
    assert plan.validate_measurement_plan(frame) == []


def test_a_target_and_a_frequency_in_own_words_count():
    frame = plan.measurement_plan_template()
    frame["streefwaarde"] = frame["streefwaarde"].astype(object)
    frame.loc[0, ["streefwaarde", "frequentie"]] = ["1.200", "Per week"]
    frame.loc[1, ["streefwaarde", "frequentie"]] = ["1,5%", "elke maand"]
    assert plan.validate_measurement_plan(frame) == []


def test_placeholders_are_not_answers():
    frame = plan.measurement_plan_template()
    frame.loc[0, ["metric", "eigenaar"]] = ["x", "..."]
    assert rules(plan.validate_measurement_plan(frame)) == ["niet_ingevuld", "niet_ingevuld"]
    assert plan.is_placeholder("?") and plan.is_placeholder(" X ") and not plan.is_placeholder("CRM")


def test_rows_for_goal_counts_only_rows_that_measure_the_goal():
    template = plan.measurement_plan_template()             # made for website traffic
    assert plan.rows_for_goal(template, "verkeer naar website") == 2
    assert plan.rows_for_goal(template, "leads of aanvragen") == 0
    template.loc[0, "kpi"] = "proefritaanvragen"
    assert plan.rows_for_goal(template, "leads of aanvragen") == 1


def test_vanity_depends_on_goal():
    rows = with_change(1, kpi="bereik")
    for row in rows:
        row["doel"] = "merkbekendheid"
    rows[0]["kpi"] = "share of voice"
    assert plan.validate_measurement_plan(rows) == []
    violations = plan.validate_measurement_plan(rows, goal="leads")
    assert rules(violations) == ["kpi_past_niet", "ijdelheid"]
    assert "leads of aanvragen" in violations[1].message


def test_goal_parameter_overrides_doel_column():
    violations = plan.validate_measurement_plan(plan.measurement_plan_template(), goal="leads")
    assert rules(violations) == ["kpi_past_niet", "kpi_past_niet"]
    assert "formulierstarts" in violations[0].message


def test_free_text_doel_without_goal_type_skips_fit_check():
    rows = with_change(1, kpi="cost per lead")
    for row in rows:
        row["doel"] = "Meer mensen op onze site"
    assert plan.validate_measurement_plan(rows) == []


def test_nullable_na_cell_is_empty():
    frame = plan.measurement_plan_template()
    frame["streefwaarde"] = pd.array([1200, None], dtype="Float64")
    assert rules(plan.validate_measurement_plan(frame)) == ["leeg"]


def test_frequency_is_case_insensitive():
    assert plan.validate_measurement_plan(with_change(0, frequentie=" Per Kwartaal ")) == []


def test_unknown_goal_parameter_and_bad_input():
    with pytest.raises(ValueError, match="Onbekend type doel"):
        plan.validate_measurement_plan(template_rows(), goal="geluk")
    with pytest.raises(TypeError, match="lijst met dicts"):
        plan.validate_measurement_plan(template_rows()[0])
    with pytest.raises(TypeError, match="DataFrame"):
        plan.validate_measurement_plan("plan")


def test_explain_violations():
    assert plan.explain_violations([]) == "Geen fouten gevonden: alles klopt."
    text = plan.explain_violations(plan.smart_check({}))
    lines = text.splitlines()
    assert len(lines) == len(plan.smart_check({}))
    assert all(line.startswith("- [") for line in lines)


def test_violation_is_namedtuple_with_fixed_fields():
    assert plan.Violation._fields == ("rule", "criterion", "row", "message")


def test_import_does_not_load_pandas():
    code = "import sys, smmlib.plan; assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples_run():
    import doctest

    assert doctest.testmod(plan).failed == 0


def test_a_smart_goal_of_placeholders_is_not_specific_nor_accepted():
    goal = plan.smart_goal_template()
    goal.update(doel="x", doelgroep="...", eigenaar="?")
    assert rules(plan.smart_check(goal)) == ["specifiek_doel", "specifiek_doelgroep", "acceptabel_eigenaar"]
    goal = plan.smart_goal_template()
    goal["kanaal"] = "X"                          # the platform X is a channel, not a placeholder
    assert plan.smart_check(goal) == []


def test_a_deadline_in_dutch_words_is_time_bound():
    goal = plan.smart_goal_template()
    for deadline in ("31 december 2026", "eind 2026", "Q4 2026", "2026-12-31"):
        goal["deadline"] = deadline
        assert plan.smart_check(goal) == [], deadline
    for deadline in ("zo snel mogelijk", "Q3", "binnenkort"):
        goal["deadline"] = deadline
        assert rules(plan.smart_check(goal)) == ["tijdgebonden_deadline"], deadline
