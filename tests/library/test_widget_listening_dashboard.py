"""The chapter 6 listening dashboard: the pure view function and the widget's reaction to a change."""
import math

import pytest

from smmlib.widgets.listening_dashboard import dashboard_view, listening_dashboard, prepare_mentions


@pytest.fixture(scope="module")
def mentions():
    return prepare_mentions()


def test_view_filters_brand_period_and_sentiment(mentions):
    v = dashboard_view(mentions, "Trapkracht", ("2025-06", "2025-06"), "negatief")
    sel = v["selectie"]
    assert v["aantal"] == len(sel) > 100
    assert set(sel["brand"]) == {"Trapkracht"} and set(sel["maand"]) == {"2025-06"}
    assert set(sel["score_label"]) == {"negatief"}
    assert "negatieve vermeldingen over Trapkracht in 2025-06" in v["samenvatting"]
    assert 0 < v["share_of_voice"] < 1 and -1 <= v["net_sentiment"] <= 1
    assert len(v["voorbeelden"]) == 3
    assert v["voorbeelden"]["est_reach"].is_monotonic_decreasing


def test_view_for_all_brands_has_no_share_of_voice(mentions):
    v = dashboard_view(mentions)
    assert v["share_of_voice"] is None and v["aantal"] == len(mentions)
    assert v["per_week"]["aantal"].sum() == len(mentions)


def test_share_of_voice_matches_the_monthly_counts(mentions):
    v = dashboard_view(mentions, "Snelwiel", ("2025-10", "2025-12"))
    period = mentions[mentions["maand"] >= "2025-10"]
    assert math.isclose(v["share_of_voice"], (period["brand"] == "Snelwiel").mean())


def test_unknown_sentiment_is_refused_in_dutch(mentions):
    with pytest.raises(ValueError, match="Kies sentiment"):
        dashboard_view(mentions, sentiment="boos")


def test_widget_reacts_to_a_change(mentions):
    box = listening_dashboard(mentions)
    brand, period, mood, summary = box.children[:4]
    before = summary.value
    mood.value = "negatief"
    after_mood = summary.value
    assert after_mood != before and "negatieve vermeldingen" in after_mood
    brand.value = "Velox"
    assert "Velox" in summary.value and summary.value != after_mood
    period.value = ("2025-06", "2025-06")
    assert "in 2025-06" in summary.value
