"""Trechterverkenner: kies een advertentiecampagne en zie haar trechter, kengetallen en budgetadvies.

Voorbeeld:
    >>> from smmlib.widgets.funnel_explorer import funnel_explorer
    >>> funnel_explorer()          # doctest: +SKIP
"""
import html

import ipywidgets as w
import matplotlib.pyplot as plt
from IPython import get_ipython
from IPython.display import display

from smmlib import ads, plots
from smmlib.datasets import load_dataset

# Trapkracht's gross margin (the case): a campaign pays back its ad spend from a ROAS of 1 / margin.
MARGIN = 0.30
BREAK_EVEN_ROAS = 1 / MARGIN

# metric -> (Dutch label, format, lower is better)
METRICS = {
    "cpm": ("CPM (per 1000 impressies)", "eur", True),
    "ctr": ("CTR (klikratio)", "pct", False),
    "cpc": ("CPC (per klik)", "eur", True),
    "cpl": ("CPL (per lead)", "eur", True),
    "cpa": ("CPA (per aankoop)", "eur", True),
    "roas": ("ROAS (omzet per euro)", "num", False),
}


def _nl(number, decimals=2):
    """1234.5 -> '1.234,50' (Dutch separators)."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _fmt(value, kind):
    if value != value:  # NaN
        return "—"
    if kind == "eur":
        return f"€ {_nl(value)}"
    if kind == "pct":
        return f"{_nl(100 * value)}%"
    return _nl(value)


def campaign_summary(table, campaign, stop_below=BREAK_EVEN_ROAS, scale_from=5.0):
    """Alles wat de verkenner over één campagne laat zien, als dict (zonder widgets, dus testbaar).

    ``table`` is de uitkomst van ``ads.campaign_metrics(campaigns)``. Je krijgt de
    beschrijving (platform, doel, fase), de kengetallen, de mediaan van alle
    campagnes ter vergelijking, de kengetallen waarop je in deze fase stuurt en
    het budgetadvies: op de ROAS bij een campagne die moet verkopen (fase
    selecteren), anders "kengetallen van de fase" (haar ROAS zegt dan weinig).
    De stopgrens is standaard de break-even-ROAS bij 30% marge (1 / 0,30).

    Voorbeeld:
        >>> from smmlib import ads, load_dataset
        >>> tabel = ads.campaign_metrics(load_dataset("campaigns"))
        >>> campaign_summary(tabel, "TikTok Zomerdeal")["advies"]
        'stoppen'
    """
    rows = table[table["campaign"] == campaign]
    if rows.empty:
        valid = ", ".join(repr(c) for c in table["campaign"])
        raise ValueError(f"Onbekende campagne {campaign!r}. Kies uit: {valid}.")
    row = rows.iloc[0]
    phase = str(row["phase"])
    return {
        "campagne": campaign,
        "platform": str(row["platform"]),
        "doel": str(row["objective"]),
        "fase": phase,
        "doelgroep": str(row.get("audience", "")),
        "uitgaven": float(row["spend_eur"]),
        "omzet": float(row["revenue_eur"]),
        "kengetallen": {m: float(row[m]) for m in METRICS},
        "mediaan": {m: float(table[m].median()) for m in METRICS},
        "stuur_op": [m for m in ads.key_metrics(phase) if m in METRICS],
        "advies": (ads.budget_decision(float(row["roas"]), stop_below, scale_from) if phase == "selecteren"
                   else "kengetallen van de fase"),
    }


ADVICE_TEXT = {
    "stoppen": "ROAS onder {stop}. Bij {margin} marge verdient een campagne haar advertentiegeld pas terug vanaf een "
               "ROAS van {break_even} (1 / {margin_fraction}). Stoppen of grondig aanpassen; rust de ROAS op een "
               "handvol aankopen, controleer het besluit dan eerst.",
    "handhaven": "ROAS tussen {stop} en {scale}: handhaven en blijven optimaliseren. Ligt {stop} onder {break_even} "
                 "(1 / {margin_fraction}), dan kan een campagne hier per saldo nog geld kosten.",
    "opschalen": "ROAS van {scale} of meer: kandidaat om op te schalen. Het platform rekent haar ook aankopen toe "
                 "die er zonder advertentie waren gekomen; test met een controlegroep wat ze echt toevoegt.",
    "kengetallen van de fase": "Deze campagne hoort bij een eerdere fase: beoordeel haar op de kengetallen met "
                               "een ★, niet op ROAS. Haar aankopen komen vaak later, via een andere campagne.",
    "onbekend": "Geen ROAS te berekenen (geen uitgaven).",
}


def render_summary(summary, stop_below=BREAK_EVEN_ROAS, scale_from=5.0):
    """Zet de samenvatting van ``campaign_summary`` om in HTML voor de verkenner.

    Voorbeeld:
        >>> from smmlib import ads, load_dataset
        >>> tabel = ads.campaign_metrics(load_dataset("campaigns"))
        >>> "ROAS" in render_summary(campaign_summary(tabel, "Black Friday"))
        True
    """
    rows = []
    for metric, (label, kind, _lower) in METRICS.items():
        value = _fmt(summary["kengetallen"][metric], kind)
        median = _fmt(summary["mediaan"][metric], kind)
        if metric in summary["stuur_op"]:
            label, value = f"<b>{label} ★</b>", f"<b>{value}</b>"
        rows.append(f"<tr><td>{label}</td><td style='text-align:right'>{value}</td>"
                    f"<td style='text-align:right;color:#666'>{median}</td></tr>")
    advice = ADVICE_TEXT[summary["advies"]].format(stop=_nl(stop_below, 2), scale=_nl(scale_from, 2),
                                                   margin=f"{MARGIN:.0%}", margin_fraction=_nl(MARGIN, 2),
                                                   break_even=_nl(BREAK_EVEN_ROAS, 2))
    return (
        f"<h4>{html.escape(summary['campagne'])}</h4>"
        f"<p>{html.escape(summary['platform'])} · doel <i>{html.escape(summary['doel'])}</i> · "
        f"fase <b>{html.escape(summary['fase'])}</b><br>doelgroep: {html.escape(summary['doelgroep'])}<br>"
        f"uitgaven € {_nl(summary['uitgaven'])} · omzet € {_nl(summary['omzet'])}</p>"
        "<table><tr><th>kengetal</th><th>deze campagne</th><th>mediaan alle campagnes</th></tr>"
        + "".join(rows) + "</table>"
        f"<p>★ = stuur hierop in de fase {html.escape(summary['fase'])}.</p>"
        f"<p><b>Advies: {summary['advies']}</b> — {html.escape(advice)}</p>"
    )


def funnel_explorer(campaigns=None, stop_below=BREAK_EVEN_ROAS, scale_from=5.0):
    """Toon de trechterverkenner: kies een campagne en zie trechter, kengetallen en budgetadvies.

    Zonder ``campaigns`` gebruikt de verkenner de dataset ``campaigns`` van de cursus. Het
    budgetadvies stopt standaard onder de break-even-ROAS (1 / 0,30) en schaalt op vanaf 5.

    Voorbeeld:
        >>> verkenner = funnel_explorer()
        >>> verkenner.children[0].description
        'Campagne'
    """
    if campaigns is None:
        campaigns = load_dataset("campaigns")
    table = ads.campaign_metrics(campaigns)
    choice = w.Dropdown(options=list(table["campaign"]), description="Campagne",
                        layout=w.Layout(width="360px"))
    info = w.HTML(layout=w.Layout(width="460px"))
    chart = w.Output(layout=w.Layout(width="520px"))

    def update(_change=None):
        summary = campaign_summary(table, choice.value, stop_below, scale_from)
        info.value = render_summary(summary, stop_below, scale_from)
        funnel = ads.campaign_funnel(campaigns, choice.value)
        if get_ipython() is None:  # plain Python (tests, doctest): no front end to draw in
            return
        chart.clear_output(wait=True)
        with chart:
            fig, ax = plt.subplots(figsize=(6, 3))
            plots.funnel(list(funnel["stap"]), funnel["aantal"], title=f"Trechter: {choice.value}", ax=ax)
            display(fig)
            plt.close(fig)

    choice.observe(update, names="value")
    update()
    return w.VBox([choice, w.HBox([chart, info])])
