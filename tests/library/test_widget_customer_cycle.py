"""The customer-cycle walker: pure logic and that the widget reacts to a change."""
import pytest

from smmlib import models
from smmlib.widgets.customer_cycle import customer_cycle_walker, describe_phase, next_phase, render_phase


def test_every_phase_has_a_card_with_its_flywheel_activity():
    for phase in models.phases():
        info = describe_phase(phase)
        assert info["flywheel"] == models.flywheel_for_phase(phase)
        assert info["klant"] and info["trapkracht"]
        assert all(a in render_phase(phase) for a in info["flywheel"])


def test_describe_phase_accepts_capitals_and_rejects_unknown_in_dutch():
    assert describe_phase("Onderhouden")["cyclus"] == "gebruikscyclus"
    with pytest.raises(ValueError, match="Kies uit"):
        describe_phase("kopen")


def test_next_phase_is_cyclic():
    assert next_phase("inspiratie") == "onderzoeken"
    assert next_phase("vervangen") == "inspiratie"


def test_walker_reacts_to_a_change():
    walker = customer_cycle_walker()
    (phase, step), card = walker.children[0].children, walker.children[1]
    assert "inspiratie" in card.value and "beïnvloeden" in card.value
    phase.value = "onderhouden"
    assert "Fase 7 van 8" in card.value and "luisteren" in card.value
    step.click()
    assert phase.value == "vervangen" and "Fase 8 van 8" in card.value
    step.click()
    assert phase.value == "inspiratie"
