"""Phrase banks for Trapkracht's own post captions (Dutch, social-media style).

A caption = hook + body + (call to action) + emoji + hashtags. Pairs ("je-vorm", "u-vorm")
let chapter 6 measure tone of voice: most posts use "je", some use "u".
"""
from __future__ import annotations

import numpy as np

from .textnoise import roughen, sprinkle

HOOKS = {
    "product": [
        "Nieuw in de collectie: de Trapkracht Stad 3.",
        "Maak kennis met de Trapkracht Tour 7.",
        "Onze lichtste e-bike ooit staat klaar.",
        "De Trapkracht Cargo is terug, en hoe.",
        "Meer bereik, minder gewicht.",
        "Deze kleur hadden jullie gevraagd.",
        "Specs op een rij:",
        "Dit is de accu die 140 km meegaat.",
        "Eindelijk: een e-bike met automatische versnelling.",
        "Zwart, mat en stil.",
    ],
    "fietsplezier": [
        "Zondagochtend, lege dijken en wind mee.",
        "Die eerste rit na de winter.",
        "Met z'n tweeën de polder in.",
        "Wie herkent dit uitzicht?",
        "Zo begint een goede dag.",
        "Heuvels? Welke heuvels?",
        "Ons favoriete rondje van deze week.",
        "Gewoon even weg, op de fiets.",
        "Fietsen door de bollenvelden, elk jaar weer.",
        "Herfstkleuren in het bos.",
    ],
    "duurzaamheid": [
        "Elke rit op de e-bike is een rit minder in de file.",
        "Wat gebeurt er met je oude accu?",
        "Onze frames krijgen een tweede leven.",
        "30 km woon-werk, geen uitstoot.",
        "Minder auto, meer lucht.",
        "Repareren gaat bij ons voor vervangen.",
        "We rekenden het na: zoveel CO2 bespaart een e-bike.",
        "Lokaal geassembleerd in Zwolle.",
    ],
    "service": [
        "Tip van onze monteur:",
        "Zo houd je je accu in topconditie.",
        "Banden oppompen, hoe vaak eigenlijk?",
        "Vraag van de week:",
        "Je e-bike winterklaar in vijf stappen.",
        "Rammelt er iets? Check dit eerst.",
        "Onderhoudsbeurt nodig? Zo werkt het.",
        "Zo koppel je de Trapkracht-app aan je fiets.",
        "Garantie in gewone taal.",
    ],
    "achter de schermen": [
        "Een kijkje in onze werkplaats.",
        "Maak kennis met Sanne, onze testrijder.",
        "Zo ontstaat een nieuw frame.",
        "Vandaag op kantoor: prototypes testen.",
        "Onze monteurs op de vrijdagmiddag.",
        "Hier wordt elke fiets gecontroleerd voor hij de deur uit gaat.",
        "Het team in Zwolle zegt hoi.",
        "Van schets tot showroom.",
    ],
}

BODIES = {
    "product": [
        "Middenmotor, 625 Wh accu en een frame dat tegen een stootje kan.",
        "Met riemaandrijving, dus geen vette kettingen meer.",
        "Verkrijgbaar in drie framematen en vier kleuren.",
        "Geïntegreerde verlichting, slot en GPS-tracker.",
        "Getest op 10.000 km Nederlandse fietspaden.",
        "Comfortabel rechtop zitten en toch sportief trappen.",
        "De accu laad je op in 3,5 uur, gewoon uit het stopcontact.",
    ],
    "fietsplezier": [
        "Soms is de route belangrijker dan de bestemming.",
        "Tegenwind bestaat niet meer met een beetje ondersteuning.",
        "Koffie onderweg hoort erbij natuurlijk.",
        "Wij gingen voor de lange route terug.",
        "Gedeeld door een van onze rijders, dank je wel!",
        "Geen haast, wel 60 km gereden.",
    ],
    "duurzaamheid": [
        "Oude accu's halen we gratis op en laten we recyclen.",
        "Een e-bike gaat bij goed onderhoud makkelijk tien jaar mee.",
        "Onderdelen zijn los te bestellen, ook voor oudere modellen.",
        "We rijden zelf ook alles met de bakfiets naar de post.",
        "Kleine stappen, samen een groot verschil.",
    ],
    "service": [
        "Laad niet bij vorst en bewaar de accu binnen.",
        "Houd de bandenspanning tussen 3 en 4 bar.",
        "De meeste rammels zitten in het spatbord.",
        "Plan je beurt online, de dealer haalt hem zelfs op.",
        "Een software-update lost veel kleine storingen op.",
        "Twee jaar garantie op de accu, vijf jaar op het frame.",
    ],
    "achter de schermen": [
        "Elke las wordt twee keer gecontroleerd.",
        "De koffie is sterk en de fietsen zijn stil.",
        "Er gaat zo'n 40 uur werk in één prototype zitten.",
        "Zonder deze mensen geen Trapkracht.",
        "Vandaag 212 fietsen afgeleverd, een record.",
    ],
}

# call-to-action per intention: (je-vorm, u-vorm)
CTAS = {
    "informeren": [
        ("Lees meer via de link in bio.", "Lees meer via de link in onze bio."),
        ("Alle details vind je op onze site.", "Alle details vindt u op onze website."),
        ("Meer tips? Kijk op trapkracht.nl/tips", "Meer tips vindt u op trapkracht.nl/tips"),
    ],
    "inspireren": [
        ("Tag iemand met wie je deze rit zou maken!", "Met wie zou u deze rit maken?"),
        ("Deel jouw favoriete route met #MijnTrapkracht", "Deel uw favoriete route met #MijnTrapkracht"),
        ("Sla deze op voor je volgende weekend.", "Bewaar dit bericht voor uw volgende uitstapje."),
    ],
    "activeren": [
        ("Plan nu je gratis proefrit!", "Plan nu uw gratis proefrit."),
        ("Boek een proefrit bij een dealer bij jou in de buurt.", "Boek een proefrit bij een dealer bij u in de buurt."),
        ("Vraag de brochure aan via de link.", "Vraag de brochure aan via de link."),
        ("Alleen deze week: gratis slot bij je bestelling.", "Alleen deze week: gratis slot bij uw bestelling."),
        ("Schrijf je in voor de testdag in Zwolle.", "Meld u aan voor de testdag in Zwolle."),
    ],
}

QUESTIONS = {  # engagement questions without CTA, per pillar: (je, u); "" = no question
    "product": [("Welke kleur kies jij?", "Welke kleur kiest u?"), ("Wat vind jij ervan?", "Wat vindt u ervan?"),
                ("Vragen over de specs? Stel ze hieronder.", "Vragen? Stel ze gerust hieronder."), ("", "")],
    "fietsplezier": [("Waar fiets jij het liefst?", "Waar fietst u het liefst?"), ("Herkenbaar?", "Herkenbaar?"),
                     ("Wie gaat er mee?", "Wie gaat er mee?"), ("", "")],
    "duurzaamheid": [("Hoe vaak laat jij de auto staan?", "Hoe vaak laat u de auto staan?"),
                     ("Wist je dit al?", "Wist u dit al?"), ("", "")],
    "service": [("Nog meer vragen? Zet ze in de comments.", "Heeft u nog vragen? Laat het ons weten."),
                ("Handig om te weten!", "Handig om te weten."), ("", "")],
    "achter de schermen": [("Wat wil jij nog meer zien?", "Wat wilt u nog meer zien?"), ("Zeg maar hoi!", "Zeg maar hoi!"),
                           ("", "")],
}

EMOJI = ["🚲", "⚡", "🔋", "🌿", "☀️", "💚", "👌", "🙌", "😍", "💪", "🌷", "🍂", "☕", "📍", "✨", "👇"]

HASHTAGS = [
    "#Trapkracht", "#ebike", "#fietsen", "#elektrischfietsen", "#fietsliefde", "#duurzaam",
    "#woonwerk", "#fietsplezier", "#nederlandfietsland", "#ebikelife", "#fietsroute",
    "#onderhoud", "#proefrit", "#weekendvibes", "#mobiliteit", "#fietstip", "#groenereizen",
    "#zwolle", "#polder", "#buitenleven", "#MijnTrapkracht", "#accu", "#fietsvakantie",
    "#bakfiets", "#forens",
]


def caption(rng: np.random.Generator, pillar: str, intention: str, has_cta: bool,
            u_form: bool, n_hashtags: int) -> str:
    """One Dutch caption; exactly n_hashtags hashtags, all at the end."""
    form = 1 if u_form else 0
    parts = [HOOKS[pillar][int(rng.integers(len(HOOKS[pillar])))]]
    if rng.random() < 0.75:
        parts.append(BODIES[pillar][int(rng.integers(len(BODIES[pillar])))])
    if has_cta:
        parts.append(CTAS[intention][int(rng.integers(len(CTAS[intention])))][form])
    else:
        q = QUESTIONS[pillar][int(rng.integers(len(QUESTIONS[pillar])))][form]
        if q:
            parts.append(q)
    text = " ".join(parts)
    if not u_form:  # brands write fairly clean copy; a few slips only
        text = roughen(text, rng, p_chat=0.0, p_typo=0.05, p_lower=0.0, protect={"trapkracht"})
    text = text.replace("#MijnTrapkracht", "met de tag MijnTrapkracht")  # keep n_hashtags exact
    emoji = sprinkle(rng, EMOJI, k_max=3, p=0.15 if u_form else 0.7)
    if emoji:
        text = f"{text} {emoji}"
    if n_hashtags:
        tags = [HASHTAGS[int(i)] for i in rng.choice(len(HASHTAGS), size=n_hashtags, replace=False)]
        text = text + ("\n\n" if rng.random() < 0.5 else " ") + " ".join(tags)
    return text
