"""smmlib.plots: each chart draws on an Axes and carries the Dutch title it was given."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

from smmlib import load_dataset, plots


def teardown_function():
    plt.close("all")


def test_theme_uses_the_colour_blind_safe_palette():
    plots.set_theme()
    first = matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][0]
    assert matplotlib.colors.to_hex(first).lower() == plots.PALETTE[0].lower()


def test_each_chart_returns_its_axes_with_the_title():
    df = pd.DataFrame({"platform": ["A", "B", "A", "B"], "v": [0.1, 0.2, 0.3, 0.1], "t": [1, 1, 2, 2]})
    assert plots.bar(df, "platform", "v", title="Staaf", percent=True).get_title() == "Staaf"
    assert plots.scatter(df, "t", "v", title="Punten").get_title() == "Punten"
    assert plots.lines(df, "t", "v", hue="platform", title="Lijnen").get_title() == "Lijnen"
    table = df.pivot(index="platform", columns="t", values="v")
    assert plots.heatmap(table, title="Warmte").get_title() == "Warmte"
    assert plots.funnel(["a", "b"], [100, 40], title="Trechter").get_title() == "Trechter"
    assert plots.radar([1, 2, 3, 4, 5, 4, 3], list("abcdefg"), title="Radar").get_title() == "Radar"


def test_funnel_labels_show_the_step_conversion():
    ax = plots.funnel(["bezoek", "proefrit"], [1000, 50])
    texts = [t.get_text() for t in ax.texts]
    assert any("5% van vorige stap" in t for t in texts)


def test_every_chart_says_its_finding_in_one_dutch_sentence(capsys):
    """Issue 22: a text alternative computed from the data, printed and kept as ax.beschrijving."""
    posts = load_dataset("posts")
    top = posts.groupby("platform", observed=True)["likes"].mean().idxmax()
    ax = plots.bar(posts, "platform", "likes")
    assert ax.beschrijving.startswith("Staafdiagram van likes per platform: het hoogst is " + str(top))
    assert capsys.readouterr().out.strip() == f"Beschrijving: {ax.beschrijving}"
    r = posts["likes"].corr(posts["comments"])
    assert f"r = {round(r, 2):.2g}".replace(".", ",") in plots.scatter(posts, "likes", "comments").beschrijving


def test_groups_in_a_bar_chart_differ_by_pattern_not_only_by_colour():
    df = pd.DataFrame({"platform": ["A", "A", "B", "B"], "merk": ["x", "y", "x", "y"], "v": [1, 2, 3, 4]})
    ax = plots.bar(df, "platform", "v", hue="merk")
    hatches = [{patch.get_hatch() or "" for patch in container} for container in ax.containers]
    assert len(hatches) == 2 and hatches[0] != hatches[1]
    assert len({patch.get_hatch() or "" for patch in ax.get_legend().get_patches()}) == 2
