"""Grafieken in de huisstijl van de cursus (seaborn), met een kleurenblind-veilig palet.

Alle functies geven de matplotlib-``Axes`` terug, zodat je titel of assen nog kunt aanpassen,
en printen een beschrijving van één zin met de uitkomst (voor wie de grafiek niet kan zien; ook
te lezen als ``ax.beschrijving``).

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

    In een notebook toont elke grafiek daarna als afbeelding mét tekstalternatief (zie
    ``figure_description``), zodat een schermlezer zegt wat de grafiek laat zien.

    Voorbeeld:
        >>> set_theme()
    """
    sns.set_theme(style="whitegrid", palette=PALETTE, context="notebook",
                  rc={"figure.figsize": (8, 4.5), "axes.titleweight": "bold"})
    _show_figures_with_alt_text()


def figure_description(fig):
    """Het tekstalternatief van een figuur: de beschrijvingen van zijn grafieken, anders hun titels.

    Voorbeeld:
        >>> fig, ax = plt.subplots()
        >>> _ = ax.set_title("Bereik per maand")
        >>> figure_description(fig)
        'Grafiek: Bereik per maand'
        >>> plt.close(fig)
    """
    described = [ax.beschrijving for ax in fig.axes if getattr(ax, "beschrijving", None)]
    if described:
        return " ".join(described)
    titles = [t for t in [fig.get_suptitle()] + [ax.get_title() for ax in fig.axes] if t]
    return "Grafiek: " + "; ".join(titles) if titles else "Grafiek zonder titel"


def _figure_html(fig):
    """A figure as an <img> with its text alternative (JupyterLab gives a plain PNG output no alt text)."""
    import base64
    import html
    import io

    png = io.BytesIO()
    fig.savefig(png, format="png", bbox_inches="tight")
    data = base64.b64encode(png.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(figure_description(fig))}">'


def _show_figures_with_alt_text():
    """In IPython: show figures as HTML <img> with alt text instead of a bare PNG."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure

    formatters = shell.display_formatter.formatters
    if formatters["text/html"].type_printers.get(Figure) is _figure_html:
        return                                      # done already (the dashboards call set_theme per redraw)
    # The inline backend sets its image formats (dropping every other printer of Figure) when the
    # first figure is made: make one now, so that what we register below stays.
    plt.close(plt.figure())
    formatters["text/html"].for_type(Figure, _figure_html)
    formatters["image/png"].pop(Figure, None)       # one image per figure, the one with alt text


def _axes(ax):
    return ax if ax is not None else plt.subplots()[1]


def _legend_outside(ax):
    """Zet de legenda rechts naast de grafiek, zodat ze geen staven of lijnen bedekt."""
    if ax.get_legend() is not None:
        sns.move_legend(ax, "upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def _nl(value, percent=False):
    """A number as Dutch text: 12,3% or 1.234 or 0,0521."""
    text = f"{value:.1%}" if percent else (f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _describe(ax, text):
    """Keep the one-sentence description on the Axes and print it (screen readers read printed text)."""
    ax.beschrijving = text
    print(f"Beschrijving: {text}")


def _finish(ax, title, xlabel, ylabel):
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    return ax


HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "--", "++"]


def _hatch(ax):
    """A pattern per group as well as a colour, in the bars and in the legend (colour is never the only key)."""
    for container, hatch in zip(ax.containers, HATCHES * 3):
        for patch in container:
            patch.set_hatch(hatch)
            patch.set_edgecolor("white")
    legend = ax.get_legend()
    if legend is not None:
        for patch, hatch in zip(legend.get_patches(), HATCHES * 3):
            patch.set_hatch(hatch)
            patch.set_edgecolor("white")


def bar(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, percent=False, ax=None):
    """Staafdiagram van ``y`` per ``x`` (eventueel gesplitst naar ``hue``).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"platform": ["A", "B"], "er": [0.05, 0.03]})
        >>> ax = bar(df, "platform", "er", title="Engagement rate", percent=True)
        Beschrijving: Staafdiagram van er per platform: het hoogst is A (5,0%), het laagst B (3,0%).
    """
    ax = _axes(ax)
    sns.barplot(data=data, x=x, y=y, hue=hue, ax=ax, errorbar=None)
    if hue is not None:
        _hatch(ax)
    _legend_outside(ax)
    if percent:
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    means = data.groupby([x] if hue is None else [x, hue], observed=True)[y].mean().dropna()
    name = lambda key: " / ".join(map(str, key)) if isinstance(key, tuple) else str(key)  # noqa: E731
    if len(means):
        _describe(ax, f"Staafdiagram van {ylabel or y} per {xlabel or x}: het hoogst is {name(means.idxmax())} "
                      f"({_nl(means.max(), percent)}), het laagst {name(means.idxmin())} ({_nl(means.min(), percent)}).")
    return _finish(ax, title, xlabel, ylabel)


def scatter(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, ax=None):
    """Spreidingsdiagram met een trendlijn: zie je samenhang tussen ``x`` en ``y``?

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"likes": [1, 5, 9], "leads": [0, 1, 0]})
        >>> ax = scatter(df, "likes", "leads", title="Likes en leads")
        Beschrijving: Spreidingsdiagram van leads tegen likes met een trendlijn: correlatie r = 0 (n = 3).
    """
    ax = _axes(ax)
    sns.regplot(data=data, x=x, y=y, ax=ax, scatter_kws={"alpha": 0.35, "s": 14},
                line_kws={"color": PALETTE[5]}, ci=None)
    if hue is not None:
        sns.scatterplot(data=data, x=x, y=y, hue=hue, style=hue, ax=ax, s=14, alpha=0.5)   # shape and colour
    pair = data[[x, y]].astype(float).dropna()
    r = pair[x].corr(pair[y]) if len(pair) > 1 else float("nan")
    _describe(ax, f"Spreidingsdiagram van {ylabel or y} tegen {xlabel or x} met een trendlijn: correlatie "
                  f"r = {'niet te berekenen' if np.isnan(r) else _nl(round(r, 2))} (n = {len(pair)}).")
    return _finish(ax, title, xlabel, ylabel)


def lines(data, x, y, hue=None, title=None, xlabel=None, ylabel=None, ax=None):
    """Lijndiagram over de tijd, één lijn per ``hue`` (bijvoorbeeld per platform of merk).

    Voorbeeld:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"maand": [1, 2, 1, 2], "sov": [.6, .5, .4, .5], "merk": list("AABB")})
        >>> ax = lines(df, "maand", "sov", hue="merk")
        Beschrijving: Lijndiagram van sov over maand: het hoogste punt is A bij 1 (0,6), het laagste B bij 1 (0,4).
    """
    ax = _axes(ax)
    sns.lineplot(data=data, x=x, y=y, hue=hue, ax=ax, marker="o" if len(data) < 60 else None,
                 style=hue, markers=hue is not None and len(data) < 60 or None, dashes=hue is not None)
    points = data.dropna(subset=[y]).reset_index(drop=True)
    if len(points):
        top, low = points.loc[points[y].idxmax()], points.loc[points[y].idxmin()]
        who = (lambda row: f"{row[hue]} bij {row[x]}") if hue is not None else (lambda row: f"bij {row[x]}")
        _describe(ax, f"Lijndiagram van {ylabel or y} over {xlabel or x}: het hoogste punt is {who(top)} "
                      f"({_nl(top[y])}), het laagste {who(low)} ({_nl(low[y])}).")
    return _finish(ax, title, xlabel, ylabel)


def heatmap(table, title=None, xlabel=None, ylabel=None, fmt=".1%", ax=None, cmap="Blues"):
    """Heatmap van een tabel (bijvoorbeeld weekdag × uur) met de waarden in de vakjes.

    Voorbeeld:
        >>> import pandas as pd
        >>> t = pd.DataFrame([[0.1, 0.2], [0.3, 0.4]], index=["ma", "di"], columns=[9, 12])
        >>> ax = heatmap(t, title="Engagement per tijdslot")
        Beschrijving: Heatmap met de waarde in elk vakje: het hoogst is di × 12 (40,0%), het laagst ma × 9 (10,0%).
    """
    ax = _axes(ax)
    sns.heatmap(table, annot=True, fmt=fmt, cmap=cmap, cbar=False, ax=ax, linewidths=0.5)
    cells = table.stack().dropna()
    cells = cells[~cells.index.duplicated()]
    if len(cells):
        share = fmt.endswith("%")
        (hi_row, hi_col), (lo_row, lo_col) = cells.idxmax(), cells.idxmin()
        _describe(ax, f"Heatmap met de waarde in elk vakje: het hoogst is {hi_row} × {hi_col} "
                      f"({_nl(cells.max(), share)}), het laagst {lo_row} × {lo_col} ({_nl(cells.min(), share)}).")
    return _finish(ax, title, xlabel, ylabel)


def funnel(steps, values, title=None, ax=None):
    """Trechter: hoeveel mensen blijven over per stap, met het doorstroompercentage per stap.

    Voorbeeld:
        >>> ax = funnel(["bezoek", "productpagina", "proefrit"], [1000, 400, 20], title="Trechter")
        Beschrijving: Trechter van bezoek (1.000) naar proefrit (20); de grootste uitval is van productpagina naar proefrit (5,0% gaat door).
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
    with np.errstate(divide="ignore", invalid="ignore"):
        through = values[1:] / values[:-1]
    if len(through) and not np.isnan(through).all():
        worst = int(np.nanargmin(through))
        _describe(ax, f"Trechter van {steps[0]} ({_nl(values[0])}) naar {steps[-1]} ({_nl(values[-1])}); de grootste "
                      f"uitval is van {steps[worst]} naar {steps[worst + 1]} ({_nl(through[worst], True)} gaat door).")
    return _finish(ax, title, None, None)


def radar(scores, labels, title=None, ax=None, color=None):
    """Radardiagram (bijvoorbeeld de zeven blokken van het honeycomb-model, scores 1–5).

    Voorbeeld:
        >>> ax = radar([5, 3, 4, 2, 3, 1, 2], ["identiteit", "gesprekken", "delen",
        ...            "aanwezigheid", "relaties", "reputatie", "groepen"], title="Instagram")
        Beschrijving: Radardiagram: de hoogste score is identiteit (5), de laagste reputatie (1), op een schaal van 0 tot 5.
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
    values = np.asarray(scores, dtype=float)
    _describe(ax, f"Radardiagram: de hoogste score is {labels[int(values.argmax())]} ({_nl(values.max())}), de laagste "
                  f"{labels[int(values.argmin())]} ({_nl(values.min())}), op een schaal van 0 tot 5.")
    return _finish(ax, title, None, None)
