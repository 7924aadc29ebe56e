"""Nederlandse sentimentanalyse voor social listening, zo eenvoudig dat je kunt zien waarom.

De score van een tekst is de som van de gewichten van de woorden, emoji en hashtags
die in de woordenlijst (``LEXICON``) staan, met een paar regels erbovenop:

* ontkenning: "niet goed" telt als negatief (``NEGATIES`` draaien het volgende
  sentimentwoord binnen drie woorden om);
* versterkers: "heel slecht" weegt zwaarder dan "slecht" (``VERSTERKERS``);
* "maar": wat na "maar" komt, weegt zwaarder dan wat ervoor staat;
* emoji (😡, 😍) en hashtags (#fail, #aanrader) tellen mee;
* chattaal en tikfouten: "egt" wordt "echt", "sleht" wordt "slecht".

Een score groter dan ``DREMPEL`` is positief, kleiner dan ``-DREMPEL`` negatief,
alles daartussen neutraal. Met ``explain`` zie je welke woorden de score maakten.

Voorbeeld:
    >>> from smmlib import sentiment
    >>> sentiment.label("De accu is echt niet goed 😡")
    'negatief'
    >>> sentiment.label("Super blij met mijn nieuwe fiets!")
    'positief'

De woordenlijst is met de hand gemaakt voor deze cursus (geen extra pakket nodig).
Sarcasme ("Top hoor, alweer kapot") blijft lastig: dat is een mooie les over de
grenzen van automatische sentimentanalyse.
"""
from __future__ import annotations

import re
import unicodedata

DREMPEL = 0.9

# --- word list: weight from -3 (very negative) to +3 (very positive) --------------------
LEXICON: dict[str, float] = {
    # positive
    "goed": 1.5, "prima": 1.0, "fijn": 1.5, "fijnste": 2.0, "heerlijk": 2.0, "top": 2.0,
    "toppie": 2.0, "mooi": 1.5, "mooiste": 2.0, "prachtig": 2.5, "geweldig": 2.5,
    "fantastisch": 2.5, "blij": 2.0, "tevreden": 2.0, "aanrader": 2.5, "aanraden": 1.5,
    "fan": 1.5, "verliefd": 2.0, "perfect": 2.5, "vriendelijk": 1.5, "behulpzaam": 1.5,
    "compliment": 2.0, "complimenten": 2.0, "chapeau": 2.0, "respect": 1.5, "bedankt": 0.5,
    "dankjewel": 1.0, "dank": 0.5, "thanks": 0.5, "soepel": 1.0, "comfortabel": 1.5,
    "handig": 1.0, "lekker": 1.5, "wauw": 1.5, "wow": 1.5, "yes": 1.5, "genieten": 2.0,
    "genoten": 2.0, "leuk": 1.5, "gaaf": 2.0, "vet": 1.5, "kosteloos": 1.0, "geholpen": 1.0,
    "opgelost": 1.5, "betrouwbaar": 1.5, "beste": 2.0, "plezier": 1.5, "snel": 0.5,
    "wint": 1.5, "groeit": 1.0, "scoort": 0.5, "sterk": 1.0, "duim": 1.0, "netjes": 1.0,
    "heerlijke": 2.0, "aanbevolen": 1.5, "trots": 1.5, "blije": 2.0, "geniaal": 2.5,
    "makkelijk": 1.0, "stil": 0.3, "verschil": 0.5, "om": 0.0,
    # negative
    "slecht": -2.0, "slechter": -2.0, "slechtste": -2.5, "teleurstellend": -2.0,
    "teleurgesteld": -2.0, "teleurstelling": -2.0, "waardeloos": -2.5, "kapot": -1.5,
    "stuk": -1.0, "belachelijk": -2.5, "schandalig": -2.5, "schande": -2.5,
    "bedroevend": -2.5, "irritant": -2.0, "drama": -2.0, "spijt": -2.0, "opgelicht": -2.5,
    "oplichters": -3.0, "oplichting": -3.0, "gevaarlijk": -2.0, "levensgevaarlijk": -3.0,
    "eng": -1.5, "onvriendelijk": -2.0, "onverantwoord": -2.5, "traag": -1.5,
    "zonde": -1.5, "afgewezen": -1.5, "balen": -1.5, "jammer": -1.5, "klacht": -1.5,
    "klachten": -1.5, "probleem": -1.0, "problemen": -1.5, "storing": -1.0, "rammelt": -1.0,
    "piepend": -1.0, "crasht": -1.5, "weigert": -1.5, "weigerden": -1.5, "versleten": -1.5,
    "ophef": -1.0, "rook": -1.5, "roken": -1.5, "rokende": -1.5, "rookt": -1.5,
    "brand": -1.5, "brandende": -2.0, "oververhitten": -2.0, "heet": -1.0, "gloeiend": -1.5,
    "gedoe": -1.5, "geschrokken": -1.5, "woest": -2.5, "boos": -2.0, "kwaad": -2.0,
    "frustrerend": -2.0, "grrr": -1.5, "pff": -1.0, "helaas": -1.0, "tekort": -1.0,
    "vertraging": -1.0, "alweer": -1.0, "terugroepactie": -1.5, "vuur": -1.0,
    "gewond": -2.5, "gevallen": -1.5, "aangereden": -2.0, "gescheurd": -2.0,
    "opgezwollen": -2.0, "advocaat": -1.5, "rechter": -1.5, "kampt": -1.0,
    "wachten": -0.5, "niemand": -0.5, "lek": -0.5, "onder": 0.0, "fout": -1.0, "fail": -2.0,
    "irritante": -2.0, "vervelend": -1.5, "ellende": -2.0, "rampzalig": -2.5, "ramp": -2.0,
    "stilte": -0.5, "sceptisch": -0.5, "overdrijven": -1.0, "schrik": -1.5,
}

# multi-word expressions, matched before single words (weight, reason)
PHRASES: dict[tuple[str, ...], float] = {
    ("nooit", "meer"): -2.0, ("klaar", "mee"): -2.0, ("onder", "de", "maat"): -2.0,
    ("niet", "oké"): -2.0, ("niet", "ok"): -2.0, ("geld", "terug"): -1.5,
    ("valt", "uit"): -1.5, ("valt", "steeds", "weg"): -1.5, ("vertrouw", "het", "niet"): -2.0,
    ("geen", "idee"): 0.0, ("alvast", "bedankt"): 0.0, ("onder", "vuur"): -1.5,
    ("blijft", "stil"): -1.5, ("niks", "mee"): -1.5, ("in", "het", "gelijk"): -0.5,
}

EMOJI: dict[str, float] = {
    "😍": 2.0, "🥰": 2.0, "👍": 1.0, "🙌": 1.5, "💚": 1.5, "❤": 1.5, "😊": 1.5, "🙂": 0.3,
    "💪": 1.0, "👌": 1.0, "🔥": 1.0, "☀": 0.5, "😁": 1.5, "😀": 1.5, "🎉": 1.5, "👏": 1.5,
    "😡": -2.0, "🤬": -2.5, "😤": -1.5, "👎": -2.0, "😩": -1.5, "😞": -1.5, "😒": -1.5,
    "🙄": -1.5, "😱": -1.5, "😢": -1.5, "😭": -1.5, "⚠": -1.0, "‼": -0.5, "🤮": -2.5,
}

HASHTAGS: dict[str, float] = {
    "#fail": -2.0, "#nietblij": -2.0, "#klacht": -1.5, "#blij": 1.5, "#aanrader": 2.0,
    "#fietsliefde": 1.5, "#trapkrachtgate": -1.5, "#accubrand": -1.5, "#terugroepactie": -1.0,
    "#boos": -2.0, "#top": 1.5, "#genieten": 1.5,
}

NEGATIES = {"niet", "geen", "nooit", "niks", "niets", "zonder"}
VERSTERKERS = {"heel": 1.5, "erg": 1.5, "echt": 1.3, "super": 1.5, "zeer": 1.5, "zo": 1.3,
               "enorm": 1.7, "extreem": 1.7, "ontzettend": 1.7, "totaal": 1.5, "helemaal": 1.3,
               "superblij": 1.0, "beetje": 0.5, "redelijk": 0.6, "vrij": 0.7}
CONTRAST = {"maar"}

# chat spelling -> standard spelling
CHATTAAL = {"nie": "niet", "egt": "echt", "gwn": "gewoon", "ff": "even", "idd": "inderdaad",
            "mss": "misschien", "da": "dat", "supr": "super", "heul": "heel", "goeie": "goed",
            "gaaaf": "gaaf", "ok": "oké", "oke": "oké", "okee": "oké", "tog": "toch", "nix": "niks"}

# everyday words that look like a typo of a sentiment word but are not ("vraag" is no "traag")
GEWONE_WOORDEN = {"vraag", "graag", "iemand", "gewoon", "gewone", "tussen", "ergens", "stond",
                  "weken", "heeft", "kraag", "brandweer", "winter", "beter", "winkel", "sterker", "lekker", "staan", "staat"}

_TOKEN = re.compile(r"#\w+|[\w'’\-]+|[^\w\s]", re.UNICODE)
_SUFFIXES = ("e", "en", "er", "ste", "st", "s")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# index for one-typo matches (a letter dropped, doubled, swapped or replaced)
_TYPO_INDEX: dict[str, str] = {}
for _w in sorted(LEXICON):
    if len(_w) >= 5 and LEXICON[_w] != 0:
        for _d in _deletes(_w) | {_w}:
            _TYPO_INDEX.setdefault(_d, _w)


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", str(text)).replace("\ufe0f", "")
    return [t for t in _TOKEN.findall(text)]


def _lookup(token: str) -> tuple[float | None, str, str]:
    """(weight, normalised word, reason) for one token; weight None if it carries no sentiment."""
    low = token.lower()
    if low in EMOJI:
        return EMOJI[low], low, "emoji"
    if low.startswith("#"):
        if low in HASHTAGS:
            return HASHTAGS[low], low, "hashtag"
        w, word, why = _lookup(low[1:]) if len(low) > 1 else (None, low, "")
        return (w, low, "hashtag") if w is not None else (None, low, "")
    low = CHATTAAL.get(low, low)
    if low in GEWONE_WOORDEN:
        return None, low, ""
    if low in LEXICON:
        return (LEXICON[low] or None), low, "woordenlijst"
    for suf in _SUFFIXES:
        stem = low[: -len(suf)]
        if low.endswith(suf) and len(stem) >= 4 and LEXICON.get(stem):
            return LEXICON[stem], stem, "woordenlijst (verbogen vorm)"
    if len(low) >= 5 and low.isalpha() and low not in GEWONE_WOORDEN:
        for cand in [low, *_deletes(low)]:
            if cand in _TYPO_INDEX:
                word = _TYPO_INDEX[cand]
                if abs(len(word) - len(low)) <= 1 and word[:2] == low[:2]:
                    return LEXICON[word], word, f"tikfout voor '{word}'"
    return None, low, ""


def _analyse(text: str) -> list[dict]:
    """Walk through the text once and return one row per token that carries sentiment."""
    if text is None or (isinstance(text, float) and text != text):
        return []
    toks = _tokens(text)
    low = [CHATTAAL.get(t.lower(), t.lower()) for t in toks]
    rows = []
    negate_left = 0          # tokens left in the scope of a negation
    boost = 1.0
    after_contrast = False
    contrast_seen = "maar" in low
    seen_emoji = set()
    i = 0
    while i < len(toks):
        tok = low[i]
        # multi-word expressions first
        matched = None
        for size in (3, 2):
            key = tuple(low[i:i + size])
            if len(key) == size and key in PHRASES:
                matched = (key, PHRASES[key])
                break
        if matched:
            key, w = matched
            if w:
                rows.append({"woord": " ".join(toks[i:i + len(key)]), "basis": w, "factor": 1.0,
                             "reden": "uitdrukking"})
                if contrast_seen:
                    rows[-1]["factor"] = 1.5 if after_contrast else 0.5
                    rows[-1]["reden"] += ", na 'maar'" if after_contrast else ", vóór 'maar'"
            negate_left, boost = 0, 1.0
            i += len(key)
            continue
        if tok in CONTRAST:
            after_contrast = True
            negate_left, boost = 0, 1.0
            i += 1
            continue
        if tok in {".", "!", "?", ",", ";", ":", "en", "of", "want"}:
            negate_left, boost = 0, 1.0
            i += 1
            continue
        if tok in NEGATIES:
            negate_left = 3
            i += 1
            continue
        w, word, why = _lookup(toks[i])
        if why == "emoji":
            if word in seen_emoji:      # a repeated emoji counts once
                i += 1
                continue
            seen_emoji.add(word)
        if tok in VERSTERKERS and i + 1 < len(toks) and _lookup(toks[i + 1])[0] is not None:
            boost *= VERSTERKERS[tok]
            i += 1
            continue
        if w is not None:
            factor, reasons = boost, [why]
            if boost != 1.0:
                reasons.append(f"versterkt x{boost:g}")
            if negate_left > 0 and why not in ("emoji", "hashtag"):
                factor = -factor
                reasons.append("ontkend")
            if contrast_seen:
                factor *= 1.5 if after_contrast else 0.5
                reasons.append("na 'maar'" if after_contrast else "vóór 'maar'")
            rows.append({"woord": toks[i], "basis": w, "factor": factor, "reden": ", ".join(reasons)})
            negate_left, boost = 0, 1.0
        elif negate_left > 0:
            negate_left -= 1
        i += 1
    for r in rows:
        r["bijdrage"] = round(r["basis"] * r["factor"], 3)
    return rows


def _score_one(text) -> float:
    return round(sum(r["bijdrage"] for r in _analyse(text)), 3)


def _label_one(score: float) -> str:
    if score > DREMPEL:
        return "positief"
    if score < -DREMPEL:
        return "negatief"
    return "neutraal"


def _is_series(x) -> bool:
    return hasattr(x, "map") and hasattr(x, "index")


def score_text(text):
    """Geef de sentimentscore van een tekst (of van elke tekst in een Series).

    Positief getal = positief sentiment, negatief getal = negatief, rond 0 = neutraal.

    Voorbeeld:
        >>> from smmlib.sentiment import score_text
        >>> score_text("Heel blij met mijn fiets 😍")
        5.0
        >>> score_text("niet goed")
        -1.5
    """
    if _is_series(text):
        return text.map(_score_one).astype(float)
    return _score_one(text)


def label(text):
    """Geef het label "positief", "neutraal" of "negatief" voor een tekst of een Series.

    Voorbeeld:
        >>> from smmlib.sentiment import label
        >>> label("Klantenservice reageert gewoon niet, waardeloos")
        'negatief'
        >>> import pandas as pd
        >>> label(pd.Series(["top!", "weet iemand de openingstijden?"])).tolist()
        ['positief', 'neutraal']
    """
    if _is_series(text):
        return text.map(lambda t: _label_one(_score_one(t)))
    return _label_one(_score_one(text))


def explain(text):
    """Laat zien welke woorden, emoji en hashtags de score van een tekst bepalen.

    Geeft een DataFrame met per gevonden woord: het ``woord`` zoals in de tekst, het
    gewicht in de woordenlijst (``basis``), de ``factor`` (ontkenning = min, versterker
    groter dan 1), de ``bijdrage`` aan de score en de ``reden``.

    Voorbeeld:
        >>> from smmlib.sentiment import explain
        >>> tabel = explain("De app is echt niet handig 🙄")
        >>> tabel["woord"].tolist(), tabel["bijdrage"].tolist()
        (['handig', '🙄'], [-1.0, -1.5])
        >>> tabel["reden"].tolist()
        ['woordenlijst, ontkend', 'emoji']
    """
    import pandas as pd

    return pd.DataFrame(_analyse(text), columns=["woord", "basis", "factor", "bijdrage", "reden"])


def evaluate(texts, true_labels) -> dict:
    """Meet hoe goed de sentimentscore de labels voorspelt: accuracy en F1 per klasse.

    Voorbeeld:
        >>> from smmlib import load_dataset
        >>> from smmlib.sentiment import evaluate
        >>> m = load_dataset("mentions")
        >>> res = evaluate(m["text"], m["sentiment"])
        >>> round(res["accuracy"], 2) > 0.7
        True
    """
    import pandas as pd

    pred = label(pd.Series(list(texts)))
    true = pd.Series(list(true_labels), dtype="str")
    out = {"accuracy": float((pred.to_numpy() == true.to_numpy()).mean()), "f1": {}}
    for cls in ["positief", "neutraal", "negatief"]:
        tp = int(((pred == cls) & (true == cls)).sum())
        fp = int(((pred == cls) & (true != cls)).sum())
        fn = int(((pred != cls) & (true == cls)).sum())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out["f1"][cls] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out["macro_f1"] = sum(out["f1"].values()) / 3
    return out
