"""Unit tests for smmlib.metrics: values, NaN rule, dtypes, Dutch errors, no warnings."""
import math

import numpy as np
import pandas as pd
import pytest

from smmlib import metrics


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture
def posts():
    return pd.DataFrame({
        "likes": pd.array([40, 9, None, 0], dtype="Int64"),
        "comments": [5, 1, None, 0],
        "shares": [3, 0, None, 0],
        "saves": [2, 0, None, 0],
        "reach": [1000, 0, 500, -5],
        "impressions": pd.array([2000, 10, None, 100], dtype="Float64"),
        "followers": [10_000, 5_000, 5_000, 0],
    }, index=[10, 11, 12, 13])


# -------------------------------------------------------------- safe_divide
def test_safe_divide_scalar_gives_python_float():
    result = metrics.safe_divide(10, 4)
    assert result == 2.5 and type(result) is float


@pytest.mark.parametrize("denominator", [0, -3, None, float("nan"), pd.NA, np.nan])
def test_safe_divide_bad_denominator_is_nan(denominator):
    result = metrics.safe_divide(10, denominator)
    assert type(result) is float and math.isnan(result)


def test_safe_divide_never_inf():
    assert math.isnan(metrics.safe_divide(float("inf"), 1))
    assert math.isnan(metrics.safe_divide(1e308, 1e-10))  # overflow would be inf


def test_safe_divide_series_keeps_index_and_float64():
    num = pd.Series([1, 2, None], dtype="Int64", index=list("abc"))
    den = pd.Series([2, 0, 4], dtype="Int64", index=list("abc"))
    result = metrics.safe_divide(num, den)
    assert result.dtype == "float64"
    assert list(result.index) == list("abc")
    assert result["a"] == 0.5 and np.isnan(result["b"]) and np.isnan(result["c"])


def test_safe_divide_numpy_and_allow_negative():
    result = metrics.safe_divide(np.array([1, 2]), np.array([-2, 0]))
    assert isinstance(result, np.ndarray) and np.isnan(result).all()
    result = metrics.safe_divide(np.array([1, 2]), np.array([-2, 0]), allow_negative=True)
    assert result[0] == -0.5 and np.isnan(result[1])


def test_safe_divide_aligns_series():
    a = pd.Series([1.0, 2.0], index=["x", "y"])
    b = pd.Series([4.0, 2.0], index=["y", "x"])
    result = metrics.safe_divide(a, b)
    assert result["x"] == 0.5 and result["y"] == 0.5


def test_safe_divide_text_is_dutch_error():
    with pytest.raises(ValueError, match="geen getal"):
        metrics.safe_divide(pd.Series(["a", "b"]), 2)


def test_numeric_strings_are_accepted():
    assert metrics.ctr(pd.Series(["5", "10"]), pd.Series([100, 100])).tolist() == [0.05, 0.1]


# -------------------------------------------------------------- require_columns
def test_require_columns_names_missing_and_lists_available(posts):
    with pytest.raises(KeyError) as info:
        metrics.require_columns(posts, ["likes", "clicks", "spend_eur"])
    text = str(info.value)
    assert "'clicks'" in text and "'spend_eur'" in text and "ontbreken" in text
    assert "Beschikbare kolommen" in text and "'reach'" in text
    assert isinstance(info.value, metrics.MissingColumnError)


def test_require_columns_suggests_close_name(posts):
    with pytest.raises(KeyError, match="Bedoel je 'likes'"):
        metrics.require_columns(posts, ["Likes"])


def test_require_columns_needs_dataframe():
    with pytest.raises(TypeError, match="DataFrame"):
        metrics.require_columns(pd.Series([1]), ["likes"])


# -------------------------------------------------------------- engagement
def test_interactions_row_sum(posts):
    result = metrics.interactions(posts)
    assert result.dtype == "float64" and list(result.index) == [10, 11, 12, 13]
    assert result.loc[10] == 50 and result.loc[11] == 10 and result.loc[13] == 0
    assert np.isnan(result.loc[12])  # whole row empty


def test_interactions_missing_cell_counts_as_zero():
    df = pd.DataFrame({"likes": pd.array([5, None], dtype="Int64"), "comments": [1, 2]})
    assert metrics.interactions(df, columns=["likes", "comments"]).tolist() == [6.0, 2.0]


@pytest.mark.parametrize("base, expected", [
    ("reach", [0.05, np.nan, np.nan, np.nan]),
    ("impressions", [0.025, 1.0, np.nan, 0.0]),
    ("followers", [0.005, 0.002, np.nan, np.nan]),
])
def test_engagement_rate_bases(posts, base, expected):
    result = metrics.engagement_rate(posts, base)
    assert result.dtype == "float64"
    np.testing.assert_allclose(result.to_numpy(), expected, equal_nan=True)


def test_engagement_rate_dutch_base_alias(posts):
    pd.testing.assert_series_equal(metrics.engagement_rate(posts, base="Bereik"),
                                   metrics.engagement_rate(posts, base="reach"))


def test_engagement_rate_base_is_required(posts):
    with pytest.raises(TypeError):
        metrics.engagement_rate(posts)  # noqa: the base is never implicit


def test_engagement_rate_unknown_base_lists_the_three(posts):
    with pytest.raises(ValueError) as info:
        metrics.engagement_rate(posts, base="views")
    text = str(info.value)
    assert "'reach'" in text and "'impressions'" in text and "'followers'" in text


def test_engagement_rate_missing_column_is_named(posts):
    with pytest.raises(KeyError, match="'clicks'"):
        metrics.engagement_rate(posts, "reach", interactions=["likes", "clicks"])


# -------------------------------------------------------------- ratios and costs
def test_simple_ratios():
    assert metrics.reach_rate(2500, 10_000) == 0.25
    assert metrics.ctr(30, 1000) == 0.03
    assert metrics.cpm(50, 10_000) == 5.0
    assert metrics.cpc(50, 200) == 0.25
    assert metrics.cpl(300, 12) == 25.0
    assert metrics.cpa(500, 4) == 125.0
    assert metrics.roas(2000, 500) == 4.0
    assert metrics.conversion_rate(15, 600) == 0.025


@pytest.mark.parametrize("func", [metrics.reach_rate, metrics.ctr, metrics.cpm, metrics.cpc,
                                  metrics.cpl, metrics.cpa, metrics.roas, metrics.conversion_rate])
def test_zero_denominator_gives_nan_everywhere(func):
    assert math.isnan(func(10, 0))
    result = func(pd.Series([10, 10, 10], dtype="Int64"), pd.Series([0, None, 5], dtype="Int64"))
    assert result.dtype == "float64" and result.isna().tolist() == [True, True, False]


def test_cpm_series():
    result = metrics.cpm(pd.Series([10.0, 5.0]), pd.Series([2000, 0]))
    assert result.iloc[0] == 5.0 and np.isnan(result.iloc[1])


def test_growth_rate():
    assert metrics.growth_rate(1000, 1150) == pytest.approx(0.15)
    assert metrics.growth_rate(1000, 900) == pytest.approx(-0.1)
    assert math.isnan(metrics.growth_rate(0, 10))
    result = metrics.growth_rate(pd.Series([100, 0, None], dtype="Int64"), pd.Series([150, 5, 3]))
    assert result.iloc[0] == 0.5 and result.iloc[1:].isna().all()


# -------------------------------------------------------------- share of voice
def test_share_of_voice_counts_series():
    result = metrics.share_of_voice(pd.Series({"Trapkracht": 60, "Snelwiel": 30, "Velox": 10}))
    assert result.to_dict() == pytest.approx({"Trapkracht": 0.6, "Snelwiel": 0.3, "Velox": 0.1})


def test_share_of_voice_labels_are_counted():
    result = metrics.share_of_voice(pd.Series(["A", "A", "B", None]))
    assert result["A"] == pytest.approx(2 / 3) and result["B"] == pytest.approx(1 / 3)


def test_share_of_voice_frame_rowwise_and_zero_row():
    frame = pd.DataFrame({"A": [3, 0, None], "B": [1, 0, 2]}, index=["jan", "feb", "mrt"])
    result = metrics.share_of_voice(frame)
    assert result.loc["jan"].tolist() == [0.75, 0.25]
    assert result.loc["feb"].isna().all()
    assert result.loc["mrt"].tolist() == [0.0, 1.0]


def test_share_of_voice_negative_is_dutch_error():
    with pytest.raises(ValueError, match="negatief"):
        metrics.share_of_voice(pd.Series({"A": -1, "B": 3}))


# -------------------------------------------------------------- net sentiment
def test_net_sentiment_labels_and_counts():
    labels = pd.Series(["positief", "Positief ", "neutraal", "negatief", None])
    assert metrics.net_sentiment(labels) == 0.25
    assert metrics.net_sentiment({"positief": 30, "neutraal": 60, "negatief": 10}) == pytest.approx(0.2)
    assert metrics.net_sentiment(labels.value_counts()) == 0.25


def test_net_sentiment_neutral_dilutes():
    # 1 positive among 99 neutral is not a perfect score
    assert metrics.net_sentiment(["positief"] + ["neutraal"] * 99) == pytest.approx(0.01)


def test_net_sentiment_empty_is_nan_and_groupby_works():
    assert math.isnan(metrics.net_sentiment(pd.Series([], dtype="object")))
    df = pd.DataFrame({"m": [1, 1, 2], "s": ["positief", "negatief", "negatief"]})
    result = df.groupby("m")["s"].agg(metrics.net_sentiment)
    assert result.tolist() == [0.0, -1.0]


def test_net_sentiment_frame_per_row():
    frame = pd.DataFrame({"positief": [3, 0], "neutraal": [1, 0], "negatief": [0, 0]})
    result = metrics.net_sentiment(frame)
    assert result.iloc[0] == 0.75 and np.isnan(result.iloc[1])


def test_net_sentiment_unknown_label_is_dutch_error():
    with pytest.raises(ValueError, match="'positief', 'neutraal' of 'negatief'"):
        metrics.net_sentiment(["positief", "boos"])


# -------------------------------------------------------------- webcare
def test_first_response_and_resolution():
    assert metrics.first_response_minutes("2025-03-01 09:00", "2025-03-01 09:45") == 45.0
    assert metrics.resolution_hours("2025-03-01 09:00", "2025-03-02 12:00") == 27.0
    received = pd.Series(pd.to_datetime(["2025-01-01 10:00", "2025-01-01 10:00", "2025-01-01 10:00"]))
    answered = pd.Series(pd.to_datetime(["2025-01-01 10:30", None, "2025-01-01 09:00"]))
    result = metrics.first_response_minutes(received, answered)
    assert result.dtype == "float64"
    assert result.iloc[0] == 30.0 and np.isnan(result.iloc[1]) and np.isnan(result.iloc[2])


def test_first_response_unreadable_date_is_dutch_error():
    with pytest.raises(ValueError, match="Kan de tijden"):
        metrics.first_response_minutes(pd.Series(["gisteren"]), pd.Series(["vandaag"]))


def test_sla_share_unanswered_counts_as_not_within_norm():
    assert metrics.sla_share([10, 45, 90, None], norm=60) == 0.5
    assert metrics.sla_share(pd.Series([60.0, pd.NA], dtype="Float64"), norm=60) == 0.5
    assert math.isnan(metrics.sla_share(pd.Series([], dtype="float64"), norm=60))


def test_sla_share_bad_norm():
    with pytest.raises(ValueError, match="positief aantal minuten"):
        metrics.sla_share([1, 2], norm=0)


# -------------------------------------------------------------- NPS and CSAT
def test_nps_definition():
    assert metrics.nps([10, 9, 8, 7, 6, 3, 10, 9, 9, 5]) == 20.0
    assert metrics.nps([10, 10]) == 100.0 and metrics.nps([0]) == -100.0
    assert type(metrics.nps([9])) is float


def test_nps_ignores_na_and_rejects_out_of_range():
    assert metrics.nps(pd.Series([10, None, 0, 8], dtype="Int64")) == 0.0
    assert math.isnan(metrics.nps(pd.Series([None], dtype="Int64")))
    with pytest.raises(ValueError, match="tussen 0 en 10"):
        metrics.nps([5, 11])


def test_csat_definition_and_threshold():
    assert metrics.csat([5, 4, 4, 3, 1]) == 60.0
    assert metrics.csat([5, 4, 4, 3, 1], satisfied_from=5) == 20.0
    assert metrics.csat(pd.Series([5, pd.NA], dtype="Int64")) == 100.0
    with pytest.raises(ValueError, match="tussen 1 en 5"):
        metrics.csat([0, 5])
    with pytest.raises(ValueError, match="satisfied_from"):
        metrics.csat([4], satisfied_from=6)


def test_docstring_examples_run():
    import doctest

    assert doctest.testmod(metrics).failed == 0


def test_text_dates_iso_and_dutch_day_first():
    assert metrics.first_response_minutes("2025-03-01 09:00", "2025-03-01 09:30") == 30.0
    assert metrics.first_response_minutes("02-03-2025 09:00", "2025-03-02 09:30") == 30.0
    result = metrics.first_response_minutes(pd.Series(["13-03-2025 10:00"]), pd.Series(["13-03-2025 10:10"]))
    assert result.tolist() == [10.0]
