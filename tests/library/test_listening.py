"""Unit tests for smmlib.listening (chapter 6): address forms, day/month counts and spike detection."""
import doctest

import pandas as pd
import pytest

from smmlib import listening


def test_doctests_pass():
    result = doctest.testmod(listening)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("text, form", [
    ("Waar fiets jij het liefst?", "je"),
    ("Deze kleur hadden jullie gevraagd.", "je"),
    ("Plan nu uw gratis proefrit.", "u"),
    ("Meld U aan voor de testdag", "u"),
    ("Heeft u nog vragen? Dank je wel!", "gemengd"),
    ("Zondagochtend, lege dijken en wind mee. 🚲", "geen"),
    ("Een uur fietsen, uit en thuis, jaar na jaar", "geen"),  # 'uur', 'uit', 'jaar' are no address words
    ("", "geen"),
    (None, "geen"),
])
def test_address_form(text, form):
    assert listening.address_form(text) == form


def test_address_form_on_a_series_keeps_the_index():
    s = pd.Series(["Plan uw rit", "Tag je maatje"], index=[10, 20])
    out = listening.address_form(s)
    assert out.tolist() == ["u", "je"] and out.index.tolist() == [10, 20]


def test_address_form_refuses_a_list_with_a_dutch_message():
    with pytest.raises(TypeError, match="Series"):
        listening.address_form(["a", "b"])


def test_month_and_day_use_local_time_without_warnings(recwarn):
    t = pd.Series(pd.to_datetime(["2025-03-31 23:30", "2025-06-17 00:10"]).tz_localize("Europe/Amsterdam"))
    assert listening.month(t).tolist() == ["2025-03", "2025-06"]
    assert listening.day(t).tolist() == ["2025-03-31", "2025-06-17"]
    assert not recwarn.list


def test_daily_counts_fills_empty_days_with_zero():
    t = pd.Series(pd.to_datetime(["2025-01-02 10:00", "2025-01-02 11:00"]))
    out = listening.daily_counts(t, start="2025-01-01", end="2025-01-04")
    assert out.to_dict() == {"2025-01-01": 0, "2025-01-02": 2, "2025-01-03": 0, "2025-01-04": 0}
    assert out.name == "aantal" and out.index.name == "datum"


def test_daily_counts_errors_are_dutch():
    with pytest.raises(ValueError, match="geen tijdstippen"):
        listening.daily_counts(pd.Series([], dtype="datetime64[ns]"))
    with pytest.raises(ValueError, match="vóór de begindatum"):
        listening.daily_counts(pd.Series(pd.to_datetime(["2025-01-02"])), start="2025-02-01", end="2025-01-01")


def test_find_spikes_uses_the_median_of_the_days_before():
    counts = pd.Series([0, 0, 1, 0, 30, 9, 0], index=[f"d{i}" for i in range(7)])
    table = listening.find_spikes(counts, window=3, factor=3, min_count=5)
    assert table.loc["d4", "basislijn"] == 1.0        # median 0 counts as 1
    assert table["piek"].tolist() == [False, False, False, False, True, True, False]
    assert table.loc["d4", "verhouding"] == 30.0
    assert list(table.columns) == ["aantal", "basislijn", "verhouding", "piek"]


def test_find_spikes_min_count_stops_small_bumps():
    counts = pd.Series([1, 1, 1, 4, 1])
    assert not listening.find_spikes(counts, window=3, factor=3, min_count=10)["piek"].any()
    assert listening.find_spikes(counts, window=3, factor=3, min_count=2)["piek"].tolist() == [False] * 3 + [True, False]


def test_find_spikes_refuses_bad_input():
    with pytest.raises(TypeError, match="Series"):
        listening.find_spikes([1, 2, 3], window=3, factor=3, min_count=5)
    with pytest.raises(ValueError, match="lege waarden"):
        listening.find_spikes(pd.Series([1.0, None, 2.0]), window=3, factor=3, min_count=5)


def test_the_crisis_day_in_the_course_data():
    from smmlib import load_dataset, sentiment
    m = load_dataset("mentions")
    neg = m[(m["brand"] == "Trapkracht") & (sentiment.label(m["text"]) == "negatief")]
    counts = listening.daily_counts(neg["created_at"], start="2025-01-01", end="2025-12-31")
    table = listening.find_spikes(counts, window=28, factor=3, min_count=10)
    assert len(counts) == 365
    assert table.index[table["piek"]].tolist() == ["2025-06-17", "2025-06-18", "2025-06-19", "2025-06-20"]
    assert table["aantal"].idxmax() == "2025-06-17"
