"""Contentkalender-planner: stel een maandplan samen en zie direct welke regels het haalt.

Je kiest hoeveel posts per week per platform, hoeveel hero- en help-posts, en
hoe je de contentpijlers ordent. De planner maakt er een kalender van vier weken
van en controleert die met ``smmlib.content.check_calendar``.

Standaard oefent de planner met een eigen plan (``DEMO_RULES``: een zomercampagne
op Facebook en TikTok), niet met het maandplan van de opdracht (``content.DEFAULT_RULES``).

Voorbeeld:
    >>> from smmlib.widgets.calendar_planner import calendar_planner
    >>> calendar_planner()          # doctest: +SKIP
"""
import html

import ipywidgets as w
import pandas as pd

from smmlib import content

# Fixed, readable slots per platform: (day, hour) in the order they are filled.
SLOTS = {
    "Instagram": [("maandag", 20), ("woensdag", 19), ("vrijdag", 20), ("zondag", 21), ("dinsdag", 19),
                  ("donderdag", 20), ("zaterdag", 12)],
    "LinkedIn": [("dinsdag", 9), ("donderdag", 12), ("maandag", 12), ("woensdag", 9), ("vrijdag", 9)],
    "Facebook": [("woensdag", 12), ("zaterdag", 9), ("maandag", 17), ("vrijdag", 17), ("zondag", 12)],
    "TikTok": [("vrijdag", 21), ("zondag", 20), ("dinsdag", 21), ("donderdag", 21), ("zaterdag", 20)],
}
ORDERS = ["afwisselen", "in blokken"]

DEMO_RULES = {**content.DEFAULT_RULES, "posts_per_week": {"Facebook": 2, "TikTok": 3}}
"""Het oefenplan van de planner: een zomercampagne van vier weken op Facebook en TikTok.

Dezelfde regels als ``content.DEFAULT_RULES`` (het maandplan van de opdracht), maar op
andere platforms, zodat de planner het antwoord van de opdracht niet voorzegt."""

EXTRA_PLATFORMS = ("Instagram",)
"""Platforms met een schuifje dat niet in het oefenplan staat: zo zie je de regel 'geen andere platforms'."""


def build_calendar(per_week, hero=1, help_per_week=1, pillar_order="afwisselen", weeks=4):
    """Maak een kalender (tabel) van ``weeks`` weken uit een paar keuzes.

    ``per_week`` is een dict platform → aantal posts per week. Hero-posts komen
    verspreid over de periode; elke week krijgen de eerste niet-hero-posts het
    label help; de rest is hub. ``pillar_order`` is ``"afwisselen"`` (de vijf
    pijlers om de beurt) of ``"in blokken"`` (steeds een paar posts uit dezelfde pijler).

    Voorbeeld:
        >>> k = build_calendar({"Facebook": 2, "TikTok": 3})
        >>> len(k), int((k["hhh"] == "hero").sum())
        (20, 1)
    """
    if pillar_order not in ORDERS:
        raise ValueError(f"Kies de volgorde uit {ORDERS}.")
    rows = []
    for week in range(1, weeks + 1):
        for platform, n in per_week.items():
            if n > len(SLOTS[platform]):
                raise ValueError(f"Hoogstens {len(SLOTS[platform])} posts per week op {platform}.")
            for day, hour in SLOTS[platform][:n]:
                rows.append({"week": week, "dag": day, "uur": hour, "platform": platform})
    if not rows:
        return pd.DataFrame(columns=content.CALENDAR_COLUMNS)
    cal = content.order_calendar(pd.DataFrame(rows).assign(pillar="product", hhh="hub"))
    n = len(cal)
    hero_at = {round((i + 0.5) * n / hero) for i in range(hero)} if hero else set()
    hhh = []
    for i, week in enumerate(cal["week"]):
        helps = sum(1 for j in range(i) if cal.loc[j, "week"] == week and hhh[j] == "help")
        if i in hero_at:
            hhh.append("hero")
        elif helps < help_per_week:
            hhh.append("help")
        else:
            hhh.append("hub")
    cal["hhh"] = hhh
    pillars = content.PILLARS
    if pillar_order == "afwisselen":
        cal["pillar"] = [pillars[i % len(pillars)] for i in range(n)]
    else:
        block = max(1, -(-n // len(pillars)))
        cal["pillar"] = [pillars[min(i // block, len(pillars) - 1)] for i in range(n)]
    return cal


def planner_report(calendar, rules=None):
    """HTML-verslag: per regel ✔ of ✘ met uitleg, en de kalender zelf.

    Voorbeeld:
        >>> "regels gehaald" in planner_report(build_calendar({"Facebook": 2, "TikTok": 3}), DEMO_RULES)
        True
    """
    results = content.check_calendar(calendar, rules)
    passed = sum(r.passed for r in results)
    items = "".join(f"<li>{'✔' if r.passed else '✘'} <b>{html.escape(content.RULE_NAMES[r.rule])}</b>: "
                    f"{html.escape(r.message)}</li>" for r in results)
    table = calendar.to_html(index=False) if len(calendar) else "<i>(lege kalender)</i>"
    return (f"<b>{passed} van de {len(results)} regels gehaald.</b><ul>{items}</ul>"
            f"<details><summary>Bekijk de kalender ({len(calendar)} posts)</summary>{table}</details>")


def calendar_planner(rules=None):
    """Toon de kalenderplanner: schuifjes voor het plan, en direct de controle per regel.

    ``rules`` zijn de afspraken waaraan de kalender moet voldoen (zelfde vorm als
    ``content.DEFAULT_RULES``); standaard ``DEMO_RULES``: elke week 2 posts op Facebook
    en 3 op TikTok, 1 of 2 hero-posts, elke week minstens één help-post, minstens de
    helft hub, en op een platform nooit twee keer dezelfde pijler na elkaar. Er zijn schuifjes voor de
    platforms uit het plan en voor ``EXTRA_PLATFORMS``.

    Voorbeeld:
        >>> planner = calendar_planner()
        >>> planner.children[0].description
        'Facebook/week'
    """
    rules = DEMO_RULES if rules is None else rules
    platforms = list(dict.fromkeys([*rules.get("posts_per_week", {}), *EXTRA_PLATFORMS]))
    start = {p: max(0, n - 1) for p, n in rules.get("posts_per_week", {}).items()}
    sliders = {p: w.IntSlider(value=start.get(p, 1), min=0, max=len(SLOTS[p]), description=f"{p}/week",
                              style={"description_width": "120px"})
               for p in platforms}
    hero = w.IntSlider(value=3, min=0, max=6, description="hero (4 weken)", style={"description_width": "120px"})
    helps = w.IntSlider(value=0, min=0, max=4, description="help per week", style={"description_width": "120px"})
    order = w.Dropdown(options=ORDERS, value="in blokken", description="pijlers",
                       style={"description_width": "120px"})
    report = w.HTML()

    def update(_change=None):
        per_week = {p: s.value for p, s in sliders.items() if s.value}
        try:
            cal = build_calendar(per_week, hero.value, helps.value, order.value)
            report.value = planner_report(cal, rules)
        except ValueError as error:
            report.value = f"<b>✘ {html.escape(str(error))}</b>"

    for control in [*sliders.values(), hero, helps, order]:
        control.observe(update, names="value")
    update()
    return w.VBox([*sliders.values(), hero, helps, order, report])
