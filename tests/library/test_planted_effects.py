"""Every planted effect of the data universe holds, on the base data and on students' variants.

The checks are smmlib/datagen/planted.py (the analyses a student would run, with the values
documented in datasets/README.md). Every test runs on the course's base data and on a sample
of variants (issue 18); SMM_TEST_VARIANTS="1234567,..." picks others, and
benchmarks/variant_data.py runs many variants and course seeds.
"""
import io
import os

import pandas as pd
import pytest

import smmlib
from smmlib import datasets
from smmlib.datagen import build, common, planted

VARIANTS = os.environ.get("SMM_TEST_VARIANTS", "basis,1234567,s7654321").split(",")


@pytest.fixture(params=VARIANTS)
def variant(request):
    """The data the test reads: the base data ("basis") or a student's variant."""
    smmlib.use_variant(None if request.param == "basis" else request.param)
    yield request.param
    smmlib.use_variant(None)


@pytest.mark.parametrize("name", sorted(planted.CHECKS))
def test_every_planted_effect_holds(variant, name):
    assert planted.problems(name, smmlib.load_dataset(name)) == []


def test_each_data_set_is_checked_or_built_with_one_that_is():
    checked = {name for group in planted.GROUPS for name in group if any(n in planted.CHECKS for n in group)}
    assert checked == set(smmlib.dataset_names())


def test_a_check_finds_a_missing_effect():
    posts = smmlib.load_dataset("posts")
    posts.loc[posts["platform"] == "Instagram", "saves"] = 0
    assert any("Instagram" in problem for problem in planted.problems("posts", posts))
    campaigns = smmlib.load_dataset("campaigns")
    campaigns["spend_eur"] *= 10
    assert planted.problems("campaigns", campaigns)


def test_variants_differ_and_repeat():
    smmlib.use_variant("1234567")
    first = smmlib.load_dataset("campaigns")
    smmlib.use_variant("7654321")
    other = smmlib.load_dataset("campaigns")
    smmlib.use_variant(None)
    base = smmlib.load_dataset("campaigns")
    assert not first["revenue_eur"].equals(other["revenue_eur"]) and not first["revenue_eur"].equals(base["revenue_eur"])
    assert list(first.columns) == list(base.columns) and (first.dtypes == base.dtypes).all()
    datasets._CACHE.clear()
    smmlib.use_variant("1234567")
    again = smmlib.load_dataset("campaigns")
    smmlib.use_variant(None)
    assert again.equals(first)


def test_a_variant_is_typed_exactly_as_its_csv_would_be_read():
    frames = build.build_frames(variant=987654321)
    for name, frame in frames.items():
        text = io.StringIO()
        common.write_csv(frame, text)
        text.seek(0)
        pd.testing.assert_frame_equal(datasets._typed(name, frame), datasets._read(name, text))


def test_the_graders_number_wins_over_the_notebooks(monkeypatch):
    smmlib.use_variant("1234567")
    own = smmlib.load_dataset("influencers")
    monkeypatch.setenv("SMM_GRADING_VARIANT", "7654321")
    graders = smmlib.load_dataset("influencers")
    smmlib.use_variant(None)
    assert smmlib.load_dataset("influencers").equals(graders) and not graders.equals(own)
