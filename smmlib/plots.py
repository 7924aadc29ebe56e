"""Grafieken in de huisstijl van de cursus (seaborn), met een kleurenblind-veilig palet.

Alle functies geven de matplotlib-``Axes`` terug, zodat je titel of assen nog kunt aanpassen.

Voorbeeld:
    >>> from smmlib import plots
    >>> plots.set_theme()
"""
import matplotlib

import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

# Okabe & Ito (2008): distinguishable with every common form of colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def set_theme():
    """Zet de huisstijl van de cursus aan (rustig raster, kleurenblind-veilig palet).

    Voorbeeld:
        >>> set_theme()
    """
    sns.set_theme(style="whitegrid", palette=PALETTE, context="notebook",
                  rc={"figure.figsize": (8, 4.5), "axes.titleweight": "bold"})


def _axes(ax):
    return ax if ax is not None else plt.subplots()[1]


def _legend_outside(ax):
    """Zet de legenda rechts naast de grafiek, zodat ze geen staven of lijnen bedekt."""
    if ax.get_legend() is not None:
        sns.move_legend(ax, "upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def _finish(ax, title, xlabel, ylabel):
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    return ax


def bar(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, percent=False, ax=None):
    """Staafdiagram van ``y`` per ``x`` (eventueel gesplitst naar ``hue``).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"platform": ["A", "B"], "er": [0.05, 0.03]})
        >>> ax = bar(df, "platform", "er", title="Engagement rate", percent=True)
    """
    ax = _axes(ax)
    sns.barplot(data=data, x=x, y=y, hue=hue, ax=ax, errorbar=None)
    _legend_outside(ax)
    if percent:
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    return _finish(ax, title, xlabel, ylabel)


def scatter(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, ax=None):
    """Spreidingsdiagram met een trendlijn: zie je samenhang tussen ``x`` en ``y``?

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"likes": [1, 5, 9], "leads": [0, 1, 0]})
        >>> ax = scatter(df, "likes", "leads", title="Likes en leads")
    """
    ax = _axes(ax)
    sns.regplot(data=data, x=x, y=y, ax=ax, scatter_kws={"alpha": 0.35, "s": 14},
                line_kws={"color": PALETTE[5]}, ci=None)
    if hue is not None:
        sns.scatterplot(data=data, x=x, y=y, hue=hue, ax=ax, s=14, alpha=0.5)
    return _finish(ax, title, xlabel, ylabel)


def lines(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, ax=None):
    """Lijndiagram over de tijd, één lijn per ``hue`` (bijvoorbeeld per platform of merk).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"maand": [1, 2, 1, 2], "sov": [.6, .5, .4, .5], "merk": list("AABB")})
        >>> ax = lines(df, "maand", "sov", hue="merk")
    """
    ax = _axes(ax)
    sns.lineplot(data=data, x=x, y=y, hue=hue, ax=ax, marker="o" if len(data) < 60 else None)
    return _finish(ax, title, xlabel, ylabel)


def heatmap(table, title=None, xlabel=None, ylabel=None, fmt=".1%", ax=None, cmap="Blues"):
    """Heatmap van een tabel (bijvoorbeeld weekdag × uur) met de waarden in de vakjes.

    Voorbeeld:
        >>> import pandas as pd
        >>> t = pd.DataFrame([[0.1, 0.2], [0.3, 0.4]], index=["ma", "di"], columns=[9, 12])
        >>> ax = heatmap(t, title="Engagement per tijdslot")
    """
    ax = _axes(ax)
    sns.heatmap(table, annot=True, fmt=fmt, cmap=cmap, cbar=False, ax=ax, linewidths=0.5)
    return _finish(ax, title, xlabel, ylabel)


def funnel(steps, values, title=None, ax=None):
    """Trechter: hoeveel mensen blijven over per stap, met het doorstroompercentage per stap.

    Voorbeeld:
        >>> ax = funnel(["bezoek", "productpagina", "proefrit"], [1000, 400, 20], title="Trechter")
    """
    ax = _axes(ax)
    values = np.asarray(values, dtype=float)
    positions = np.arange(len(steps))[::-1]
    ax.barh(positions, values, color=PALETTE[0], left=(values.max() - values) / 2)
    for pos, step, value, prev in zip(positions, steps, values, np.r_[np.nan, values[:-1]]):
        label = f"{step}: {value:,.0f}".replace(",", ".")
        if not np.isnan(prev) and prev > 0:
            label += f"  ({value / prev:.0%} van vorige stap)"
        ax.text(values.max() / 2, pos, label, ha="center", va="center", color="white"
                if value > values.max() * 0.45 else "black", fontsize=10)
    ax.set_yticks([])
    ax.set_xticks([])
    ax.grid(False)
    return _finish(ax, title, None, None)


def radar(scores, labels, title=None, ax=None, color=None):
    """Radardiagram (bijvoorbeeld de zeven blokken van het honeycomb-model, scores 1–5).

    Voorbeeld:
        >>> ax = radar([5, 3, 4, 2, 3, 1, 2], ["identiteit", "gesprekken", "delen",
        ...            "aanwezigheid", "relaties", "reputatie", "groepen"], title="Instagram")
    """
    if ax is None:
        ax = plt.subplots(subplot_kw={"projection": "polar"}, figsize=(4.5, 4.5))[1]
    angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False)
    closed = np.r_[np.asarray(scores, dtype=float), float(scores[0])]
    ax.plot(np.r_[angles, angles[0]], closed, color=color or PALETTE[0])
    ax.fill(np.r_[angles, angles[0]], closed, color=color or PALETTE[0], alpha=0.25)
    ax.set_xticks(angles)
    ax.set_xticklabels(labels)
    ax.set_ylim(0, 5)
    return _finish(ax, title, None, None)
