import pytest

import smmlib
from smmlib import ads
from smmlib.widgets.funnel_explorer import campaign_summary, funnel_explorer, render_summary


@pytest.fixture(scope="module")
def table():
    return ads.campaign_metrics(smmlib.load_dataset("campaigns"))


def test_summary_names_phase_key_metrics_and_advice(table):
    s = campaign_summary(table, "TikTok Zomerdeal")
    assert s["fase"] == "selecteren" and s["stuur_op"] == ["cpa", "roas"]
    assert s["advies"] == "stoppen" and s["kengetallen"]["roas"] == pytest.approx(0.665, abs=0.001)
    assert campaign_summary(table, "Webshop Retargeting")["advies"] == "opschalen"
    assert campaign_summary(table, "Voorjaarsbereik")["stuur_op"] == ["cpm"]
    # only a campaign that must sell is judged on ROAS, and against the break-even ROAS at 30% margin (3.33)
    assert campaign_summary(table, "Voorjaarsbereik")["advies"] == "kengetallen van de fase"
    assert campaign_summary(table, "Accessoires Catalogus")["advies"] == "stoppen"   # ROAS 3.07: above 1, below 3.33
    with pytest.raises(ValueError, match="Onbekende campagne"):
        campaign_summary(table, "niets")


def test_render_uses_dutch_numbers(table):
    text = render_summary(campaign_summary(table, "TikTok Zomerdeal"))
    assert "0,67" in text and "12.923,76" in text and "Advies: stoppen" in text
    assert "3,33" in text and "betaalt zich terug" not in text


def test_explorer_reacts_to_a_change():
    explorer = funnel_explorer()
    choice, (chart, info) = explorer.children[0], explorer.children[1].children
    choice.value = "TikTok Zomerdeal"
    assert "TikTok Zomerdeal" in info.value and "Advies: stoppen" in info.value
    choice.value = "Webshop Retargeting"
    assert "Webshop Retargeting" in info.value and "Advies: opschalen" in info.value
    assert "TikTok" not in info.value
