"""Klantcyclus-wandelaar: loop met een klant door de 8 fasen en zie welke flywheel-activiteit erbij past.

Voorbeeld:
    >>> from smmlib.widgets.customer_cycle import customer_cycle_walker
    >>> customer_cycle_walker()          # doctest: +SKIP
"""
import html

import ipywidgets as w

from smmlib import models

# What the (fictional) customer Sanne does in each phase, and what Trapkracht can do there.
JOURNEY = {
    "inspiratie": ("Sanne ziet op Instagram een collega met een e-bike de file voorbijrijden.",
                   "Inspirerende video's en creators die laten zien hoe fijn forenzen op een e-bike is."),
    "onderzoeken": ("Sanne zoekt op TikTok en YouTube naar 'beste e-bike woon-werk'.",
                    "Uitlegvideo's en antwoorden op vragen over actieradius, accu en prijs."),
    "evalueren": ("Sanne vergelijkt Trapkracht met Snelwiel en Velox en leest reviews.",
                  "Vergelijkingen, reviews van klanten en snel antwoord op vragen in DM."),
    "selecteren": ("Sanne boekt een proefrit en koopt de T5 in de webshop.",
                   "Een duidelijke knop naar proefrit of webshop en persoonlijk advies via chat."),
    "ontvangen": ("De fiets wordt bezorgd; Sanne plaatst een unboxing-story.",
                  "Meekijken wat nieuwe klanten delen en reageren op hun eerste ervaringen."),
    "gebruiken": ("Sanne fietst elke dag en vraagt in een Facebook-groep hoe ze de accu het best laadt.",
                  "Tips voor gebruik, een community en volgen wat gebruikers zeggen."),
    "onderhouden": ("Na een jaar moet de fiets een beurt; Sanne stelt een vraag via webcare.",
                    "Webcare, onderhoudsvideo's en signalen over terugkerende problemen oppikken."),
    "vervangen": ("Na vijf jaar is Sanne toe aan een nieuwe e-bike en deelt ze haar ervaring.",
                  "Luisteren naar wensen van trouwe klanten, een inruilactie en hen weer inspireren."),
}


def describe_phase(phase):
    """Alles over één fase: nummer, cyclus, uitleg, flywheel-activiteit en het voorbeeld van Trapkracht.

    Voorbeeld:
        >>> info = describe_phase("selecteren")
        >>> info["nummer"], info["cyclus"], info["flywheel"]
        (4, 'koopcyclus', ['verkopen'])
    """
    phase = models.phases()[models.phase_number(phase) - 1]
    klant, merk = JOURNEY[phase]
    activities = models.flywheel_for_phase(phase)
    terms = {a.name: a for a in models.FLYWHEEL}
    return {
        "fase": phase,
        "nummer": models.phase_number(phase),
        "cyclus": models.cycle_of(phase),
        "uitleg": models.explain("klantcyclus", phase),
        "flywheel": activities,
        "flywheel_uitleg": [f"{a} ({terms[a].field_term}): {terms[a].explanation}" for a in activities],
        "klant": klant,
        "trapkracht": merk,
    }


def next_phase(phase):
    """De volgende fase; na 'vervangen' begint de cyclus weer bij 'inspiratie'.

    Voorbeeld:
        >>> next_phase("vervangen")
        'inspiratie'
    """
    order = models.phases()
    return order[models.phase_number(phase) % len(order)]


def render_phase(phase):
    """De HTML-kaart die de wandelaar voor een fase laat zien.

    Voorbeeld:
        >>> "verkopen" in render_phase("evalueren")
        True
    """
    info = describe_phase(phase)
    e = html.escape
    flywheel = "".join(f"<li>{e(t)}</li>" for t in info["flywheel_uitleg"])
    return (
        f"<h4>Fase {info['nummer']} van 8: {e(info['fase'])} ({e(info['cyclus'])})</h4>"
        f"<p>{e(info['uitleg'])}</p>"
        f"<p><b>Klant Sanne:</b> {e(info['klant'])}</p>"
        f"<p><b>Past bij het flywheel:</b></p><ul>{flywheel}</ul>"
        f"<p><b>Wat Trapkracht kan doen:</b> {e(info['trapkracht'])}</p>"
    )


def customer_cycle_walker():
    """Toon de klantcyclus-wandelaar: kies een fase (of klik 'Volgende fase') en lees wat erbij hoort.

    Voorbeeld:
        >>> walker = customer_cycle_walker()
        >>> walker.children[0].children[0].value
        'inspiratie'
    """
    phase = w.ToggleButtons(options=models.phases(), value="inspiratie", description="Fase",
                            style={"button_width": "95px"})
    step = w.Button(description="Volgende fase ▶", button_style="info")
    card = w.HTML(render_phase(phase.value))

    def update(_change=None):
        card.value = render_phase(phase.value)

    def advance(_button=None):
        phase.value = next_phase(phase.value)

    phase.observe(update, names="value")
    step.on_click(advance)
    return w.VBox([w.HBox([phase, step]), card])
