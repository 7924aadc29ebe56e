"""Unit tests for smmlib.models: the book's models as data."""
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from smmlib import models


# Anything on stderr scores 0 in nbgrader: every test here runs with warnings as errors.
pytestmark = pytest.mark.filterwarnings("error")


PURCHASE = ["inspiratie", "onderzoeken", "evalueren", "selecteren"]
USAGE = ["ontvangen", "gebruiken", "onderhouden", "vervangen"]


def test_customer_cycle_has_eight_phases_in_order():
    assert models.phases() == PURCHASE + USAGE
    assert models.phases("koopcyclus") == PURCHASE
    assert models.phases("Gebruikscyclus") == USAGE
    assert [p.number for p in models.CUSTOMER_CYCLE] == list(range(1, 9))
    assert all(p.explanation for p in models.CUSTOMER_CYCLE)


def test_cycle_of_and_phase_number():
    for name in PURCHASE:
        assert models.cycle_of(name) == "koopcyclus"
    for name in USAGE:
        assert models.cycle_of(name.upper()) == "gebruikscyclus"
    assert models.phase_number("vervangen") == 8


def test_unknown_phase_lists_valid_phases():
    with pytest.raises(ValueError) as info:
        models.cycle_of("kopen")
    for name in PURCHASE + USAGE:
        assert repr(name) in str(info.value)
    with pytest.raises(ValueError, match="koopcyclus"):
        models.phases("levenscyclus")


def test_peso():
    assert models.names("peso") == ["paid", "earned", "shared", "owned"]
    assert all(m.examples and m.explanation for m in models.PESO)


def test_flywheel_covers_all_phases():
    assert models.names("flywheel") == ["beïnvloeden", "verkopen", "luisteren"]
    covered = [p for a in models.FLYWHEEL for p in a.phases]
    assert sorted(covered) == sorted(PURCHASE + USAGE)
    assert models.flywheel_for_phase("inspiratie") == ["beïnvloeden"]
    assert models.flywheel_for_phase("gebruiken") == ["luisteren"]
    assert models.explain("flywheel", "beinvloeden")  # accent-insensitive


def test_small_models():
    assert models.names("4c") == ["customer experience", "conversatie", "content", "collaboratie"]
    assert models.names("behoeften") == ["competentie", "autonomie", "relatie"]
    assert models.names("honingraat") == ["identiteit", "gesprekken", "delen", "aanwezigheid",
                                          "relaties", "reputatie", "groepen"]
    assert models.names("hero-hub-help") == ["hero", "hub", "help"]
    assert models.names("see-think-do-care") == ["see", "think", "do", "care"]
    assert models.names("socialmediaplan") == ["analyse", "strategie", "implementatie"]
    assert models.names("Honeycomb") == models.names("honingraat")


def test_unknown_model_or_item_lists_valid_names():
    with pytest.raises(ValueError, match="'peso'"):
        models.names("swot")
    with pytest.raises(ValueError, match="'owned'"):
        models.explain("peso", "bought")


@pytest.mark.parametrize("followers, tier", [
    (0, "nano"), (9_999, "nano"), (10_000, "micro"), (49_999, "micro"), (50_000, "mid"),
    (499_999, "mid"), (500_000, "macro"), (999_999, "macro"), (1_000_000, "mega"), (5e7, "mega"),
    (np.int64(12_000), "micro"),
])
def test_influencer_tier_scalar_bounds(followers, tier):
    assert models.influencer_tier(followers) == tier


def test_influencer_tier_missing_and_negative():
    assert models.influencer_tier(None) is None
    assert models.influencer_tier(float("nan")) is None
    with pytest.raises(ValueError, match="negatief"):
        models.influencer_tier(-1)
    with pytest.raises(ValueError, match="negatief"):
        models.influencer_tier(pd.Series([5, -5]))


def test_influencer_tier_series_is_ordered_categorical():
    series = pd.Series([800, None, 60_000, 2_000_000], dtype="Float64", index=list("abcd"))
    result = models.influencer_tier(series)
    assert isinstance(result.dtype, pd.CategoricalDtype) and result.cat.ordered
    assert list(result.cat.categories) == ["nano", "micro", "mid", "macro", "mega"]
    assert list(result.index) == list("abcd")
    assert result["a"] == "nano" and pd.isna(result["b"]) and result["d"] == "mega"
    assert result.dropna().sort_values(ascending=False).tolist() == ["mega", "mid", "nano"]


def test_import_does_not_load_pandas():
    code = "import sys, smmlib.models; assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples_run():
    import doctest

    assert doctest.testmod(models).failed == 0
