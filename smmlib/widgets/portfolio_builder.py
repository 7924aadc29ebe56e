"""Portfoliobouwer: kies influencers binnen een budget en zie kosten, interacties en de regels.

Voorbeeld:
    >>> from smmlib.widgets.portfolio_builder import portfolio_builder
    >>> portfolio_builder()          # doctest: +SKIP
"""
import html
from functools import lru_cache

import ipywidgets as w

from smmlib import influencers as inf
from smmlib.datasets import load_dataset


def _nl(number, decimals=0):
    """1234.5 -> '1.234' (Dutch separators)."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


# The lesson's rules (chapter 9, section 5); the builder checks a portfolio against them.
LESSON_RULES = dict(min_nl_share=0.70, min_target_age_share=0.40, max_influencers=6, min_tiers=3)


def best_for_lesson(table, budget, **rules):
    """The best portfolio under the lesson's rules, leaving out the accounts labelled as having bought followers."""
    suspicious = list(table.loc[table["suspicious"].astype(bool), "handle"])
    return inf.best_portfolio(table, budget, exclude=suspicious, **{**LESSON_RULES, **rules})


def portfolio_summary(table, handles, budget, best=None, **rules):
    """Alles wat de portfoliobouwer laat zien, als dict (zonder widgets, dus testbaar).

    ``table`` is de dataset ``influencers``; ``handles`` de gekozen influencers
    (één post per influencer). Je krijgt de uitslag van
    ``influencers.check_portfolio`` plus het best haalbare aantal interacties in de
    doelgroep (``optimum``) en welk deel daarvan je portfolio haalt (``aandeel_optimum``,
    alleen als je portfolio aan alle regels voldoet). ``best`` mag een al
    berekende uitkomst van ``influencers.best_portfolio`` zijn.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> s = portfolio_summary(load_dataset("influencers"), ["@frismees"], budget=10_000)
        >>> s["kosten"], s["geldig"]
        (1385.0, False)
    """
    rules = {**LESSON_RULES, **rules}
    result = inf.check_portfolio(table, handles, budget, **rules)
    if best is None:
        best = best_for_lesson(table, budget, **rules)
    best_handles, optimum = best
    result["optimum"] = optimum
    result["optimum_handles"] = best_handles
    result["aandeel_optimum"] = (result["doelgroep_interacties"] / optimum
                                 if result["geldig"] and optimum else None)
    result["budget"] = budget
    return result


def render_summary(summary):
    """Zet de samenvatting van ``portfolio_summary`` om in HTML.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> s = portfolio_summary(load_dataset("influencers"), ["@frismees"], budget=10_000)
        >>> "Totale kosten" in render_summary(s)
        True
    """
    budget = summary["budget"]
    left = budget - summary["kosten"]
    cpe = "—" if summary["cpe"] != summary["cpe"] else f"€ {_nl(summary['cpe'], 2)}"
    rows = "".join(
        f"<li>{'✔' if ok else '✘'} <b>{html.escape(inf.RULE_NAMES[rule])}</b>: {html.escape(text)}</li>"
        for rule, (ok, text) in summary["regels"].items()
    )
    if summary["aandeel_optimum"] is not None:
        verdict = (f"Je portfolio haalt <b>{summary['aandeel_optimum']:.0%}</b> van het best haalbare "
                   f"({_nl(summary['optimum'])} interacties in de doelgroep bij dit budget).")
    elif not summary["handles"]:
        verdict = "Kies een of meer influencers in de lijst (Ctrl/Cmd-klik voor meer)."
    else:
        verdict = "Je portfolio voldoet nog niet aan alle regels (✘): los die eerst op."
    return (
        f"<p>Totale kosten: <b>€ {_nl(summary['kosten'])}</b> van € {_nl(budget)} "
        f"(over: € {_nl(left)})<br>"
        f"Verwachte interacties (likes + reacties, één post per influencer): "
        f"<b>{_nl(summary['interacties'])}</b>, waarvan in de doelgroep (Nederlands, 35-65 jaar): "
        f"<b>{_nl(summary['doelgroep_interacties'])}</b><br>"
        f"Cost per engagement: <b>{cpe}</b></p>"
        f"<ul style='list-style:none;padding-left:0'>{rows}</ul><p>{verdict}</p>"
    )


def _label(row):
    return (f"{row.handle} · {row.tier} · {row.platform} · € {_nl(row.rate_per_post_eur)} · "
            f"ER {row.engagement_rate:.1%} · NL {row.audience_nl_share:.0%} · 35-65 {row.audience_target_age_share:.0%}")


def portfolio_builder(influencers=None, budget=10_000):
    """Toon de portfoliobouwer: een budgetschuif, een lijst kandidaten en de controle van de regels.

    Regels (zoals in de opdracht): binnen budget, geen verdachte accounts,
    ≥ 70% Nederlands publiek, ≥ 40% publiek van 35-65, maximaal 6 influencers,
    minstens 3 tiers. Zonder ``influencers`` gebruikt de bouwer de dataset van de cursus.

    Voorbeeld:
        >>> bouwer = portfolio_builder()
        >>> bouwer.children[0].description
        'Budget (€)'
    """
    table = influencers if influencers is not None else load_dataset("influencers")
    shown = inf.add_metrics(table).sort_values(["tier", "cpe"])
    options = [(_label(row), row.handle) for row in shown.itertuples()]

    @lru_cache(maxsize=64)
    def best(amount):
        return best_for_lesson(table, amount)

    slider = w.IntSlider(value=budget, min=1_000, max=30_000, step=500, description="Budget (€)",
                         continuous_update=False, style={"description_width": "initial"},
                         layout=w.Layout(width="460px"))
    choice = w.SelectMultiple(options=options, rows=14, description="Influencers",
                              layout=w.Layout(width="640px"))
    info = w.HTML()

    def update(_change=None):
        summary = portfolio_summary(table, list(choice.value), slider.value, best=best(slider.value))
        info.value = render_summary(summary)

    slider.observe(update, names="value")
    choice.observe(update, names="value")
    update()
    return w.VBox([slider, choice, info])
