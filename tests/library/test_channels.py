"""Unit tests for smmlib.channels (chapter 2: reach per target group, overlap, honeycomb)."""
import math

import pandas as pd
import pytest

import smmlib
from smmlib import channels


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def survey():
    return smmlib.load_dataset("survey")


TOY = pd.DataFrame({
    "age_group": ["a", "a", "b", "b"],
    **{col: [False] * 4 for col in channels.PLATFORMS.values()},
})
TOY["uses_instagram"] = [True, True, True, False]
TOY["uses_tiktok"] = [True, False, False, True]


def test_usage_column_and_unknown_platform():
    assert channels.usage_column("tiktok") == "uses_tiktok"
    with pytest.raises(ValueError, match="Onbekend platform 'Hyves'"):
        channels.usage_column("Hyves")


def test_usage_needs_the_survey_columns():
    with pytest.raises(ValueError, match="dataset 'survey'"):
        channels.usage(pd.DataFrame({"x": [1]}))


def test_reach_by_group_on_a_toy_table():
    table = channels.reach_by_group(TOY)
    assert table.loc["a", "Instagram"] == 1.0 and table.loc["b", "TikTok"] == 0.5
    with pytest.raises(ValueError, match="bestaat niet"):
        channels.reach_by_group(TOY, by="leeftijd")


def test_rank_channels_finds_the_planted_senior_channels(survey):
    top = channels.rank_channels(survey, "65+", top=2)
    assert list(top.columns) == ["platform", "bereik"]
    assert list(top["platform"]) == ["WhatsApp", "Facebook"]
    assert top["bereik"].is_monotonic_decreasing
    with pytest.raises(ValueError, match="Kies uit"):
        channels.rank_channels(survey, "80+")


def test_overlap_is_conditional_and_not_symmetric():
    assert channels.overlap(TOY, "Instagram", "TikTok") == pytest.approx(1 / 3)
    assert channels.overlap(TOY, "TikTok", "Instagram") == pytest.approx(1 / 2)
    assert math.isnan(channels.overlap(TOY, "Snapchat", "TikTok"))


def test_overlap_matrix_matches_overlap(survey):
    m = channels.overlap_matrix(survey)
    assert m.shape == (9, 9)
    assert m.loc["Instagram", "TikTok"] == pytest.approx(channels.overlap(survey, "Instagram", "TikTok"))
    assert all(m.loc[p, p] == 1.0 for p in m.index)


def test_extra_reach_counts_only_new_people():
    # only the fourth person uses TikTok and not Instagram
    assert channels.extra_reach(TOY, "Instagram", "TikTok") == pytest.approx(1 / 4)


def test_cumulative_reach_grows_ever_slower(survey):
    table = channels.cumulative_reach(survey, "65+")
    assert list(table.columns) == ["aantal_kanalen", "platform", "bereik_samen", "erbij"]
    assert len(table) == 9 and table["bereik_samen"].is_monotonic_increasing
    assert table.loc[0, "bereik_samen"] == pytest.approx(table.loc[0, "erbij"])
    assert table["erbij"].iloc[2:].max() < table["erbij"].iloc[0]


def test_cumulative_reach_counts_people_once():
    table = channels.cumulative_reach(TOY, "b")
    # Instagram and TikTok each reach one of the two people in group b, together both
    assert table.loc[1, "bereik_samen"] == pytest.approx(1.0)
