from smmlib import load_dataset
from smmlib.widgets.portfolio_builder import portfolio_builder, portfolio_summary, render_summary


def test_summary_checks_rules_and_compares_with_the_optimum():
    table = load_dataset("influencers")
    summary = portfolio_summary(table, ["@duin_daan", "@duinleven", "@frismees", "@poldertijd", "@sportbram"],
                                budget=10_000)
    assert summary["geldig"] and summary["aandeel_optimum"] == 1.0
    bad = portfolio_summary(table, ["@frismees", "@dijkkim"], budget=10_000)
    assert not bad["geldig"] and bad["aandeel_optimum"] is None
    assert "@dijkkim" in bad["regels"]["verdacht"][1]
    assert "✘" in render_summary(bad)


def test_builder_reacts_to_selection_and_budget():
    builder = portfolio_builder()
    slider, choice, info = builder.children
    assert "Kies een of meer influencers" in info.value
    choice.value = ("@duin_daan", "@duinleven", "@frismees", "@poldertijd", "@sportbram")
    assert "100%" in info.value and "9.995" in info.value
    slider.value = 5_000
    assert "✘ <b>binnen budget</b>" in info.value
