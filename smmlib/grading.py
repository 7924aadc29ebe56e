"""Nakijkhulp voor de testcellen van de opdrachten.

Elke opgave heeft één testcel met een ``Check``. Het zichtbare deel controleert
de vorm van je antwoord (type, kolommen, toegestane woorden) en zegt in het
Nederlands wat je moet verbeteren. Het verborgen deel (alleen bij het nakijken)
vergelijkt de inhoud met een referentie die uit de data wordt berekend, en
geeft punten per goed onderdeel.

Het patroon van een testcel (kopieer het voor een nieuwe opgave)::

    from smmlib.grading import Check
    check = Check("ch04_analytics_03_beste_format", points=3)
    check.is_dict(beste_format, "beste_format", keys=["Instagram", "Facebook"])
    ### BEGIN HIDDEN TESTS
    check.score_mapping(beste_format, referentie, points=3)
    ### END HIDDEN TESTS
    check.score()

Regels voor de score (zie design §7): ``score()`` geeft een gewone ``float``
tussen 0 en het aantal punten, of ``None`` als alleen de vorm is gecontroleerd
(bij jou thuis, of bij Validate). Zo ziet nbgrader de deelscore, en zie jij
geen "0 punten" terwijl de inhoud nog niet is nagekeken.
"""
import builtins
import importlib.util
import math
import numbers
import os
from pathlib import Path

# Captured at import time, before any student code can shadow them.
_float = builtins.float
_print = builtins.print
_isinstance = builtins.isinstance

OK = "✔"
WRONG = "✘"
HINT = "➜"


def fresh(name):
    """Laad een verse kopie van een smmlib-module, los van wat er in deze sessie mee gebeurd is.

    De verborgen tests rekenen hun referentie hiermee uit, zodat een aangepaste
    module in je notebook de referentie niet verandert.

    Voorbeeld:
        >>> fresh("smmlib.kpi").normalize_kpi("klikratio")
        'ctr'
    """
    short = name.split(".")[-1]
    path = Path(__file__).with_name(f"{short}.py")
    spec = importlib.util.spec_from_file_location(f"smmlib._fresh_{short}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_autograding():
    return os.environ.get("NBGRADER_EXECUTION") == "autograde"


def as_number(value):
    """Zet een getal-achtig antwoord om naar een gewone ``float``, of ``None``.

    Accepteert int, float, NumPy-getallen, een array of Series met één waarde.
    Tekst, bool en lege waarden geven ``None``.

    Voorbeeld:
        >>> as_number(3)
        3.0
        >>> as_number("drie") is None
        True
    """
    if _isinstance(value, bool) or value is None:
        return None
    if hasattr(value, "to_numpy") and hasattr(value, "__len__"):
        value = value.to_numpy()
    if hasattr(value, "shape") and hasattr(value, "ravel"):
        flat = value.ravel()
        if flat.shape != (1,):
            return None
        value = flat[0]
    if hasattr(value, "item") and not _isinstance(value, numbers.Number):
        value = value.item()
    if _isinstance(value, numbers.Real) and not _isinstance(value, bool):
        number = _float(value)
        return None if math.isnan(number) else number
    try:  # NumPy scalars that are not registered as numbers.Real
        number = _float(value.item())
    except Exception:
        return None
    return None if math.isnan(number) else number


def as_text_list(value):
    """Zet een lijst-achtig antwoord (list, tuple, set, array, Series) om naar een lijst tekst.

    Geeft ``None`` als het geen lijst met alleen tekst is.

    Voorbeeld:
        >>> as_text_list(("bereik", "ctr"))
        ['bereik', 'ctr']
    """
    if _isinstance(value, (str, bytes, dict)) or value is None:
        return None
    if hasattr(value, "tolist"):
        value = value.tolist()
    try:
        items = list(value)
    except TypeError:
        return None
    if not all(_isinstance(item, str) for item in items):
        return None
    return [str(item) for item in items]


def _clean(text):
    return " ".join(str(text).strip().lower().split())


class Check:
    """Kijkt één opgave na en houdt de feedback en de deelscore bij.

    Voorbeeld:
        >>> check = Check("ch04_analytics_05_likes_leads", points=2)
        >>> check.is_number(0.1, "correlatie")
        True
    """

    def __init__(self, grade_id, points):
        self.grade_id = grade_id
        self.points = _float(points)
        self.shape_ok = True
        self.earned = None

    # ---- feedback ------------------------------------------------------------
    def say(self, symbol, message):
        """Print één regel feedback."""
        _print(f"{symbol} {message}", flush=True)

    def problem(self, message):
        """Noteer een vormfout: deze opgave krijgt dan 0 punten."""
        self.shape_ok = False
        self.say(WRONG, message)
        return False

    def require(self, condition, message):
        """Controleer een voorwaarde; als die niet klopt, is dat een vormfout."""
        return True if condition else self.problem(message)

    # ---- visible shape checks -----------------------------------------------
    def is_number(self, value, name, low=None, high=None):
        """Controleer dat ``value`` één getal is (eventueel tussen ``low`` en ``high``)."""
        number = as_number(value)
        if number is None:
            return self.problem(f"`{name}` moet één getal zijn, maar is nu {type(value).__name__}: {value!r:.60}.")
        if low is not None and number < low or high is not None and number > high:
            return self.problem(f"`{name}` = {number:g} ligt niet tussen {low} en {high}. Controleer je berekening.")
        return True

    def is_text_list(self, value, name, allowed=None, min_len=None, max_len=None):
        """Controleer dat ``value`` een lijst tekst is, met alleen woorden uit ``allowed``."""
        items = as_text_list(value)
        if items is None:
            return self.problem(f"`{name}` moet een lijst met tekst zijn, zoals ['bereik', 'ctr'].")
        if min_len is not None and len(items) < min_len:
            return self.problem(f"`{name}` moet minstens {min_len} elementen hebben; nu {len(items)}.")
        if max_len is not None and len(items) > max_len:
            return self.problem(f"`{name}` mag hoogstens {max_len} elementen hebben; nu {len(items)}.")
        if allowed is not None:
            allowed_clean = {_clean(a) for a in allowed}
            unknown = [item for item in items if _clean(item) not in allowed_clean]
            if unknown:
                return self.problem(
                    f"`{name}` bevat woorden die niet in de keuzelijst staan: {unknown}. "
                    f"Kies uit: {sorted(allowed)}."
                )
        return True

    def is_dict(self, value, name, keys=None):
        """Controleer dat ``value`` een dict is met precies de sleutels ``keys``."""
        if not _isinstance(value, dict):
            return self.problem(f"`{name}` moet een dict zijn, zoals {{'sleutel': waarde}}; nu {type(value).__name__}.")
        if keys is not None:
            missing = [k for k in keys if k not in value]
            extra = [k for k in value if k not in keys]
            if missing:
                return self.problem(f"In `{name}` ontbreken de sleutels {missing}.")
            if extra:
                return self.problem(f"`{name}` heeft sleutels die er niet bij horen: {extra}. Gebruik alleen {list(keys)}.")
        return True

    def is_frame(self, value, name, columns=None, min_rows=1):
        """Controleer dat ``value`` een DataFrame is met (minstens) de kolommen ``columns``."""
        if not (hasattr(value, "columns") and hasattr(value, "iloc")):
            return self.problem(f"`{name}` moet een tabel (DataFrame) zijn; nu {type(value).__name__}.")
        if columns is not None:
            missing = [c for c in columns if c not in list(value.columns)]
            if missing:
                return self.problem(
                    f"In de tabel `{name}` ontbreken de kolommen {missing}. "
                    f"Je tabel heeft: {list(value.columns)}. Tip: gebruik .reset_index() na een groupby."
                )
        if min_rows is not None and len(value) < min_rows:
            return self.problem(f"De tabel `{name}` heeft {len(value)} rijen; verwacht minstens {min_rows}.")
        return True

    # ---- hidden content scoring ---------------------------------------------
    def _add(self, points):
        self.earned = (self.earned or 0.0) + _float(points)

    def award(self, points, message=None):
        """Geef punten voor een goed onderdeel (alleen als de vorm klopt)."""
        if not self.shape_ok:
            return
        self._add(points)
        if message:
            self.say(OK, message)

    def deduct(self, points, message):
        """Trek punten af voor een fout onderdeel, met uitleg waarom."""
        if not self.shape_ok:
            return
        self._add(-points)
        self.say(WRONG, message)

    def hint(self, message):
        """Geef een tip zonder punten."""
        self.say(HINT, message)

    def score_items(self, answer, expected, points, explain_wrong=None, normalize=_clean, label="keuze"):
        """Vergelijk een gekozen lijst met de goede set: punten per goede keuze, aftrek per foute.

        Score = points × (goed − fout) / aantal goede, nooit onder 0.
        ``explain_wrong(item)`` mag per foute keuze een uitleg teruggeven.
        """
        if not self.shape_ok:
            return
        expected_norm = {normalize(e): e for e in expected}
        chosen = {}  # normalised -> the student's own spelling (first occurrence)
        for item in as_text_list(answer) or []:
            chosen.setdefault(normalize(item), item)
        good = [item for norm, item in chosen.items() if norm in expected_norm]
        wrong = [item for norm, item in chosen.items() if norm not in expected_norm]
        missing = [e for norm, e in expected_norm.items() if norm not in chosen]
        per_item = points / max(len(expected_norm), 1)
        earned = per_item * (len(good) - len(wrong))
        self._add(max(0.0, earned))
        if good:
            self.say(OK, f"Goed gekozen ({label}): {', '.join(good)}.")
        for item in wrong:
            reason = explain_wrong(item) if explain_wrong else None
            self.say(WRONG, reason or f"'{item}' hoort hier niet bij.")
        if missing:
            self.say(HINT, f"Je mist nog {len(missing)} passende {label}(s).")
        return max(0.0, earned)

    def score_number(self, answer, expected, points, name, rel_tol=0.01, abs_tol=1e-9, wrong_hints=None):
        """Geef de punten als ``answer`` binnen de tolerantie gelijk is aan ``expected``.

        ``wrong_hints`` is een lijst (waarde, uitleg): lijkt het antwoord op zo'n
        veelgemaakte fout, dan krijg je die uitleg.
        """
        if not self.shape_ok:
            return
        number = as_number(answer)
        if number is not None and math.isclose(number, expected, rel_tol=rel_tol, abs_tol=abs_tol):
            self.award(points, f"`{name}` klopt ({number:.4g}).")
            return points
        self._add(0.0)
        for value, explanation in wrong_hints or []:
            if number is not None and math.isclose(number, value, rel_tol=rel_tol, abs_tol=abs_tol):
                self.say(WRONG, explanation)
                return 0.0
        self.say(WRONG, f"`{name}` klopt nog niet (jouw waarde: {number if number is None else format(number, '.4g')}).")
        return 0.0

    def score_mapping(self, answer, expected, points, name, normalize=_clean, explain_wrong=None):
        """Punten naar rato van het aantal sleutels met de goede waarde."""
        if not self.shape_ok:
            return
        per_key = points / max(len(expected), 1)
        earned = 0.0
        for key, good in expected.items():
            given = answer.get(key)
            if given is not None and normalize(given) == normalize(good):
                earned += per_key
            else:
                reason = explain_wrong(key, given) if explain_wrong else None
                self.say(WRONG, reason or f"`{name}['{key}']` = {given!r} klopt niet.")
        self._add(earned)
        n_good = round(earned / per_key) if per_key else 0
        self.say(OK if n_good == len(expected) else HINT, f"{n_good} van de {len(expected)} goed in `{name}`.")
        return earned

    def score_table(self, answer, expected, keys, value, points, name, rel_tol=0.01):
        """Punten naar rato van het aantal rijen (per ``keys``) met de goede ``value``."""
        if not self.shape_ok:
            return
        share, wrong = table_agreement(answer, expected, keys, value, rel_tol)
        earned = points * share
        self._add(earned)
        self.say(OK if share == 1 else HINT,
                 f"{round(share * len(expected))} van de {len(expected)} rijen van `{name}` kloppen.")
        for row in wrong[:3]:
            self.say(WRONG, f"Rij {row}: de waarde van '{value}' klopt niet of ontbreekt.")
        return earned

    # ---- the result ----------------------------------------------------------
    def score(self):
        """Geef de deelscore als gewone float in [0, punten], of ``None`` als alleen de vorm is gecontroleerd."""
        if not self.shape_ok:
            self.say(HINT, f"Score: 0 van {self.points:g} punten — verbeter eerst de vorm van je antwoord.")
            return 0.0
        if self.earned is None:
            if _is_autograding():
                self.say(WRONG, "De inhoud kon niet worden nagekeken; de docent kijkt dit na.")
                return 0.0
            self.say(OK, "De vorm van je antwoord is in orde. Bij het nakijken controleren "
                         "verborgen tests ook de inhoud.")
            return None
        result = min(max(_float(self.earned), 0.0), self.points)
        result = _float(round(result, 4))
        self.say(HINT, f"Score: {result:g} van {self.points:g} punten.")
        return result


def table_agreement(answer, expected, keys, value, rel_tol=0.01):
    """Welk deel van de rijen van ``expected`` staat met de goede waarde in ``answer``?

    Geeft (aandeel, lijst met sleutels van foute of ontbrekende rijen).

    Voorbeeld:
        >>> import pandas as pd
        >>> ref = pd.DataFrame({"platform": ["A", "B"], "er": [0.1, 0.2]})
        >>> table_agreement(ref, ref, ["platform"], "er")
        (1.0, [])
    """
    given = {}
    if value in getattr(answer, "columns", []) and all(k in answer.columns for k in keys):
        for row in answer[list(keys) + [value]].itertuples(index=False):
            given[tuple(str(x) for x in row[:-1])] = as_number(row[-1])
    wrong = []
    for row in expected[list(keys) + [value]].itertuples(index=False):
        key = tuple(str(x) for x in row[:-1])
        got, want = given.get(key), _float(row[-1])
        if got is None or not math.isclose(got, want, rel_tol=rel_tol, abs_tol=1e-12):
            wrong.append(key[0] if len(key) == 1 else key)
    share = 1.0 - len(wrong) / max(len(expected), 1)
    return share, wrong
