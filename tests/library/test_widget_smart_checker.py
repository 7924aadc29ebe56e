from smmlib import plan
from smmlib.widgets.smart_checker import render_report, smart_checker, smart_report


def test_report_has_five_criteria_in_order():
    report = smart_report(plan.smart_goal_template())
    assert [c for c, _, _ in report] == list(plan.SMART_CRITERIA)
    assert all(ok for _, ok, _ in report)


def test_report_gives_the_dutch_reason_per_failed_criterion():
    goal = plan.smart_goal_template()
    goal.update(eigenaar="", nulmeting="veel")
    report = {c: (ok, reasons) for c, ok, reasons in smart_report(goal)}
    assert report["acceptabel"][0] is False and "eigenaar" in report["acceptabel"][1][0]
    assert report["meetbaar"][0] is False and "getal" in report["meetbaar"][1][0]
    assert report["specifiek"][0] is True
    assert "3 van de 5" in render_report(goal)


def test_checker_reacts_to_a_change():
    checker = smart_checker()
    fields = {f.description: f for f in checker.children[0].children}
    verdict = checker.children[1]
    assert "dit doel is SMART" in verdict.value
    fields["deadline"].value = "zo snel mogelijk"
    assert "4 van de 5" in verdict.value and "Tijdgebonden" in verdict.value
    fields["streefwaarde"].value = "1000"   # 120 -> 1000 is more than +200%
    assert "3 van de 5" in verdict.value and "haalbaardere" in verdict.value
    fields["deadline"].value = "2026-06-30"
    fields["streefwaarde"].value = "150"
    assert "5 van de 5" in verdict.value
