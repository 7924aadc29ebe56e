"""Unit tests for the channel chooser widget (chapter 2)."""
import smmlib
from smmlib.widgets.channel_chooser import channel_chooser, channel_ranking


def test_ranking_is_sorted_and_marks_the_best_channels():
    rows = channel_ranking(smmlib.load_dataset("survey"), "65+", 2)
    reach = [r["bereik"] for r in rows]
    assert reach == sorted(reach, reverse=True) and len(rows) == 9
    assert [r["platform"] for r in rows if r["gekozen"]] == ["WhatsApp", "Facebook"]
    together = [r["samen"] for r in rows]     # the channels together: never less, never above 1
    assert together[0] == reach[0] and together == sorted(together) and together[-1] <= 1


def test_chooser_reacts_to_a_change():
    chooser = channel_chooser()
    (group, n_channels), result = chooser.children[0].children, chooser.children[1]
    assert group.value not in ("16-24", "65+"), "the default must not show an exercise group's answer"
    assert "Leeftijdsgroep 35-44" in result.value
    group.value = "16-24"
    assert "Leeftijdsgroep 16-24" in result.value and "Facebook" not in result.value.split("</b>")[0]
    before = result.value
    n_channels.value = 4
    assert result.value != before and "Instagram" in result.value.split("</b>")[0]
