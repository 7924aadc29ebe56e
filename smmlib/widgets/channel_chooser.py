"""Kanaalkiezer: kies een leeftijdsgroep en zie welke platforms die groep het best bereiken.

Per platform zie je het bereik in de groep (uit de dataset ``survey``). Met de
schuifregelaar stel je in hoeveel kanalen je wilt inzetten en zie je hoeveel van de
groep je met die kanalen samen bereikt: meer is niet altijd beter. Of een kanaal ook
bij je doel past, zegt het honingraatmodel (hoofdstuk 2, paragraaf 7): dat blijft jouw keuze.

Voorbeeld:
    >>> from smmlib.widgets.channel_chooser import channel_chooser
    >>> channel_chooser()          # doctest: +SKIP
"""
import html

import ipywidgets as w

from smmlib import channels
from smmlib.datasets import LEEFTIJDSGROEPEN, load_dataset


def channel_ranking(survey, age_group, n_channels=2):
    """Rangschik de platforms op bereik in één leeftijdsgroep en markeer de ``n_channels`` grootste.

    Geeft een lijst van dicts met ``platform``, ``bereik`` (0–1), ``samen`` (het bereik van de
    kanalen tot en met dit kanaal samen, iedereen één keer geteld) en ``gekozen`` (True voor de
    eerste ``n_channels``).

    Voorbeeld:
        >>> import smmlib
        >>> rij = channel_ranking(smmlib.load_dataset("survey"), "65+")[0]
        >>> rij["platform"], rij["gekozen"]
        ('WhatsApp', True)
    """
    together = channels.cumulative_reach(survey, age_group)
    ranked = channels.rank_channels(survey, age_group)
    return [{"platform": row.platform, "bereik": float(row.bereik), "samen": float(together["bereik_samen"].iloc[i]),
             "gekozen": i < n_channels} for i, row in enumerate(ranked.itertuples(index=False))]


def _render(rows, age_group):
    chosen = [r for r in rows if r["gekozen"]]
    lines = []
    for r in rows:
        bar = "█" * round(r["bereik"] * 30)
        mark = "✔" if r["gekozen"] else "&nbsp;&nbsp;"
        style = "font-weight:bold" if r["gekozen"] else "color:#777"
        lines.append(f"<tr style='{style}'><td>{mark}</td><td>{html.escape(r['platform'])}</td>"
                     f"<td style='text-align:right'>{r['bereik']:.0%}</td>"
                     f"<td style='font-family:monospace;color:#0072B2'>{bar}</td>"
                     f"<td style='text-align:right'>{r['samen']:.0%}</td></tr>")
    names = " en ".join(r["platform"] for r in chosen) if len(chosen) <= 2 else \
        ", ".join(r["platform"] for r in chosen[:-1]) + " en " + chosen[-1]["platform"]
    together = chosen[-1]["samen"] if chosen else 0.0
    summary = (f"<b>Leeftijdsgroep {html.escape(str(age_group))}: het grootste bereik hebben {html.escape(names)}.</b> "
               f"Samen bereiken ze {together:.0%} van deze groep. Past elk kanaal ook bij je doel? Dat zegt "
               "het honingraatmodel, niet het bereik.")
    header = ("<tr><th></th><th>platform</th><th>bereik</th><th></th>"
              "<th>samen met de kanalen erboven</th></tr>")
    return f"<p>{summary}</p><table>{header}{''.join(lines)}</table>"


def channel_chooser():
    """Toon de kanaalkiezer: een leeftijdsgroep, het aantal kanalen en de gerangschikte platforms.

    Voorbeeld:
        >>> chooser = channel_chooser()
        >>> chooser.children[0].children[0].description
        'Doelgroep'
    """
    survey = load_dataset("survey")
    group = w.Dropdown(options=LEEFTIJDSGROEPEN, value="35-44", description="Doelgroep")  # not an exercise group
    n_channels = w.IntSlider(value=2, min=1, max=len(channels.PLATFORMS), description="Kanalen")
    result = w.HTML()

    def update(_change=None):
        rows = channel_ranking(survey, group.value, n_channels.value)
        result.value = _render(rows, group.value)

    group.observe(update, names="value")
    n_channels.observe(update, names="value")
    update()
    return w.VBox([w.HBox([group, n_channels]), result])
