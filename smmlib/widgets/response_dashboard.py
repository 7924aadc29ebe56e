"""Reactietijd-dashboard (hoofdstuk 8): schuif met de norm en zie per kanaal hoeveel gesprekken op tijd antwoord kregen.

De norm (in minuten) staat op een schuifregelaar. Bij elke verandering rekent het dashboard
per kanaal het SLA-aandeel opnieuw uit: het deel van alle gesprekken met een eerste reactie
binnen de norm (een gesprek zonder antwoord telt als te laat). Je kunt ook één fase van de
gebruikscyclus kiezen.

Voorbeeld:
    >>> from smmlib.widgets.response_dashboard import response_dashboard
    >>> response_dashboard()          # doctest: +SKIP
"""
from __future__ import annotations

ALL_PHASES = "alle fasen"
DEFAULT_NORM = 60
DEFAULT_TARGET = 0.80


def dashboard_view(webcare, norm=DEFAULT_NORM, phase=ALL_PHASES, target=DEFAULT_TARGET):
    """Reken uit wat het dashboard laat zien voor één norm en één fase (zonder widgets).

    ``webcare`` is de tabel uit ``load_dataset("webcare")``, ``norm`` de norm in minuten,
    ``phase`` een fase van de gebruikscyclus of ``"alle fasen"``, ``target`` het deel van de
    gesprekken dat binnen de norm moet vallen (standaard 0,80 = 80%).

    Geeft een dict met ``tabel`` (per kanaal: gesprekken, mediaan, p90 en ``sla_share``),
    ``gehaald`` en ``niet_gehaald`` (kanalen boven en onder het doel), ``totaal`` (SLA-aandeel
    over alle kanalen samen) en ``samenvatting`` (één zin tekst).

    Voorbeeld:
        >>> import smmlib
        >>> v = dashboard_view(smmlib.load_dataset("webcare"), norm=60)
        >>> "X" in v["niet_gehaald"]
        True
    """
    from smmlib import metrics, webcare as wc

    if phase != ALL_PHASES:
        phases = [str(p) for p in webcare["phase"].cat.categories] \
            if hasattr(webcare["phase"], "cat") else sorted(webcare["phase"].astype(str).unique())
        if phase not in phases:
            raise ValueError(f"Kies een fase uit {[ALL_PHASES] + phases}; niet {phase!r}.")
        webcare = webcare[webcare["phase"].astype(str) == phase]
    table = wc.response_table(webcare, by="channel", norm=norm)
    met = [str(c) for c, s in zip(table["channel"], table["sla_share"]) if s >= target]
    missed = [str(c) for c, s in zip(table["channel"], table["sla_share"]) if not s >= target]
    total = metrics.sla_share(wc.response_minutes(webcare), norm=norm) if len(webcare) else float("nan")
    where = "alle fasen" if phase == ALL_PHASES else f"fase '{phase}'"
    text = (f"Norm {norm:g} minuten ({where}): {total:.0%} van alle {len(webcare)} gesprekken kreeg op tijd "
            f"antwoord. Doel {target:.0%} gehaald door: {', '.join(met) or 'geen enkel kanaal'}; "
            f"niet gehaald door: {', '.join(missed) or 'geen enkel kanaal'}.")
    return {"tabel": table, "gehaald": met, "niet_gehaald": missed, "totaal": total, "samenvatting": text}


def response_dashboard(webcare=None):
    """Een reactietijd-dashboard met de norm als schuifregelaar (in minuten) en een keuze van de fase.

    Voorbeeld:
        >>> from smmlib.widgets.response_dashboard import response_dashboard
        >>> response_dashboard()          # doctest: +SKIP
    """
    import html

    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display
    from matplotlib.ticker import PercentFormatter

    from smmlib import plots
    from smmlib.datasets import load_dataset

    data = load_dataset("webcare") if webcare is None else webcare
    phases = [str(p) for p in data["phase"].cat.categories] if hasattr(data["phase"], "cat") \
        else sorted(data["phase"].astype(str).unique())
    norm = w.IntSlider(value=DEFAULT_NORM, min=5, max=240, step=5, description="Norm (min)",
                       continuous_update=False, layout=w.Layout(width="520px"))
    phase = w.Dropdown(options=[ALL_PHASES] + phases, value=ALL_PHASES, description="Fase")
    summary = w.HTML()
    out = w.Output()

    def update(_=None):
        view = dashboard_view(data, norm.value, phase.value)
        summary.value = f"<b>{html.escape(view['samenvatting'])}</b>"
        out.clear_output(wait=True)
        with out:
            plots.set_theme()
            table = view["tabel"].sort_values("sla_share")
            fig, ax = plt.subplots(figsize=(8, 3.2))
            colors = [plots.PALETTE[0] if s >= DEFAULT_TARGET else plots.PALETTE[5] for s in table["sla_share"]]
            ax.barh(table["channel"].astype(str), table["sla_share"], color=colors)
            ax.axvline(DEFAULT_TARGET, color="black", linestyle="--", linewidth=1)
            ax.text(DEFAULT_TARGET, len(table) - 0.4, f" doel {DEFAULT_TARGET:.0%}", fontsize=9)
            ax.set_xlim(0, 1)
            ax.xaxis.set_major_formatter(PercentFormatter(1.0))
            ax.set_title(f"Deel van de gesprekken met antwoord binnen {norm.value} minuten")
            ax.set_xlabel("SLA-aandeel (alle gesprekken)")
            ax.set_ylabel("kanaal")
            plt.show()
            shown = view["tabel"].rename(columns={"channel": "kanaal", "mediaan_min": "mediaan (min)",
                                                  "p90_min": "p90 (min)", "sla_share": "SLA-aandeel"})
            display(shown.style.format({"mediaan (min)": "{:.0f}", "p90 (min)": "{:.0f}",
                                        "SLA-aandeel": "{:.0%}"}).hide(axis="index"))

    for control in (norm, phase):
        control.observe(update, names="value")
    update()
    note = w.HTML("<i>Rood = onder het doel van 80% op tijd. Een gesprek zonder antwoord telt als te laat.</i>")
    return w.VBox([norm, phase, summary, out, note])
