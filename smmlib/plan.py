"""SMART-doelen en het meetplan controleren, met één Nederlandse melding per fout.

Elke fout is een ``Violation`` met vier velden:

* ``rule``: een vaste code van de regel (hieronder), handig voor tests;
* ``criterion``: bij een SMART-doel de SMART-letter ("specifiek", "meetbaar",
  "acceptabel", "realistisch", "tijdgebonden"); bij een meetplan de kolom
  waar het om gaat, of "plan" voor het plan als geheel;
* ``row``: bij een meetplan het rijnummer, geteld vanaf 0 zoals pandas het
  laat zien; bij een SMART-doel None;
* ``message``: de uitleg in het Nederlands, met wat je moet verbeteren.

Regels voor een SMART-doel (``smart_check``)
---------------------------------------------
Een doel is een dict met de sleutels doel, kpi, kanaal, doelgroep,
nulmeting, streefwaarde, deadline en eigenaar.

======================== ============ =================================================
rule                     criterion    wanneer
======================== ============ =================================================
specifiek_doel           specifiek    'doel' (de omschrijving) is leeg
specifiek_kpi            specifiek    'kpi' is leeg of staat niet in de KPI-catalogus
specifiek_kanaal         specifiek    'kanaal' is leeg
specifiek_doelgroep      specifiek    'doelgroep' is leeg
meetbaar_nulmeting       meetbaar     'nulmeting' is geen getal (120, of 20% bij een aandeel)
meetbaar_streefwaarde    meetbaar     'streefwaarde' is geen getal
meetbaar_niveau          meetbaar     'streefwaarde' is een groei ('+20%', '20% meer'), geen
                                      niveau: dan is niet af te lezen wanneer het doel gehaald is
meetbaar_eenheid         meetbaar     nulmeting en streefwaarde staan niet in één eenheid
                                      (een percentage naast een aantal, zoals '20%' en 3000)
acceptabel_eigenaar      acceptabel   'eigenaar' is leeg (niemand is verantwoordelijk)
realistisch_gelijk       realistisch  streefwaarde is gelijk aan de nulmeting
realistisch_richting     realistisch  de streefwaarde gaat de verkeerde kant op (lager
                                      bij een KPI waar hoger beter is, of andersom)
realistisch_te_groot     realistisch  meer dan +200% groei (streefwaarde > 3 x nulmeting),
                                      of bij tijden/kosten minder dan een derde
tijdgebonden_deadline    tijdgebonden 'deadline' is geen datum of termijn met een jaar (bijv.
                                      '2025-12-31', '31 december 2025', 'eind 2025', 'Q4 2025')
======================== ============ =================================================

De drie realistisch-regels worden alleen gecontroleerd als nulmeting en
streefwaarde allebei getallen zijn; een nulmeting van 0 heeft geen
groeigrens. Of een KPI "lager is beter" is (tijden, kosten), staat in de
KPI-catalogus (``kpi.lower_is_better``). Een deadline in het verleden wordt
niet afgekeurd, zodat dezelfde opdracht altijd dezelfde score geeft.

Regels voor een meetplan (``validate_measurement_plan``)
--------------------------------------------------------
Een meetplan heeft precies de kolommen doel, kpi, metric, bron, streefwaarde,
frequentie en eigenaar (``MEASUREMENT_PLAN_COLUMNS``).

============= ===============================================================
rule          wanneer
============= ===============================================================
kolommen      een verplichte kolom ontbreekt of er staat een extra kolom in
              (één melding per kolom)
leeg          een cel is leeg (noemt rij en kolom)
kpi_onbekend  de KPI staat niet in de catalogus (met een suggestie)
ijdelheid     de KPI is een ijdelheidsmetric voor het doel
kpi_past_niet de KPI past niet bij het type doel (als het doel bekend is:
              via ``goal`` of omdat de kolom doel een type doel noemt).
              Is de KPI al een ijdelheidsmetric, dan volgt alleen die melding.
streefwaarde  de streefwaarde is geen positief getal
frequentie    de frequentie is niet dagelijks, wekelijks, maandelijks,
              per kwartaal of per campagne
dubbel        dezelfde KPI staat twee keer in het plan
te_weinig     het plan heeft minder dan 2 rijen (KPI's)
niet_ingevuld een tekstcel bevat nog een opvulling ("x", "...", "?") in plaats
              van een antwoord
============= ===============================================================

Kolomnamen mogen met hoofdletters ("Doel"), een streefwaarde mag als tekst
("300", "2,5%", "€ 25") en een frequentie in eigen woorden ("per maand").

Voorbeeld:
    >>> from smmlib import plan
    >>> fouten = plan.validate_measurement_plan(plan.measurement_plan_template())
    >>> fouten
    []
"""
# For developers: one cohesive module on purpose: the SMART rules and the measurement-plan rules share
# the Violation type and the Dutch messages.
import datetime as _dt
import math
from typing import NamedTuple, Optional

from smmlib import kpi as _kpi
from smmlib.notations import normalize_text, parse_deadline, parse_number

__all__ = [
    "Violation", "SMART_CRITERIA", "SMART_KEYS", "MEASUREMENT_PLAN_COLUMNS",
    "FREQUENCIES", "MAX_GROWTH", "smart_check", "missing_smart_criteria",
    "smart_goal_template", "validate_measurement_plan", "measurement_plan_template",
    "explain_violations", "rows_for_goal", "is_placeholder",
]


class Violation(NamedTuple):
    """Eén overtreden regel: code, criterium of kolom, rij (of None) en uitleg."""
    rule: str
    criterion: str
    row: Optional[int]
    message: str


SMART_CRITERIA = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
SMART_KEYS = ("doel", "kpi", "kanaal", "doelgroep", "nulmeting", "streefwaarde",
              "deadline", "eigenaar")
MEASUREMENT_PLAN_COLUMNS = ("doel", "kpi", "metric", "bron", "streefwaarde",
                            "frequentie", "eigenaar")
FREQUENCIES = ("dagelijks", "wekelijks", "maandelijks", "per kwartaal", "per campagne")
FREQUENCY_SYNONYMS = {"per dag": "dagelijks", "elke dag": "dagelijks", "iedere dag": "dagelijks",
                      "per week": "wekelijks", "elke week": "wekelijks", "iedere week": "wekelijks",
                      "per maand": "maandelijks", "elke maand": "maandelijks", "iedere maand": "maandelijks",
                      "kwartaal": "per kwartaal", "elk kwartaal": "per kwartaal", "ieder kwartaal": "per kwartaal",
                      "driemaandelijks": "per kwartaal", "na elke campagne": "per campagne",
                      "na iedere campagne": "per campagne", "campagne": "per campagne"}
TEXT_COLUMNS = ("doel", "kpi", "metric", "bron", "eigenaar")
PLACEHOLDERS = {"x", "xx", "xxx", "todo", "tbd", "nvt", "n v t", "invullen", "jouw antwoord hier", "antwoord",
                "iets", "test", "abc", "asdf", "bla"}
MAX_GROWTH = 2.0  # +200%: the target may be at most 3 x the baseline


# ----------------------------------------------------------------- small helpers
def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas NA/NaT, no pandas import
        return True
    try:  # numpy NaN and friends
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _number(value):
    """A finite float from a value that is not text (text goes through ``_measure``), or None."""
    if isinstance(value, bool) or _is_empty(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


_GROWTH_WORDS = ("meer", "hoger", "erbij", "extra", "groei", "stijging", "omhoog")


def _measure(value):
    """(getal, eenheid) van een nulmeting of streefwaarde, of None als het geen getal is.

    De eenheid is '%' voor een percentage ('20%', 0,2 wordt dan 0.2), '+' voor een groei
    ('+20%', '20% meer') en '' voor een gewoon getal (120, '1.234', '12,5').
    """
    if not isinstance(value, str):
        number = _number(value)
        return None if number is None else (number, "")
    words = value.strip().lower().split()
    growth = value.strip().startswith("+") or any(word in _GROWTH_WORDS for word in words)
    core = " ".join(word for word in words if word not in _GROWTH_WORDS).lstrip("+").strip()
    number = parse_number(core)
    if number is None or not math.isfinite(number):
        return None
    if growth:
        return number, "+"
    return number, ("%" if "%" in core or "procent" in core else "")


def _date(value):
    """A datetime.date, or None when the value is not a valid date."""
    if _is_empty(value):
        return None
    if isinstance(value, _dt.datetime):
        try:
            return value.date()
        except ValueError:
            return None
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for parse in (_dt.date.fromisoformat, lambda t: _dt.datetime.fromisoformat(t).date()):
            try:
                return parse(text)
            except ValueError:
                continue
        return parse_deadline(text)    # "31 december 2026", "eind 2026", "Q4 2026": a time-bound goal too
    return None


def _text(value):
    return "" if _is_empty(value) else str(value).strip()


def is_placeholder(value):
    """Is this empty, or a stand-in for an answer ("x", "...", "?", "todo") rather than an answer?"""
    text = normalize_text(_text(value))
    return len(text) < 2 or text in PLACEHOLDERS or not any(ch.isalpha() for ch in text)


def _column(name):
    """A column name as the plan's rules know it ("Doel " -> "doel")."""
    key = normalize_text(name).replace(" ", "")
    return next((c for c in MEASUREMENT_PLAN_COLUMNS if c == key), str(name))


def _frequency(value):
    text = normalize_text(_text(value))
    return FREQUENCY_SYNONYMS.get(text, text)


# ----------------------------------------------------------------- SMART
def smart_goal_template():
    """Een voorbeeld van een SMART-doel als dict, om aan te passen.

    Voorbeeld:
        >>> doel = smart_goal_template()
        >>> smart_check(doel)
        []
    """
    return {
        "doel": "Meer proefritaanvragen via Instagram van jonge forenzen",
        "kpi": "formulierstarts",
        "kanaal": "Instagram",
        "doelgroep": "forenzen van 25-40 jaar in de Randstad",
        "nulmeting": 120,
        "streefwaarde": 180,
        "deadline": "2025-12-31",
        "eigenaar": "socialmediamanager",
    }


def smart_check(goal):
    """Controleer een SMART-doel en geef een lijst met fouten (leeg = goed).

    ``goal`` is een dict met de sleutels doel, kpi, kanaal, doelgroep,
    nulmeting, streefwaarde, deadline en eigenaar. De regels en hun codes
    staan bovenaan deze module (``help(plan)``).

    Voorbeeld:
        >>> doel = smart_goal_template()
        >>> doel["eigenaar"] = ""
        >>> [v.rule for v in smart_check(doel)]
        ['acceptabel_eigenaar']
    """
    if not isinstance(goal, dict):
        raise TypeError(
            "Een SMART-doel is een dict, bijvoorbeeld {'doel': ..., 'kpi': ..., ...}. "
            f"Je gaf een {type(goal).__name__}. Begin met plan.smart_goal_template()."
        )
    found = []

    def add(rule, criterion, message):
        found.append(Violation(rule, criterion, None, message))

    def absent(key):
        return f" (de sleutel {key!r} ontbreekt in je dict)" if key not in goal else ""

    if is_placeholder(goal.get("doel")):
        add("specifiek_doel", "specifiek",
            "Specifiek: beschrijf in 'doel' in een zin wat je wilt bereiken" + absent("doel") + ".")
    kpi_name = goal.get("kpi")
    canonical = None
    if _is_empty(kpi_name):
        add("specifiek_kpi", "specifiek",
            "Specifiek: vul bij 'kpi' in waaraan je het doel meet, bijvoorbeeld 'ctr'"
            + absent("kpi") + ".")
    else:
        try:
            canonical = _kpi.normalize_kpi(str(kpi_name))
        except ValueError as error:
            add("specifiek_kpi", "specifiek",
                f"Specifiek: de KPI is onbekend. {error} Kies een KPI uit kpi.all_kpis().")
    if is_placeholder(goal.get("kanaal")) and normalize_text(_text(goal.get("kanaal"))) != "x":   # X is a platform
        add("specifiek_kanaal", "specifiek",
            "Specifiek: vul bij 'kanaal' in op welk kanaal het doel gaat, bijvoorbeeld 'Instagram'"
            + absent("kanaal") + ".")
    if is_placeholder(goal.get("doelgroep")):
        add("specifiek_doelgroep", "specifiek",
            "Specifiek: vul bij 'doelgroep' in wie je wilt bereiken, bijvoorbeeld "
            "'forenzen van 25-40 jaar'" + absent("doelgroep") + ".")

    baseline_measure = _measure(goal.get("nulmeting"))
    target_measure = _measure(goal.get("streefwaarde"))
    baseline_ok = baseline_measure is not None and baseline_measure[1] != "+"
    target_ok = target_measure is not None and target_measure[1] != "+"
    baseline = target = None
    if not baseline_ok:
        add("meetbaar_nulmeting", "meetbaar",
            "Meetbaar: de 'nulmeting' (waar je nu staat) moet een getal zijn, bijvoorbeeld 120, of 20% "
            f"bij een aandeel (nu: {goal.get('nulmeting')!r})" + absent("nulmeting") + ".")
    if target_measure is None:
        add("meetbaar_streefwaarde", "meetbaar",
            "Meetbaar: de 'streefwaarde' (waar je naartoe wilt) moet een getal zijn, bijvoorbeeld 180 "
            f"(nu: {goal.get('streefwaarde')!r})" + absent("streefwaarde") + ".")
    elif not target_ok:
        add("meetbaar_niveau", "meetbaar",
            f"Meetbaar: de streefwaarde {goal.get('streefwaarde')!r} is een groei, geen niveau. Schrijf het "
            "niveau dat je wilt halen, in de eenheid van de nulmeting (bij een nulmeting van 120 en 20% groei: "
            "144). Bij een aandeel van 20% kan '+10%' zowel 30% als 22% betekenen.")
    if baseline_ok and target_ok:
        units = {unit for _, unit in (baseline_measure, target_measure)}
        plain = [number for number, unit in (baseline_measure, target_measure) if unit == ""]
        if units == {"%", ""} and any(abs(number) > 1 for number in plain):
            add("meetbaar_eenheid", "meetbaar",
                "Meetbaar: nulmeting en streefwaarde staan niet in één eenheid (een percentage naast een "
                f"aantal: {goal.get('nulmeting')!r} en {goal.get('streefwaarde')!r}). Gebruik voor allebei "
                "dezelfde eenheid.")
        else:
            baseline, target = baseline_measure[0], target_measure[0]

    if is_placeholder(goal.get("eigenaar")):
        add("acceptabel_eigenaar", "acceptabel",
            "Acceptabel: vul bij 'eigenaar' in wie het doel heeft geaccepteerd en ervoor "
            "verantwoordelijk is, bijvoorbeeld 'socialmediamanager'" + absent("eigenaar") + ".")

    if baseline is not None and target is not None:
        lower_better = bool(canonical) and _kpi.lower_is_better(canonical)
        if target == baseline:
            add("realistisch_gelijk", "realistisch",
                "Realistisch: de streefwaarde is gelijk aan de nulmeting; dan is er niets te "
                "bereiken. Kies een streefwaarde die een verbetering is.")
        elif (target < baseline) != lower_better:
            if lower_better:
                text = (f"bij '{canonical}' is lager beter, maar je streefwaarde ({target:g}) "
                        f"ligt boven de nulmeting ({baseline:g})")
            else:
                text = (f"je streefwaarde ({target:g}) ligt onder de nulmeting ({baseline:g}), "
                        "terwijl je bij deze KPI groei nastreeft")
            add("realistisch_richting", "realistisch",
                f"Realistisch: {text}. Controleer of je nulmeting en streefwaarde niet omgedraaid zijn.")
        elif baseline > 0 and not lower_better and target > baseline * (1 + MAX_GROWTH):
            add("realistisch_te_groot", "realistisch",
                f"Realistisch: van {baseline:g} naar {target:g} is meer dan "
                f"{MAX_GROWTH:.0%} groei. Kies een haalbaardere streefwaarde "
                f"(hoogstens {baseline * (1 + MAX_GROWTH):g}) of een langere termijn.")
        elif baseline > 0 and lower_better and target < baseline / (1 + MAX_GROWTH):
            add("realistisch_te_groot", "realistisch",
                f"Realistisch: van {baseline:g} naar {target:g} is minder dan een derde van "
                f"nu. Kies een haalbaardere streefwaarde (minstens "
                f"{baseline / (1 + MAX_GROWTH):.4g}) of een langere termijn.")

    if _date(goal.get("deadline")) is None:
        add("tijdgebonden_deadline", "tijdgebonden",
            "Tijdgebonden: vul bij 'deadline' een datum of termijn met een jaar in, bijvoorbeeld '2025-12-31' "
            "of 'eind 2025' "
            f"(nu: {goal.get('deadline')!r})" + absent("deadline") + ".")
    return found


def missing_smart_criteria(goal):
    """Welke SMART-criteria haalt dit doel niet? In de volgorde S-M-A-R-T.

    Voorbeeld:
        >>> doel = smart_goal_template()
        >>> doel["deadline"] = "ooit"
        >>> doel["kanaal"] = ""
        >>> missing_smart_criteria(doel)
        ['specifiek', 'tijdgebonden']
    """
    failed = {v.criterion for v in smart_check(goal)}
    return [c for c in SMART_CRITERIA if c in failed]


# ----------------------------------------------------------------- measurement plan
def measurement_plan_template():
    """Een voorbeeldmeetplan als tabel met de juiste kolommen en twee rijen.

    Het voorbeeld heeft twee rijen, omdat een meetplan minstens twee KPI's
    nodig heeft. Pas de rijen aan voor jouw doel.

    Voorbeeld:
        >>> list(measurement_plan_template().columns)
        ['doel', 'kpi', 'metric', 'bron', 'streefwaarde', 'frequentie', 'eigenaar']
    """
    import pandas as pd

    rows = [
        {"doel": "verkeer naar website", "kpi": "sessies vanuit social",
         "metric": "sessies met bron social per week", "bron": "Google Analytics 4",
         "streefwaarde": 1200, "frequentie": "wekelijks", "eigenaar": "socialmediamanager"},
        {"doel": "verkeer naar website", "kpi": "ctr",
         "metric": "klikken / impressies", "bron": "Meta Ads Manager",
         "streefwaarde": 0.015, "frequentie": "wekelijks", "eigenaar": "performance marketeer"},
    ]
    return pd.DataFrame(rows, columns=list(MEASUREMENT_PLAN_COLUMNS))


def _records(plan):
    """(column names, list of row dicts) from a DataFrame or list of dicts."""
    if isinstance(plan, dict):
        raise TypeError("Een meetplan is een tabel (DataFrame) of een lijst met dicts, "
                        "één dict per KPI. Je gaf één dict; zet er [ ] omheen.")
    if hasattr(plan, "columns") and hasattr(plan, "to_dict"):
        columns = [str(c) for c in plan.columns]
        rows = [dict(zip(columns, values)) for values in plan.itertuples(index=False, name=None)]
        return columns, rows
    if isinstance(plan, (list, tuple)):
        columns = []
        for i, row in enumerate(plan):
            if not isinstance(row, dict):
                raise TypeError(f"Rij {i} van het meetplan is geen dict. Gebruik één dict per KPI, "
                                "bijvoorbeeld {'doel': ..., 'kpi': ..., ...}.")
            for key in row:
                if str(key) not in columns:
                    columns.append(str(key))
        return columns, [{str(k): v for k, v in row.items()} for row in plan]
    raise TypeError("Een meetplan is een tabel (DataFrame) of een lijst met dicts. "
                    "Begin met plan.measurement_plan_template().")


def validate_measurement_plan(plan, goal=None):
    """Controleer een meetplan en geef een lijst met fouten (leeg = goed).

    ``plan`` is een DataFrame of een lijst met dicts met de kolommen doel,
    kpi, metric, bron, streefwaarde, frequentie en eigenaar. Geef ``goal``
    (een type doel, bijvoorbeeld "leads of aanvragen") mee om te controleren
    of de KPI's bij dat doel passen; zonder ``goal`` wordt per rij gekeken of
    de kolom doel een type doel noemt. De regels staan bovenaan deze module.

    Voorbeeld:
        >>> plan = measurement_plan_template()
        >>> plan.loc[1, "kpi"] = "likes"
        >>> [v.rule for v in validate_measurement_plan(plan)]
        ['ijdelheid']
    """
    fixed_goal = _kpi.normalize_goal(goal) if goal is not None else None
    columns, rows = _records(plan)
    columns = [_column(c) for c in columns]
    rows = [{_column(k): v for k, v in row.items()} for row in rows]
    found = []
    required = list(MEASUREMENT_PLAN_COLUMNS)
    column_list = ", ".join(required)

    for col in required:
        if col not in columns:
            found.append(Violation("kolommen", col, None, f"De kolom {col!r} ontbreekt in het meetplan."))
    for col in columns:
        if col not in required:
            found.append(Violation("kolommen", col, None,
                                   f"De kolom {col!r} hoort niet in een meetplan. "
                                   f"Gebruik precies deze kolommen: {column_list}."))
    if len(rows) < 2:
        found.append(Violation("te_weinig", "plan", None,
                               f"Een meetplan heeft minstens 2 KPI's (rijen) nodig; dit plan heeft er "
                               f"{len(rows)}. Meet een doel altijd met meer dan één getal."))

    seen = {}
    for i, row in enumerate(rows):
        empty = set()
        for col in required:
            if col in columns and _is_empty(row.get(col)):
                empty.add(col)
                found.append(Violation("leeg", col, i, f"Rij {i}: de kolom {col!r} is leeg. Vul hem in."))
            elif col in TEXT_COLUMNS and col in columns and is_placeholder(row.get(col)):
                empty.add(col)
                found.append(Violation("niet_ingevuld", col, i, f"Rij {i}: de kolom {col!r} is nog niet "
                                                                f"ingevuld (nu: {row.get(col)!r})."))

        row_goal = fixed_goal
        if row_goal is None and "doel" in columns:
            row_goal = _kpi.goal_from_text(_text(row.get("doel")))

        if "kpi" in columns and "kpi" not in empty:
            name = _text(row.get("kpi"))
            canonical = None
            try:
                canonical = _kpi.normalize_kpi(name)
            except ValueError as error:
                found.append(Violation("kpi_onbekend", "kpi", i, f"Rij {i}: {error}"))
            if canonical is not None:
                if _kpi.is_vanity(canonical, row_goal):
                    found.append(Violation("ijdelheid", "kpi", i,
                                           f"Rij {i}: {_kpi.vanity_reason(canonical, row_goal)}"))
                elif row_goal is not None and not _kpi.is_kpi_for(canonical, row_goal):
                    fitting = ", ".join(_kpi.kpis_for(row_goal))
                    found.append(Violation("kpi_past_niet", "kpi", i,
                                           f"Rij {i}: de KPI '{canonical}' past niet bij het doel "
                                           f"'{row_goal}'. Passende KPI's zijn: {fitting}."))
                if canonical in seen:
                    found.append(Violation("dubbel", "kpi", i,
                                           f"Rij {i}: de KPI '{canonical}' staat ook al in rij "
                                           f"{seen[canonical]}. Elke KPI hoort één keer in het meetplan."))
                else:
                    seen[canonical] = i

        if "streefwaarde" in columns and "streefwaarde" not in empty:
            value = row.get("streefwaarde")
            number = parse_number(value)
            if number is None or number <= 0:
                found.append(Violation("streefwaarde", "streefwaarde", i,
                                       f"Rij {i}: de streefwaarde moet een positief getal zijn, bijvoorbeeld "
                                       f"300, 0.05 of '5%' (nu: {value!r})."))

        if "frequentie" in columns and "frequentie" not in empty:
            value = row.get("frequentie")
            if _frequency(value) not in FREQUENCIES:
                valid = ", ".join(repr(f) for f in FREQUENCIES)
                found.append(Violation("frequentie", "frequentie", i,
                                       f"Rij {i}: de frequentie {value!r} is onbekend. Kies uit: {valid}."))
    return found


def rows_for_goal(plan, goal):
    """How many rows of the plan measure the goal: a filled-in row whose KPI fits it (not a vanity metric)."""
    columns, rows = _records(plan)
    bad = {v.row for v in validate_measurement_plan(plan, goal) if v.criterion == "kpi" and v.rule != "dubbel"}
    kpi_column = any(_column(c) == "kpi" for c in columns)
    return sum(1 for i in range(len(rows)) if kpi_column and i not in bad)


def explain_violations(violations):
    """Zet een lijst fouten om naar leesbare tekst: één regel per fout.

    Voorbeeld:
        >>> print(explain_violations([]))
        Geen fouten gevonden: alles klopt.
        >>> doel = smart_goal_template()
        >>> doel["eigenaar"] = None
        >>> print(explain_violations(smart_check(doel)))
        - [acceptabel] Acceptabel: vul bij 'eigenaar' in wie het doel heeft geaccepteerd en ervoor verantwoordelijk is, bijvoorbeeld 'socialmediamanager'.
    """
    if not violations:
        return "Geen fouten gevonden: alles klopt."
    return "\n".join(f"- [{v.criterion}] {v.message}" for v in violations)
