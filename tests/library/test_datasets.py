"""Data sets: loading with types, Dutch errors, byte-identical regeneration, size, text variety."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import smmlib
from smmlib import datasets

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "datasets"
NAMES = ["survey", "platforms", "posts", "followers_daily", "mentions", "campaigns",
         "web_sessions", "webcare", "influencers", "ugc"]


def test_dataset_names():
    assert smmlib.dataset_names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_load_matches_schema(name):
    df = smmlib.load_dataset(name)
    schema = datasets.SCHEMAS[name]
    assert list(df.columns)[: len(schema)] == list(schema)
    for col, kind in schema.items():
        s = df[col]
        if kind == "datetime":
            assert isinstance(s.dtype, pd.DatetimeTZDtype) and str(s.dt.tz) == "Europe/Amsterdam", col
        elif kind == "bool":
            assert s.dtype == bool, col
        elif kind == "Int64":
            assert str(s.dtype) == "Int64", col
        elif isinstance(kind, list):
            assert s.dtype.ordered and list(s.cat.categories) == kind, col
            assert s.notna().all(), f"{col}: value outside the categories"
        elif kind == "int":
            assert pd.api.types.is_integer_dtype(s), col


def test_load_returns_copy():
    a = smmlib.load_dataset("posts")
    a.loc[0, "likes"] = -1
    assert smmlib.load_dataset("posts").loc[0, "likes"] != -1


def test_unknown_name_is_dutch_and_lists_names():
    with pytest.raises(ValueError) as err:
        smmlib.load_dataset("post")
    msg = str(err.value)
    assert "Onbekende dataset 'post'" in msg and "Kies uit" in msg
    assert all(n in msg for n in NAMES)


def test_env_var_overrides_folder(tmp_path, monkeypatch):
    (tmp_path / "platforms.csv").write_text((DATA / "platforms.csv").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("SMM_DATASETS", str(tmp_path))
    assert len(smmlib.load_dataset("platforms")) == 9


def test_ordered_phases_compare():
    c = smmlib.load_dataset("campaigns")
    assert (c["phase"] < "selecteren").any()
    assert smmlib.load_dataset("webcare")["phase"].max() == "vervangen"


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, str(DATA / "generate.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True, timeout=60)
    for name in NAMES:
        assert (tmp_path / f"{name}.csv").read_bytes() == (DATA / f"{name}.csv").read_bytes(), name


def test_total_size_under_15_mb():
    assert sum((DATA / f"{n}.csv").stat().st_size for n in NAMES) < 15e6


@pytest.mark.parametrize("name,col", [("mentions", "text"), ("webcare", "message")])
def test_texts_are_varied(name, col):
    s = smmlib.load_dataset(name)[col]
    assert s.nunique() / len(s) >= 0.80


def test_posts_consistency():
    p = smmlib.load_dataset("posts")
    assert len(p) == 1500 and p["post_id"].is_unique
    assert (p["reach"] <= p["impressions"]).all()
    assert ((p["likes"] + p["comments"] + p["shares"] + p["saves"]) < p["reach"]).all()
    assert (p["caption"].str.count("#") == p["n_hashtags"]).all()
    assert (p["caption"].str.len() == p["caption_length"]).all()
    assert (p.loc[~p["boosted"], "spend_eur"] == 0).all() and (p.loc[p["boosted"], "spend_eur"] > 0).all()
    video = p["format"].isin(["video", "reel"])
    assert p.loc[video, "video_views"].notna().all() and p.loc[~video, "video_views"].isna().all()
    assert (p["published_at"].dt.year == 2025).all()
    # tone of voice: mostly "je", some "u"
    u = p["caption"].str.contains(r"\b(?:u|uw)\b", regex=True)
    assert 0.05 < u.mean() < 0.3


def test_followers_daily_balance():
    f = smmlib.load_dataset("followers_daily").sort_values(["platform", "date"])
    assert len(f) == 365 * 5
    for _, g in f.groupby("platform", observed=True):
        diff = g["followers"].diff().iloc[1:]
        assert (diff == (g["new"] - g["lost"]).iloc[1:]).all()
    assert (f["date"].dt.hour == 0).all()


def test_posts_followers_match_daily():
    p = smmlib.load_dataset("posts")
    f = smmlib.load_dataset("followers_daily")
    key = f.set_index([f["platform"].astype(str), f["date"].dt.date])["followers"]
    looked_up = key.loc[list(zip(p["platform"].astype(str), p["published_at"].dt.date))].to_numpy()
    assert (looked_up == p["followers"].to_numpy()).all()


def test_webcare_times_in_order():
    w = smmlib.load_dataset("webcare")
    ok = w["first_response_at"].notna()
    assert (w.loc[ok, "first_response_at"] >= w.loc[ok, "received_at"]).all()
    done = w["resolved_at"].notna()
    assert (w.loc[done, "resolved_at"] >= w.loc[done, "first_response_at"]).all()
    assert 0 < (~ok).sum() < 0.05 * len(w)
    assert w["csat"].dropna().between(1, 5).all() and w["nps"].dropna().between(0, 10).all()
    assert w["csat"].isna().any() and w["nps"].isna().any()


def test_influencer_tiers_cover_all_bounds():
    i = smmlib.load_dataset("influencers")
    tiers = pd.cut(i["followers"], [0, 10_000, 50_000, 500_000, 1_000_000, float("inf")], right=False,
                   labels=["nano", "micro", "mid", "macro", "mega"])
    assert tiers.notna().all() and tiers.nunique() == 5 and i["handle"].is_unique
