"""Nakijkhulp voor de testcellen van de opdrachten.

Elke opgave heeft één testcel met een ``Check``. Het zichtbare deel controleert
de vorm van je antwoord (type, kolommen, toegestane woorden) en zegt in het
Nederlands wat je moet verbeteren. Het verborgen deel (alleen bij het nakijken)
vergelijkt de inhoud met een referentie die uit de data wordt berekend, en
geeft punten per goed onderdeel.

Het patroon van een testcel (kopieer het voor een nieuwe opgave)::

    from smmlib.grading import Check
    check = Check("ch04_analytics_03_beste_format", points=3)
    jouw_beste_format = check.mapping(beste_format, "beste_format", keys=["Instagram", "Facebook"])
    ### BEGIN HIDDEN TESTS
    from smmlib.grading import fresh
    grading = fresh("smmlib.grading")
    check = grading.verified(check, globals())
    referentie = ...                      # uit de data berekend, met fresh("smmlib.<module>")
    check.score_mapping(jouw_beste_format, referentie, points=3, name="beste_format")
    ### END HIDDEN TESTS
    check.score()

Regels voor de score (zie de README, "Adding an exercise"): ``score()`` geeft een gewone ``float``
tussen 0 en het aantal punten, of ``None`` als alleen de vorm is gecontroleerd
(bij jou thuis, of bij Validate). Zo ziet nbgrader de deelscore, en zie jij
geen "0 punten" terwijl de inhoud nog niet is nagekeken.

Regels tegen knoeien (voor docenten; ``tests/chapters/test_conventions.py`` bewaakt ze):

- Een testcel gebruikt een antwoord alleen via ``check.<methode>(antwoord, ...)``.
  De omzetters (``number``, ``text``, ``text_list``, ``mapping``, ``frame``,
  ``plain``) maken een gewone kopie (``jouw_...``) zonder code uit het notebook
  uit te voeren: een eigen klasse met een aangepaste ``__eq__`` telt niet als
  antwoord. Daarna vergelijkt de test alleen die kopie.
- Het verborgen deel begint met ``grading = fresh("smmlib.grading")`` en
  ``check = grading.verified(check, globals())``: een vers geladen nakijkhulp,
  die controleert of ``float``, ``print`` en de andere ingebouwde functies nog
  echt zijn, en een ``⚠ NAKIJKEN``-regel print als er geknoeid is (de score is
  dan 0 en de docent kijkt na).
- Referenties komen uit ``fresh("smmlib.<module>")``, nooit uit wat het
  notebook geladen of veranderd heeft.
"""
# For developers: one closed file on purpose (the longest student module). The hidden
# tests load a fresh copy of it with fresh("smmlib.grading"), so it imports nothing from
# smmlib and captures the builtins it needs before any student code runs. The tamper
# checks it calls live in smmlib/sandbox/tamper.py.
import builtins
import importlib.util
import math
import os
import sys
from pathlib import Path

# Captured at import time, before any student code can shadow them.
_float = builtins.float
_print = builtins.print
_isinstance = builtins.isinstance
_type, _str, _len, _list, _dict, _tuple, _set = type, str, len, list, dict, tuple, set
_int, _bool, _repr, _frozenset, _issubclass = int, bool, repr, frozenset, issubclass
_type_name = type.__dict__["__name__"].__get__
_type_module = type.__dict__["__module__"].__get__
_type_flags = type.__dict__["__flags__"].__get__
_HEAPTYPE = 1 << 9

OK = "✔"
WRONG = "✘"
HINT = "➜"
TAMPER = "⚠ NAKIJKEN"   # a line for the grader: smm grade's report lists it under "check by hand"


def fresh(name):
    """Laad een verse kopie van een smmlib-module, los van wat er in deze sessie mee gebeurd is.

    De verborgen tests rekenen hun referentie hiermee uit, zodat een aangepaste
    module in je notebook de referentie niet verandert.

    Voorbeeld:
        >>> fresh("smmlib.kpi").normalize_kpi("klikratio")
        'ctr'
    """
    parts = name.split(".")
    parts = parts[1:] if parts[0] == "smmlib" else parts
    path = Path(__file__).parent.joinpath(*parts[:-1], f"{parts[-1]}.py")
    spec = importlib.util.spec_from_file_location("smmlib._fresh_" + "_".join(parts), path)
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
    try:
        value = plain(value)
    except NotPlain:
        return None
    for _ in range(4):
        if _type(value) in (_list, _tuple) and _len(value) == 1:
            value = value[0]
        elif hasattr(value, "to_numpy") and not _isinstance(value, _str):
            flat = value.to_numpy().ravel()
            if flat.shape != (1,):
                return None
            value = plain(flat[0])
        else:
            break
    if _type(value) is _int or _type(value) is _float:
        number = _float(value)
        return None if math.isnan(number) else number
    return None


def as_text(value):
    """Zet een tekst-antwoord (ook een NumPy-tekst) om naar een gewone ``str``, of ``None``.

    Voorbeeld:
        >>> as_text("likes")
        'likes'
        >>> as_text(3) is None
        True
    """
    try:
        value = plain(value)
    except NotPlain:
        return None
    return value if _type(value) is _str else None


def as_text_list(value):
    """Zet een lijst-achtig antwoord (list, tuple, set, array, Series) om naar een lijst tekst.

    Geeft ``None`` als het geen lijst met alleen tekst is.

    Voorbeeld:
        >>> as_text_list(("bereik", "ctr"))
        ['bereik', 'ctr']
    """
    try:
        value = plain(value)
    except NotPlain:
        return None
    if hasattr(value, "tolist") and not _isinstance(value, _str) and not hasattr(value, "columns"):
        value = value.tolist()
    if _type(value) not in (_list, _tuple, _set):
        return None
    items = _list(value)
    if not all(_type(item) is _str for item in items):
        return None
    return items


def _clean(text):
    return " ".join(str(text).strip().lower().split())


# ---- plain copies of answers ------------------------------------------------------------------
class NotPlain(Exception):
    """The answer is not plain data (for example an object of a class made in the notebook)."""


def _kind(value):
    """The name of the type of ``value``, read without running code from the notebook."""
    try:
        return _type_name(_type(value))
    except Exception:
        return "onbekend"


def _numpy_pandas():
    import numpy as np
    import pandas as pd
    return np, pd


def _from_library(kind):
    """Is ``kind`` a type from numpy or pandas itself (not a subclass made in the notebook)?"""
    module = _type_module(kind)
    return _type(module) is _str and module.split(".")[0] in ("numpy", "pandas")


def plain(value, _depth=0):
    """Een gewone kopie van een antwoord: tekst, getallen, lijsten, dicts, arrays, Series en tabellen.

    Er draait daarbij geen code uit het notebook: een object van een eigen
    klasse (ook een afgeleide van ``str``, ``float``, ``list`` of een
    DataFrame) geeft ``NotPlain``. NumPy-getallen worden gewone getallen.

    Voorbeeld:
        >>> import numpy as np
        >>> plain({"a": np.float64(0.5), "b": [np.str_("x")]})
        {'a': 0.5, 'b': ['x']}
    """
    if _depth > 20:
        raise NotPlain("te diep genest")
    kind = _type(value)
    if value is None or kind is _bool or kind is _int or kind is _float or kind is _str:
        return value
    if kind is _list:
        return [plain(item, _depth + 1) for item in _list.copy(value)]
    if kind is _tuple:
        return _tuple(plain(item, _depth + 1) for item in _tuple.__iter__(value))
    if kind is _set or kind is _frozenset:
        return kind(plain(item, _depth + 1) for item in kind.__iter__(value))
    if kind is _dict:
        copy = {}
        for key, item in _dict.items(value):
            copy[plain(key, _depth + 1)] = plain(item, _depth + 1)
        return copy
    if not (_type_flags(kind) & _HEAPTYPE) and _from_library(kind):
        np, pd = _numpy_pandas()
        if _issubclass(kind, np.generic):
            if kind is np.str_:
                return _str.__str__(value)
            return plain(value.item(), _depth + 1)
        if kind is np.ndarray:
            return plain(value.tolist(), _depth + 1)
    if _from_library(kind):
        np, pd = _numpy_pandas()
        if kind is pd.Series:
            return _plain_series(value, _depth)
        if kind is pd.DataFrame:
            return _plain_frame(value, _depth)
        if kind in (pd.Index, pd.RangeIndex, pd.MultiIndex, pd.CategoricalIndex, pd.DatetimeIndex):
            return _plain_index(value, _depth)
        if kind is pd.Categorical:
            return pd.Categorical.from_codes(value.codes.copy(), categories=_plain_index(value.categories, _depth),
                                             ordered=_bool(value.ordered))
        if kind in (pd.Timestamp, pd.Timedelta, pd.Period) or value is pd.NaT or value is pd.NA:
            return value
    raise NotPlain(f"een object van het type {_kind(value)}")


def _safe_dtype(dtype):
    kind = _type(dtype)
    return not (_type_flags(kind) & _HEAPTYPE and not _from_library(kind))


def _plain_values(values, dtype, depth):
    np, pd = _numpy_pandas()
    if not _safe_dtype(dtype):
        raise NotPlain(f"een kolom met het eigen type {_kind(dtype)}")
    if _type(dtype) is pd.CategoricalDtype:
        return pd.Categorical.from_codes(values.cat.codes.to_numpy(copy=True),
                                         categories=_plain_index(dtype.categories, depth),
                                         ordered=_bool(dtype.ordered))
    if _type(dtype).__module__.startswith("numpy") and dtype.kind in "biufcmM":
        return values.to_numpy(copy=True)
    return [plain(item, depth + 1) for item in values.tolist()]


def _plain_index(index, depth):
    np, pd = _numpy_pandas()
    kind = _type(index)
    if kind is pd.RangeIndex:
        return pd.RangeIndex(index.start, index.stop, index.step, name=plain(index.name, depth + 1))
    if kind is pd.MultiIndex:
        return pd.MultiIndex.from_tuples([plain(t, depth + 1) for t in index.tolist()],
                                         names=[plain(n, depth + 1) for n in index.names])
    if kind not in (pd.Index, pd.CategoricalIndex, pd.DatetimeIndex):
        raise NotPlain(f"een index van het type {_kind(index)}")
    values = _plain_values(pd.Series(index, copy=False), index.dtype, depth)
    return pd.Index(values, name=plain(index.name, depth + 1))


def _plain_series(series, depth):
    np, pd = _numpy_pandas()
    values = _plain_values(series, series.dtype, depth)
    return pd.Series(values, index=_plain_index(series.index, depth), name=plain(series.name, depth + 1))


def _plain_frame(frame, depth):
    np, pd = _numpy_pandas()
    labels = [plain(label, depth + 1) for label in frame.columns.tolist()]
    columns = {}
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        columns[position] = pd.Series(_plain_values(column, column.dtype, depth), index=range(frame.shape[0]))
    copy = pd.DataFrame(columns, index=range(frame.shape[0]))
    copy.columns = pd.Index(labels, dtype=object) if labels else copy.columns
    copy.index = _plain_index(frame.index, depth)
    return copy


class Check:
    """Kijkt één opgave na en houdt de feedback en de deelscore bij.

    Voorbeeld:
        >>> check = Check("ch04_analytics_05_likes_leads", points=2)
        >>> check.number(0.1, "correlatie")
        0.1
    """

    def __init__(self, grade_id, points):
        self.grade_id = grade_id
        self.points = _float(points)
        self.shape_ok = True
        self.earned = None
        self.tampered = []       # codes of tampering that makes this score untrustworthy
        self._namespace = None   # notebook names hidden while the hidden tests run (see verified)
        self._hidden = {}

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

    def flag(self, code, message):
        """Meld de docent iets om met de hand na te kijken (een regel ``⚠ NAKIJKEN [code]: ...``)."""
        self.say(TAMPER, f"[{code}]: {message}")

    # ---- visible shape checks: each returns a plain copy of the answer, or None -------------
    def plain(self, value, name):
        """Een gewone kopie van ``value`` (zie :func:`plain`), of ``None`` met een vormfout."""
        try:
            return plain(value)
        except NotPlain as why:
            self.problem(f"`{name}` is geen gewone waarde maar {why}. Gebruik gewone tekst, getallen, "
                         "lijsten, dicts of een tabel (DataFrame).")
            if _is_autograding():
                self.flag("custom-object", f"`{name}` is {why}: een eigen object telt niet als antwoord.")
            return None

    def _plain_arg(self, value):
        """Keuzelijsten en sleutels uit het notebook: ook als gewone kopie."""
        try:
            return plain(value)
        except NotPlain:
            self.problem("De keuzelijst van deze opgave is in het notebook veranderd; voer de cellen "
                         "bovenaan het notebook opnieuw uit.")
            return None

    def number(self, value, name, low=None, high=None):
        """Het antwoord als gewone ``float``, of ``None`` (met uitleg) als het geen getal is."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        number = as_number(copy)
        if number is None:
            shown = _repr(copy)
            return self._none(f"`{name}` moet één getal zijn, maar is nu {_kind(copy)}: {shown:.60}.")
        if low is not None and number < low or high is not None and number > high:
            return self._none(f"`{name}` = {number:g} ligt niet tussen {low} en {high}. Controleer je berekening.")
        return number

    def text(self, value, name, allowed=None, message=None):
        """Het antwoord als gewone ``str`` (uit ``allowed``, als dat gegeven is), of ``None``."""
        copy = self.plain(value, name)
        text = as_text(copy)
        allowed = self._plain_arg(allowed)
        if text is None or allowed is not None and _clean(text) not in {_clean(a) for a in allowed}:
            if message:
                return self._none(message)
            if text is None:
                return self._none(f"`{name}` moet een tekst zijn, zoals \"{(allowed or ['...'])[0]}\".")
            return self._none(f"`{name}` moet een van deze woorden zijn: {sorted(allowed)}; nu {text!r}.")
        return text

    def text_list(self, value, name, allowed=None, min_len=None, max_len=None):
        """Het antwoord als lijst met tekst (alleen woorden uit ``allowed``), of ``None``."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        items = as_text_list(copy)
        allowed = self._plain_arg(allowed)
        if items is None:
            return self._none(f"`{name}` moet een lijst met tekst zijn, zoals ['bereik', 'ctr'].")
        if min_len is not None and _len(items) < min_len:
            return self._none(f"`{name}` moet minstens {min_len} elementen hebben; nu {_len(items)}.")
        if max_len is not None and _len(items) > max_len:
            return self._none(f"`{name}` mag hoogstens {max_len} elementen hebben; nu {_len(items)}.")
        if allowed is not None:
            allowed_clean = {_clean(a) for a in allowed}
            unknown = [item for item in items if _clean(item) not in allowed_clean]
            if unknown:
                return self._none(
                    f"`{name}` bevat woorden die niet in de keuzelijst staan: {unknown}. "
                    f"Kies uit: {sorted(allowed)}."
                )
        return items

    def mapping(self, value, name, keys=None):
        """Het antwoord als gewone dict met precies de sleutels ``keys``, of ``None``."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        if _type(copy) is not _dict:
            return self._none(f"`{name}` moet een dict zijn, zoals {{'sleutel': waarde}}; nu {_kind(copy)}.")
        keys = self._plain_arg(keys)
        if keys is not None:
            missing = [k for k in keys if k not in copy]
            extra = [k for k in copy if k not in keys]
            if missing:
                return self._none(f"In `{name}` ontbreken de sleutels {missing}.")
            if extra:
                return self._none(f"`{name}` heeft sleutels die er niet bij horen: {extra}. "
                                  f"Gebruik alleen {_list(keys)}.")
        return copy

    def frame(self, value, name, columns=None, min_rows=1):
        """Het antwoord als gewone tabel (DataFrame) met (minstens) de kolommen ``columns``, of ``None``."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        if not (hasattr(copy, "columns") and hasattr(copy, "iloc")):
            return self._none(f"`{name}` moet een tabel (DataFrame) zijn; nu {_kind(copy)}.")
        columns = self._plain_arg(columns)
        if columns is not None:
            missing = [c for c in columns if c not in _list(copy.columns)]
            if missing:
                return self._none(
                    f"In de tabel `{name}` ontbreken de kolommen {missing}. "
                    f"Je tabel heeft: {_list(copy.columns)}. Tip: gebruik .reset_index() na een groupby."
                )
        if min_rows is not None and _len(copy) < min_rows:
            return self._none(f"De tabel `{name}` heeft {_len(copy)} rijen; verwacht minstens {min_rows}.")
        return copy

    def _none(self, message):
        self.problem(message)
        return None

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
        self._restore_names()
        if self.tampered:
            self.say(HINT, f"Score: 0 van {self.points:g} punten — het notebook veranderde iets aan het "
                           "nakijken; de docent kijkt deze opgave met de hand na.")
            return 0.0
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

    def _restore_names(self):
        namespace, hidden = self._namespace, self._hidden
        if namespace is not None and hidden:
            for name, value in hidden.items():
                if name not in namespace:
                    namespace[name] = value
            self._hidden = {}


def verified(check, namespace=None):
    """(Verborgen tests) Een betrouwbare ``Check`` die de vorm-uitslag van ``check`` overneemt.

    Roep dit aan uit een vers geladen kopie: ``fresh("smmlib.grading").verified(check, globals())``.
    Het laadt ook de controle op knoeien vers (``smmlib/sandbox/tamper.py``): elke vondst
    wordt een regel ``⚠ NAKIJKEN [code]: ...``; knoeien dat de score onbetrouwbaar maakt,
    geeft score 0 (de docent kijkt dan met de hand na).

    Voorbeeld:
        >>> zichtbaar = Check("t", points=2)
        >>> verborgen = verified(zichtbaar)
        >>> verborgen.points, verborgen.shape_ok
        (2.0, True)
    """
    return fresh("smmlib.sandbox.tamper").verified(check, namespace, Check)


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
