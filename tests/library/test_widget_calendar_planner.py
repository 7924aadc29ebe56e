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
    sliders["Facebook/week"].value = 2
    sliders["TikTok/week"].value = 3
    sliders["Instagram/week"].value = 0
    sliders["hero (4 weken)"].value = 1
    sliders["help per week"].value = 1
    assert "4 van de 5 regels gehaald" in report.value
    sliders["pijlers"].value = "afwisselen"
    assert "5 van de 5 regels gehaald" in report.value and report.value != before


def test_default_planner_practises_another_plan_than_the_assignment():
    from smmlib.widgets.calendar_planner import DEMO_RULES
    assert DEMO_RULES["posts_per_week"] != content.DEFAULT_RULES["posts_per_week"]
    planner = calendar_planner()
    descriptions = [c.description for c in planner.children[:-1]]
    assert "LinkedIn/week" not in descriptions
    cal = build_calendar(DEMO_RULES["posts_per_week"], hero=1, help_per_week=1, pillar_order="afwisselen")
    assert all(r.passed for r in content.check_calendar(cal, DEMO_RULES))
    assert not all(r.passed for r in content.check_calendar(cal))


def test_planner_accepts_other_rules():
    planner = calendar_planner(content.DEFAULT_RULES)
    assert planner.children[0].description == "Instagram/week"


def test_impossible_choices_give_a_dutch_message():
    import pytest
    with pytest.raises(ValueError, match="Hoogstens 5 posts per week op LinkedIn"):
        build_calendar({"LinkedIn": 6})
    with pytest.raises(ValueError, match="Kies de volgorde"):
        build_calendar({"LinkedIn": 2}, pillar_order="willekeurig")
