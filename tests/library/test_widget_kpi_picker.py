from smmlib.widgets import kpi_picker
from smmlib.widgets.kpi_picker import judge_kpis


def test_judge_names_fit_vanity_and_other_goal():
    verdicts = dict(zip(["conversies", "likes", "share of voice"],
                        judge_kpis("leads of aanvragen", ["conversies", "likes", "share of voice"])))
    assert verdicts["conversies"][0] == "past"
    assert verdicts["likes"][0] == "ijdel" and "ijdelheidsmetric" in verdicts["likes"][1]
    assert verdicts["share of voice"][0] == "past niet"


def test_picker_reacts_to_a_change():
    picker = kpi_picker()
    goal, (chosen, verdict) = picker.children[0], picker.children[1].children
    goal.value = "leads of aanvragen"
    chosen.value = ("likes",)
    assert "0 van de 1" in verdict.value and "ijdelheidsmetric" in verdict.value
    goal.value = "merkbekendheid"
    chosen.value = ("bereik", "likes")
    assert "1 van de 2" in verdict.value


def test_widgets_package_exposes_the_function():
    import smmlib
    assert callable(smmlib.widgets.kpi_picker)
