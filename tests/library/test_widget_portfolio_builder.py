from smmlib import load_dataset
from smmlib.widgets.portfolio_builder import portfolio_builder, portfolio_summary, render_summary


def test_summary_checks_rules_and_compares_with_the_optimum():
    table = load_dataset("influencers")
    best = ["@duinleven", "@frismees", "@groenenco", "@kilometerfien", "@papavlogt", "@poldertijd"]
    summary = portfolio_summary(table, best, budget=10_000)
    assert summary["geldig"] and summary["aandeel_optimum"] == 1.0
    # the most likes + comments is not the most interactions in the target group
    raw = portfolio_summary(table, ["@duin_daan", "@duinleven", "@frismees", "@poldertijd", "@sportbram"], 10_000)
    assert raw["interacties"] > summary["interacties"] and 0.9 < raw["aandeel_optimum"] < 0.95
    bad = portfolio_summary(table, ["@frismees", "@dijkkim"], budget=10_000)
    assert not bad["geldig"] and bad["aandeel_optimum"] is None
    assert "@dijkkim" in bad["regels"]["verdacht"][1]
    assert "✘" in render_summary(bad)


def test_builder_reacts_to_selection_and_budget():
    builder = portfolio_builder()
    slider, choice, info = builder.children
    assert "Kies een of meer influencers" in info.value
    choice.value = ("@duinleven", "@frismees", "@groenenco", "@kilometerfien", "@papavlogt", "@poldertijd")
    assert "100%" in info.value and "9.950" in info.value and "in de doelgroep" in info.value
    slider.value = 5_000
    assert "✘ <b>binnen budget</b>" in info.value
