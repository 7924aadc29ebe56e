"""Listening-dashboard (hoofdstuk 6): filter de vermeldingen op merk, periode en sentiment.

Je ziet direct hoeveel vermeldingen er in je selectie vallen, het net sentiment, het
share of voice van het merk, een grafiek van het aantal vermeldingen per week en de
vermeldingen met het grootste bereik als voorbeeld.

Voorbeeld:
    >>> from smmlib.widgets.listening_dashboard import listening_dashboard
    >>> listening_dashboard()          # doctest: +SKIP
"""
from __future__ import annotations

ALL_BRANDS = "alle merken"
ALL_SENTIMENTS = "alle"
SENTIMENT_CHOICES = (ALL_SENTIMENTS, "positief", "neutraal", "negatief")


def prepare_mentions(mentions=None):
    """Laad de vermeldingen (als ``mentions`` leeg is) en voeg de kolommen ``maand`` en ``score_label`` toe.

    ``score_label`` is het label van ``smmlib.sentiment`` (de woordenlijst van de cursus).

    Voorbeeld:
        >>> m = prepare_mentions()
        >>> sorted(m["score_label"].unique())
        ['negatief', 'neutraal', 'positief']
    """
    from smmlib import listening, sentiment
    from smmlib.datasets import load_dataset

    m = load_dataset("mentions") if mentions is None else mentions.copy()
    if "score_label" not in m.columns:
        m["score_label"] = sentiment.label(m["text"])
    if "maand" not in m.columns:
        m["maand"] = listening.month(m["created_at"])
    return m


def dashboard_view(mentions, brand=ALL_BRANDS, months=None, sentiment=ALL_SENTIMENTS, n_examples=3):
    """Reken uit wat het dashboard laat zien voor één keuze van de filters (zonder widgets).

    ``mentions`` komt uit ``prepare_mentions``. ``brand`` is een merk of ``"alle merken"``,
    ``months`` een paar (eerste maand, laatste maand) als tekst ``"2025-01"``, ``sentiment``
    is ``"alle"``, ``"positief"``, ``"neutraal"`` of ``"negatief"``.

    Geeft een dict met ``selectie`` (de gefilterde vermeldingen), ``aantal``,
    ``net_sentiment`` (van het merk in de periode, over alle labels), ``share_of_voice``
    (aandeel van het merk in alle vermeldingen van de periode; ``None`` bij alle merken),
    ``per_week`` (aantal per week en merk), ``voorbeelden`` (grootste bereik) en
    ``samenvatting`` (één zin tekst).

    Voorbeeld:
        >>> m = prepare_mentions()
        >>> v = dashboard_view(m, "Trapkracht", ("2025-06", "2025-06"), "negatief")
        >>> v["aantal"] > 100
        True
    """
    import pandas as pd

    from smmlib import metrics

    all_months = sorted(mentions["maand"].unique())
    first, last = months if months is not None else (all_months[0], all_months[-1])
    if first > last:
        first, last = last, first
    in_period = mentions[(mentions["maand"] >= first) & (mentions["maand"] <= last)]
    of_brand = in_period if brand == ALL_BRANDS else in_period[in_period["brand"] == brand]
    if sentiment not in SENTIMENT_CHOICES:
        raise ValueError(f"Kies sentiment uit {list(SENTIMENT_CHOICES)}; niet {sentiment!r}.")
    selection = of_brand if sentiment == ALL_SENTIMENTS else of_brand[of_brand["score_label"] == sentiment]

    net = metrics.net_sentiment(of_brand["score_label"]) if len(of_brand) else float("nan")
    sov = None
    if brand != ALL_BRANDS:
        sov = len(of_brand) / len(in_period) if len(in_period) else float("nan")
    week = selection["created_at"].dt.strftime("%G-W%V")
    per_week = (selection.assign(week=week).groupby(["week", "brand"], observed=True)
                .size().rename("aantal").reset_index())
    examples = (selection.sort_values("est_reach", ascending=False)
                .head(n_examples)[["created_at", "brand", "source", "score_label", "est_reach", "text"]])
    period = first if first == last else f"{first} t/m {last}"
    who = "alle merken" if brand == ALL_BRANDS else brand
    what = {"positief": "positieve vermeldingen", "neutraal": "neutrale vermeldingen",
            "negatief": "negatieve vermeldingen"}.get(sentiment, "vermeldingen")
    parts = [f"{len(selection)} {what} over {who} in {period}"]
    if not pd.isna(net):
        parts.append(f"net sentiment {net:+.2f}")
    if sov is not None and not pd.isna(sov):
        parts.append(f"share of voice {sov:.0%}")
    return {"selectie": selection, "aantal": int(len(selection)), "net_sentiment": net,
            "share_of_voice": sov, "per_week": per_week, "voorbeelden": examples,
            "samenvatting": "; ".join(parts) + "."}


def listening_dashboard(mentions=None):
    """Een klein listening-dashboard: kies merk, periode en sentiment en zie wat er verandert.

    Voorbeeld:
        >>> from smmlib.widgets.listening_dashboard import listening_dashboard
        >>> listening_dashboard()          # doctest: +SKIP
    """
    import html

    import ipywidgets as w
    import matplotlib.pyplot as plt
    import seaborn as sns
    from IPython.display import display

    from smmlib import plots

    data = prepare_mentions(mentions)
    months = sorted(data["maand"].unique())
    brands = [ALL_BRANDS] + sorted(str(b) for b in data["brand"].unique())

    brand = w.Dropdown(options=brands, value="Trapkracht" if "Trapkracht" in brands else brands[0],
                       description="Merk")
    period = w.SelectionRangeSlider(options=months, index=(0, len(months) - 1), description="Periode",
                                    layout=w.Layout(width="520px"))
    mood = w.ToggleButtons(options=list(SENTIMENT_CHOICES), value=ALL_SENTIMENTS, description="Sentiment")
    summary = w.HTML()
    out = w.Output()

    def update(_=None):
        view = dashboard_view(data, brand.value, period.value, mood.value)
        summary.value = f"<b>{html.escape(view['samenvatting'])}</b>"
        out.clear_output(wait=True)
        with out:
            if view["aantal"] == 0:
                print("Geen vermeldingen in deze selectie. Kies een ruimere periode of een ander sentiment.")
                return
            plots.set_theme()
            fig, ax = plt.subplots(figsize=(8, 3.2))
            sns.lineplot(data=view["per_week"], x="week", y="aantal", hue="brand", ax=ax,
                         palette=plots.PALETTE[:3], marker="o" if len(view["per_week"]) < 60 else None)
            ax.set_title("Aantal vermeldingen per week")
            ax.set_xlabel("week")
            ax.set_ylabel("vermeldingen")
            ticks = sorted(view["per_week"]["week"].unique())
            step = max(1, len(ticks) // 8)
            ax.set_xticks(ticks[::step])
            ax.tick_params(axis="x", rotation=45)
            ax.legend(title="merk")
            plt.show()
            print("Voorbeelden (grootste bereik):")
            for row in view["voorbeelden"].itertuples(index=False):
                print(f"  [{row.created_at:%d-%m} · {row.brand} · {row.source} · {row.score_label} · "
                      f"bereik {row.est_reach:,}] {row.text}".replace(",", "."))

    for control in (brand, period, mood):
        control.observe(update, names="value")
    update()
    note = w.HTML("<i>Sentiment volgens smmlib.sentiment (de woordenlijst van de cursus).</i>")
    return w.VBox([brand, period, mood, summary, out, note])
