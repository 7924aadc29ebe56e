"""smmlib.sentiment: measured against the labelled mentions, and explainable."""
import pandas as pd

import smmlib
from smmlib import sentiment


def test_against_mentions_labels():
    m = smmlib.load_dataset("mentions")
    res = sentiment.evaluate(m["text"], m["sentiment"])
    assert res["accuracy"] >= 0.80
    assert res["macro_f1"] >= 0.75
    assert min(res["f1"].values()) >= 0.65


def test_rules():
    assert sentiment.label("Dit is goed") == "positief"
    assert sentiment.label("Dit is niet goed") == "negatief"
    assert sentiment.score_text("heel slecht") < sentiment.score_text("slecht") < 0
    assert sentiment.label("Weet iemand de openingstijden?") == "neutraal"
    assert sentiment.label("😡😡") == "negatief" and sentiment.label("😍") == "positief"
    assert sentiment.label("#fail") == "negatief"
    assert sentiment.label("egt nie goed") == "negatief"          # chat spelling
    assert sentiment.label("wat een sleht product") == "negatief"   # typo
    assert sentiment.label("Mooie fiets maar de service is waardeloos") == "negatief"
    assert sentiment.label("") == "neutraal" and sentiment.label(None) == "neutraal"


def test_vectorised():
    s = pd.Series(["top!", "waardeloos", "hoe laat open?"], index=[10, 11, 12])
    assert sentiment.label(s).tolist() == ["positief", "negatief", "neutraal"]
    scores = sentiment.score_text(s)
    assert list(scores.index) == [10, 11, 12] and scores.dtype == float


def test_explain_shows_words():
    t = sentiment.explain("De accu is echt niet goed en de app crasht 😡")
    assert list(t.columns) == ["woord", "basis", "factor", "bijdrage", "reden"]
    assert set(t["woord"]) >= {"goed", "crasht", "😡"}
    assert "ontkend" in t.loc[t["woord"] == "goed", "reden"].iloc[0]
    assert abs(t["bijdrage"].sum() - sentiment.score_text("De accu is echt niet goed en de app crasht 😡")) < 1e-9
