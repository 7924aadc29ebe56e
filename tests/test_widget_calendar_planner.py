from smmlib import content
from smmlib.widgets.calendar_planner import build_calendar, calendar_planner, planner_report


def test_build_calendar_meets_the_rules_with_the_right_choices():
    cal = build_calendar({"Instagram": 3, "LinkedIn": 2}, hero=1, help_per_week=1, pillar_order="afwisselen")
    assert len(cal) == 20 and all(r.passed for r in content.check_calendar(cal))


def test_blocks_of_pillars_break_the_alternation_rule():
    cal = build_calendar({"Instagram": 3, "LinkedIn": 2}, pillar_order="in blokken")
    failed = [r.rule for r in content.check_calendar(cal) if not r.passed]
    assert failed == ["no_pillar_twice"]
    assert "4 van de 5 regels gehaald" in planner_report(cal)


def test_planner_reacts_to_a_change():
    planner = calendar_planner()
    *controls, report = planner.children
    sliders = {c.description: c for c in controls}
    before = report.value
    assert "5 van de 5" not in before
    sliders["Instagram/week"].value = 3
    sliders["Facebook/week"].value = 0
    sliders["hero (4 weken)"].value = 1
    sliders["help per week"].value = 1
    assert "4 van de 5 regels gehaald" in report.value
    sliders["pijlers"].value = "afwisselen"
    assert "5 van de 5 regels gehaald" in report.value and report.value != before


def test_impossible_choices_give_a_dutch_message():
    import pytest
    with pytest.raises(ValueError, match="Hoogstens 5 posts per week op LinkedIn"):
        build_calendar({"LinkedIn": 6})
    with pytest.raises(ValueError, match="Kies de volgorde"):
        build_calendar({"LinkedIn": 2}, pillar_order="willekeurig")
