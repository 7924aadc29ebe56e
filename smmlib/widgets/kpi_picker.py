"""KPI-kiezer: kies een doel en een paar metrics, en zie direct welke passen en welke ijdelheidsmetrics zijn.

Voorbeeld:
    >>> from smmlib.widgets import kpi_picker
    >>> kpi_picker()          # doctest: +SKIP
"""
import html

import ipywidgets as w

from smmlib import kpi


def judge_kpis(goal, chosen):
    """Beoordeel gekozen metrics voor een doel: lijst van (status, uitleg), status is 'past', 'ijdel' of 'past niet'.

    Voorbeeld:
        >>> judge_kpis("leads of aanvragen", ["conversies", "likes"])[1][0]
        'ijdel'
    """
    verdicts = []
    for name in chosen:
        if kpi.is_kpi_for(name, goal):
            verdicts.append(("past", f"'{name}' past bij het doel {goal}."))
        elif kpi.is_vanity(name, goal):
            verdicts.append(("ijdel", kpi.vanity_reason(name, goal)))
        else:
            verdicts.append(("past niet", f"'{name}' is een KPI voor een ander doel, niet voor {goal}."))
    return verdicts


SYMBOLS = {"past": "✔", "ijdel": "✘", "past niet": "➜"}


def _render(goal, chosen):
    if not chosen:
        return "<i>Kies links één of meer metrics (Ctrl/Cmd-klik voor meerdere).</i>"
    rows = "".join(f"<li>{SYMBOLS[s]} {html.escape(text)}</li>" for s, text in judge_kpis(goal, chosen))
    fits = sum(s == "past" for s, _ in judge_kpis(goal, chosen))
    return f"<b>{fits} van de {len(chosen)} gekozen metrics passen bij '{html.escape(goal)}'.</b><ul>{rows}</ul>"


def kpi_picker():
    """Toon de KPI-kiezer: een doel, een lijst metrics en direct feedback per gekozen metric.

    Voorbeeld:
        >>> picker = kpi_picker()
        >>> picker.children[0].description
        'Doel'
    """
    options = sorted(set(kpi.all_kpis()) | set(kpi.vanity_metrics()))
    goal = w.Dropdown(options=kpi.goal_types(), description="Doel")
    chosen = w.SelectMultiple(options=options, rows=12, description="Metrics")
    verdict = w.HTML(_render(goal.value, []))

    def update(_change=None):
        verdict.value = _render(goal.value, list(chosen.value))

    goal.observe(update, names="value")
    chosen.observe(update, names="value")
    return w.VBox([goal, w.HBox([chosen, verdict])])
