"""The chapter 8 response-time dashboard: the pure view function and the widget's reaction to a change."""
import math

import pytest

from smmlib import load_dataset, metrics
from smmlib.widgets.response_dashboard import dashboard_view, response_dashboard


@pytest.fixture(scope="module")
def webcare():
    return load_dataset("webcare")


def test_x_misses_the_60_minute_norm(webcare):
    v = dashboard_view(webcare, norm=60)
    assert "X" in v["niet_gehaald"] and "WhatsApp" in v["gehaald"]
    x = v["tabel"].set_index("channel").loc["X"]
    assert 0.08 < x["sla_share"] < 0.14
    assert "Norm 60 minuten" in v["samenvatting"]


def test_a_looser_norm_never_lowers_the_share(webcare):
    strict, loose = dashboard_view(webcare, norm=30), dashboard_view(webcare, norm=240)
    assert (loose["tabel"]["sla_share"].to_numpy() >= strict["tabel"]["sla_share"].to_numpy()).all()
    assert loose["totaal"] > strict["totaal"]


def test_total_counts_unanswered_as_late(webcare):
    v = dashboard_view(webcare, norm=60)
    minutes = metrics.first_response_minutes(webcare["received_at"], webcare["first_response_at"])
    assert math.isclose(v["totaal"], metrics.sla_share(minutes, norm=60))


def test_phase_filter_and_dutch_error(webcare):
    v = dashboard_view(webcare, norm=60, phase="vervangen")
    assert v["tabel"]["gesprekken"].sum() == (webcare["phase"] == "vervangen").sum()
    assert "fase 'vervangen'" in v["samenvatting"]
    with pytest.raises(ValueError, match="Kies een fase"):
        dashboard_view(webcare, phase="kopen")


def test_widget_reacts_to_a_change(webcare):
    box = response_dashboard(webcare)
    norm, phase, summary = box.children[:3]
    before = summary.value
    norm.value = 180
    after_norm = summary.value
    assert after_norm != before and "Norm 180 minuten" in after_norm
    phase.value = "ontvangen"
    assert "fase &#x27;ontvangen&#x27;" in summary.value or "fase 'ontvangen'" in summary.value
    assert summary.value != after_norm
