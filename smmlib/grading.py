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
  De omzetters (``number``, ``text``, ``text_list``, ``mapping``, ``choices``,
  ``frame``, ``plain``) maken een gewone kopie (``jouw_...``) zonder code uit het notebook
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
import datetime
import decimal
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
_Decimal = decimal.Decimal
_STDLIB_VALUES = (datetime.date, datetime.datetime, datetime.time, datetime.timedelta, decimal.Decimal)

OK = "✔"
WRONG = "✘"
HINT = "➜"
TAMPER = "⚠ NAKIJKEN"   # a line for the grader: smm grade's report lists it under "check by hand"
# The answers a student chose, put once in a test cell's output for the lecturer's class report
# (smmlib/grader/chosen_answers.py reads it; the feedback page leaves it out).
ANSWERS_MIME = "application/vnd.smm.answers+json"


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


# How people write text, numbers and dates (a fresh copy, like this module: see smmlib/notations.py).
_nl = fresh("smmlib.notations")
normalize_text = _nl.normalize_text
ROUNDING_RULE = ("Afronden: laat een getal onafgerond, of rond af op minstens drie significante cijfers "
                 "(0,0523 of 5,23%; 12.923,76 of 12.900). Een aandeel mag als fractie (0,23) of als percentage (23%).")


def _is_autograding():
    return os.environ.get("NBGRADER_EXECUTION") == "autograde"


def as_number(value):
    """Zet een getal-achtig antwoord om naar een gewone ``float``, of ``None``.

    Accepteert int, float, NumPy-getallen, een array of Series met één waarde, en
    tekst zoals mensen getallen schrijven ("12,5", "12.923,76", "23%" wordt 0,23).
    Andere tekst, bool en lege waarden geven ``None``.

    Voorbeeld:
        >>> as_number(3)
        3.0
        >>> as_number("12.923,76")
        12923.76
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
    if _type(value) is _int or _type(value) is _float or _type(value) is _Decimal:
        number = _float(value)
        return None if math.isnan(number) or math.isinf(number) else number
    if _type(value) is _str:
        return _nl.parse_number(value)
    return None


def as_date(value, deadline=False):
    """Zet een datum-antwoord om naar een ``datetime.date``, of ``None``.

    Leest ook "17 juni 2025", "17-6-2025" en pandas-tijdstippen; met ``deadline=True``
    ook termijnen als "eind 2026" of "Q4 2026" (de laatste dag ervan).

    Voorbeeld:
        >>> as_date("17 juni 2025")
        datetime.date(2025, 6, 17)
        >>> as_date("Q4 2026", deadline=True)
        datetime.date(2026, 12, 31)
    """
    try:
        value = plain(value)
    except NotPlain:
        return None
    if hasattr(value, "to_numpy") and not _isinstance(value, _str):
        flat = value.to_numpy().ravel()
        if flat.shape != (1,):
            return None
        value = flat[0]
        np, pd = _numpy_pandas()
        value = pd.Timestamp(value) if _type(value) is np.datetime64 else plain(value)
    return _nl.parse_deadline(value) if deadline else _nl.parse_date(value)


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
    return normalize_text(text)


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
    if kind in _STDLIB_VALUES:      # dates, times and Decimal are immutable values of the standard library
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

    Elk onderdeel telt apart: een onderdeel met een vormfout krijgt 0 punten, de
    andere onderdelen worden gewoon nagekeken.

    Voorbeeld:
        >>> check = Check("ch04_analytics_05_likes_leads", points=2)
        >>> check.number("0,1", "correlatie")
        0.1
    """

    def __init__(self, grade_id, points):
        self.grade_id = grade_id
        self.points = _float(points)
        self.shape_ok = True     # False when any part of the answer has the wrong shape
        self.blocked = False     # True after problem(): the whole exercise scores 0
        self.earned = None
        self.tampered = []       # codes of tampering that makes this score untrustworthy
        self._namespace = None   # notebook names hidden while the hidden tests run (see verified)
        self._hidden = {}
        self.chosen = []         # [part, answer, right] for the class report (see chose)
        self.values = []         # [part, given, expected] numbers, for spotting copied answers (see compared)

    # ---- feedback ------------------------------------------------------------
    def say(self, symbol, message):
        """Print één regel feedback."""
        _print(f"{symbol} {message}", flush=True)

    def problem(self, message):
        """Noteer een vormfout die de hele opgave onnakijkbaar maakt: de opgave krijgt dan 0 punten."""
        self.shape_ok = False
        self.blocked = True
        self.say(WRONG, message)
        return False

    def require(self, condition, message):
        """Controleer een voorwaarde voor de hele opgave; als die niet klopt, krijgt de opgave 0 punten."""
        return True if condition else self.problem(message)

    def flag(self, code, message):
        """Meld de docent iets om met de hand na te kijken (een regel ``⚠ NAKIJKEN [code]: ...``)."""
        self.say(TAMPER, f"[{code}]: {message}")

    # ---- visible shape checks: each returns a plain copy of the answer, or None -------------
    def plain(self, value, name):
        """Een gewone kopie van ``value`` (zie :func:`plain`), of ``None`` met een vormfout."""
        try:
            return plain(value)
        except NotPlain as why:     # an object of its own may fake equality: the whole exercise scores 0
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
        """Het antwoord als gewone ``float`` (ook uit tekst als "12,5" of "23%"), of ``None`` met uitleg."""
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

    def text(self, value, name, allowed=None, message=None, synonyms=None):
        """Het antwoord als gewone ``str``, of ``None`` met uitleg.

        Met ``allowed`` moet het een van die woorden zijn (hoofdletters, accenten en
        spaties tellen niet mee) en krijg je de schrijfwijze uit ``allowed`` terug;
        ``synonyms`` ({ander woord: woord uit allowed}) telt ook.
        """
        copy = self.plain(value, name)
        text = as_text(copy)
        allowed = self._plain_arg(allowed)
        if text is None:
            return self._none(message or f"`{name}` moet een tekst zijn, zoals \"{(allowed or ['...'])[0]}\".")
        if allowed is None:
            return text
        canonical = _canonical(text, allowed, self._plain_arg(synonyms))
        if canonical is None:
            return self._none(message or f"`{name}` moet een van deze woorden zijn: {sorted(allowed)}; nu {text!r}.")
        return canonical

    def text_list(self, value, name, allowed=None, min_len=None, max_len=None, synonyms=None):
        """Het antwoord als lijst met tekst (met ``allowed``: in de schrijfwijze van ``allowed``), of ``None``."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        items = as_text_list(copy)
        if items is None and _type(copy) is _str:
            items = [copy]                         # one word where a list was asked: a list of one
        allowed = self._plain_arg(allowed)
        if items is None:
            return self._none(f"`{name}` moet een lijst met tekst zijn, zoals ['bereik', 'ctr'].")
        if min_len is not None and _len(items) < min_len:
            return self._none(f"`{name}` moet minstens {min_len} elementen hebben; nu {_len(items)}.")
        if max_len is not None and _len(items) > max_len:
            return self._none(f"`{name}` mag hoogstens {max_len} elementen hebben; nu {_len(items)}.")
        if allowed is not None:
            synonyms = self._plain_arg(synonyms)
            canonical = [_canonical(item, allowed, synonyms) for item in items]
            unknown = [item for item, known in zip(items, canonical) if known is None]
            if unknown:
                return self._none(f"`{name}` bevat woorden die niet in de keuzelijst staan: {unknown}. "
                                  f"Kies uit: {sorted(allowed)}.")
            items = canonical
        return items

    def mapping(self, value, name, keys=None):
        """Het antwoord als gewone dict met precies de sleutels ``keys``, of ``None``.

        Sleutels mogen anders geschreven zijn ("instagram" voor "Instagram"); je krijgt
        de dict terug met de sleutels zoals in ``keys``.
        """
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        if hasattr(copy, "index") and hasattr(copy, "to_dict") and not hasattr(copy, "columns"):
            copy = dict(copy.to_dict())     # a Series (a groupby result) maps its index to its values
        if _type(copy) is not _dict:
            return self._none(f"`{name}` moet een dict zijn, zoals {{'sleutel': waarde}}; nu {_kind(copy)}.")
        keys = self._plain_arg(keys)
        if keys is None:
            return copy
        renamed = {}
        for key, item in copy.items():
            known = _canonical(key, keys) if _type(key) is _str else (key if key in keys else None)
            renamed[known if known is not None else key] = item
        if _len(renamed) < _len(copy):
            return self._none(f"`{name}` noemt een sleutel twee keer (anders geschreven).")
        missing = [k for k in keys if k not in renamed]
        extra = [k for k in copy if (_canonical(k, keys) if _type(k) is _str else k) is None]
        if missing:
            return self._none(f"In `{name}` ontbreken de sleutels {missing}.")
        if extra:
            return self._none(f"`{name}` heeft sleutels die er niet bij horen: {extra}. Gebruik alleen {_list(keys)}.")
        return renamed

    def choices(self, value, name, keys, allowed, synonyms=None):
        """Een dict met per sleutel een keuze uit ``allowed``, in de schrijfwijze van ``allowed``; of ``None``.

        Hoofdletters, accenten en spaties tellen niet mee en ``synonyms`` ({ander woord: woord uit
        allowed}) tellen ook. Een onbekend woord krijgt een tip en blijft staan: het telt dan als
        fout voor die ene sleutel, de rest wordt gewoon nagekeken.
        """
        answer = self.mapping(value, name, keys=keys)
        if answer is None:
            return None
        allowed, synonyms = self._plain_arg(allowed), self._plain_arg(synonyms)
        chosen = {}
        for key, word in answer.items():
            known = _canonical(word, allowed, synonyms)
            if known is None:
                self.hint(f"`{name}['{key}']` = {_repr(word):.60} is geen van de keuzes {_list(allowed)}; "
                          "dat telt als fout.")
            chosen[key] = known if known is not None else as_text(word) or ""
        return chosen

    def frame(self, value, name, columns=None, min_rows=1):
        """Het antwoord als gewone tabel (DataFrame) met (minstens) de kolommen ``columns``, of ``None``.

        Kolomnamen mogen anders geschreven zijn ("Platform" voor "platform"); ze worden hernoemd.
        """
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        if _type(copy) in (_list, _tuple) and copy and not [row for row in copy if _type(row) is not _dict]:
            import pandas
            copy = pandas.DataFrame(_list(copy))     # a list of rows (dicts) is a table too
        if not (hasattr(copy, "columns") and hasattr(copy, "iloc")):
            return self._none(f"`{name}` moet een tabel (DataFrame) zijn; nu {_kind(copy)}.")
        columns = self._plain_arg(columns)
        if columns is not None:
            present = _list(copy.columns)
            rename = {}
            for column in columns:
                if column not in present:
                    match = [c for c in present if _type(c) is _str and _clean(c) == _clean(column)]
                    if _len(match) == 1:
                        rename[match[0]] = column
            if rename:
                copy = copy.rename(columns=rename)
            missing = [c for c in columns if c not in _list(copy.columns)]
            if missing:
                return self._none(
                    f"In de tabel `{name}` ontbreken de kolommen {missing}. "
                    f"Je tabel heeft: {_list(copy.columns)}. Tip: gebruik .reset_index() na een groupby."
                )
        if min_rows is not None and _len(copy) < min_rows:
            return self._none(f"De tabel `{name}` heeft {_len(copy)} rijen; verwacht minstens {min_rows}.")
        return copy

    def hours(self, value, name, count=None):
        """Het antwoord als lijst met uren van de dag (0 t/m 23; ook "20:00" of "20 uur"), of ``None``.

        Met ``count`` moeten het precies zoveel verschillende uren zijn.
        """
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        items = copy.tolist() if hasattr(copy, "tolist") else copy
        if _type(items) not in (_list, _tuple):
            return self._none(f"`{name}` moet een lijst met uren zijn, zoals [19, 20, 21]; nu {_kind(copy)}.")
        hours = [_nl.parse_hour(item) for item in items]
        if None in hours:
            return self._none(f"`{name}` moet een lijst met uren van 0 t/m 23 zijn, zoals [19, 20, 21] of "
                              f"[\"19:00\", \"20:00\", \"21:00\"]; nu {_repr(copy):.60}.")
        if count is not None and _len(set(hours)) != count:
            return self._none(f"`{name}` moet precies {count} verschillende uren bevatten; nu {_len(set(hours))}.")
        return hours

    def hour(self, value, name, high=23):
        """Het antwoord als heel uur van de dag (0 t/m ``high``; ook "10:00" of "10 uur"), of ``None``."""
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        hour = _nl.parse_hour(copy)
        if hour is None or hour > high:
            return self._none(f"`{name}` moet een heel uur van 0 t/m {high} zijn, zoals 10 of \"10:00\"; "
                              f"nu {_repr(copy):.60}.")
        return hour

    def date(self, value, name, deadline=False):
        """Het antwoord als ``datetime.date`` ("17 juni 2025", "17-6-2025", "2025-06-17"), of ``None``.

        Met ``deadline=True`` mag het ook een termijn zijn ("eind 2026", "Q4 2026").
        """
        copy = self.plain(value, name)
        if copy is None and value is not None:
            return None
        day = as_date(copy, deadline=deadline)
        if day is None:
            example = "\"31 december 2026\" of \"Q4 2026\"" if deadline else "\"17 juni 2025\" of \"2025-06-17\""
            return self._none(f"`{name}` moet een datum zijn, zoals {example}; nu {_repr(copy):.60}.")
        return day

    def shape_error(self, message):
        """Een onderdeel heeft niet de goede vorm: zeg het; alleen dat onderdeel krijgt 0 punten."""
        return self._none(message)

    def _none(self, message):
        """A part of the answer has the wrong shape: say so; that part scores 0."""
        self.shape_ok = False
        self.say(WRONG, message)
        return None

    # ---- hidden content scoring ---------------------------------------------
    def _add(self, points):
        self.earned = (self.earned or 0.0) + _float(points)

    def award(self, points, message=None):
        """Geef punten voor een goed onderdeel."""
        if self.blocked:
            return
        self._add(points)
        if message:
            self.say(OK, message)

    def deduct(self, points, message):
        """Trek punten af voor een fout onderdeel, met uitleg waarom."""
        if self.blocked:
            return
        self._add(-points)
        self.say(WRONG, message)

    def hint(self, message):
        """Geef een tip zonder punten."""
        self.say(HINT, message)

    def chose(self, part, answer, right):
        """Noteer welk antwoord de student koos, voor het klasrapport van de docent.

        ``part`` is het onderdeel (een doel, een sleutel), ``answer`` de gekozen tekst en
        ``right`` of die goed is. ``score_items``, ``score_text`` en ``score_mapping`` doen
        dit zelf; roep het aan in een eigen nakijkregel. Score en feedback veranderen niet.
        """
        try:
            text = answer if _type(answer) is _str else _repr(answer)
            if _len(self.chosen) < 200:
                right = right is True      # a right answer in the reference's spelling, a wrong one normalised
                self.chosen.append([_str(part)[:80], (text if right else normalize_text(text))[:80], right])
        except Exception:
            pass

    def compared(self, part, given, expected):
        """Noteer een getal van de student en het goede getal uit zijn eigen data (voor de docent).

        ``score_number`` en ``score_table`` doen dit zelf. Na het nakijken ziet ``smm grade``
        zo of iemands getallen de goede getallen uit de data van een medestudent zijn
        (smmlib/grader/copied_answers.py). Score en feedback veranderen niet.
        """
        try:
            given, expected = as_number(given), as_number(expected)
            finite = given is not None and expected is not None and math.isfinite(given) and math.isfinite(expected)
            if finite and _len(self.values) < 200:
                self.values.append([_str(part)[:80], _float(given), _float(expected)])
        except Exception:
            pass

    def _publish_chosen(self):
        """Put the chosen answers and compared numbers once in the cell's output (autograde only, never fails)."""
        try:
            chosen, self.chosen = self.chosen, []
            values, self.values = self.values, []
            if not (chosen or values) or self.tampered or not _is_autograding():
                return
            from IPython.core.interactiveshell import InteractiveShell
            if InteractiveShell.initialized():
                InteractiveShell.instance().display_pub.publish(data={
                    ANSWERS_MIME: {"grade_id": self.grade_id, "chosen": chosen, "values": values},
                    "text/plain": "(antwoorden bewaard voor het klasrapport van de docent)"})
        except Exception:
            pass

    def _missing_part(self, answer, name, points):
        """True (and 0 for this part) when the part's answer had the wrong shape (None)."""
        if self.blocked:
            return True
        if answer is None:
            self._add(0.0)
            self.say(WRONG, f"`{name}`: 0 van {_float(points):g} punten, want de vorm klopte niet (zie hierboven).")
            return True
        return False

    def part(self, name, points):
        """Kijk een onderdeel na in een ``with``-blok: gaat daar iets mis, dan kost dat alleen dit onderdeel.

        Voorbeeld (in een verborgen test)::

            with check.part("tabel", points=2):
                ...   # eigen controle met award/deduct
        """
        return _Part(self, name, points)

    def score_items(self, answer, expected, points, explain_wrong=None, normalize=_clean, label="keuze",
                    name="keuze"):
        """Vergelijk een gekozen lijst met de goede set: punten per goede keuze, aftrek per foute.

        Score = points × (goed − fout) / aantal goede, nooit onder 0.
        ``explain_wrong(item)`` mag per foute keuze een uitleg teruggeven.
        """
        if self._missing_part(answer, name, points):
            return 0.0
        expected_norm = {normalize(e): e for e in expected}
        chosen = {}  # normalised -> the student's own spelling (first occurrence)
        for item in as_text_list(answer) or []:
            chosen.setdefault(normalize(item), item)
        good = [item for norm, item in chosen.items() if norm in expected_norm]
        wrong = [item for norm, item in chosen.items() if norm not in expected_norm]
        for norm in chosen:       # the part is named by `name`, or else by `label` (both default to "keuze")
            self.chose(label if name == "keuze" else name, expected_norm.get(norm, norm), norm in expected_norm)
        missing = [e for norm, e in expected_norm.items() if norm not in chosen]
        per_item = points / max(len(expected_norm), 1)
        earned = max(0.0, per_item * (len(good) - len(wrong)))
        self._add(earned)
        if good:
            self.say(OK, f"Goed gekozen ({label}): {', '.join(good)}.")
        for item in wrong:
            reason = _safe_call(explain_wrong, item)
            self.say(WRONG, reason or f"'{item}' hoort hier niet bij.")
        if missing:
            self.say(HINT, f"Je mist nog {len(missing)} passende {label}(s).")
        return earned

    def score_number(self, answer, expected, points, name, rel_tol=None, abs_tol=None, share=False,
                     wrong_hints=None):
        """Geef de punten als ``answer`` goed is volgens de afrondregel van de cursus.

        Zonder ``rel_tol``/``abs_tol`` geldt de afrondregel (drie significante cijfers);
        met ``share=True`` mag een aandeel ook als percentage (23 of "23%" voor 0,23).
        ``wrong_hints`` is een lijst (waarde, uitleg): lijkt het antwoord op zo'n
        veelgemaakte fout, dan krijg je die uitleg.
        """
        if self._missing_part(answer, name, points):
            return 0.0

        given = answer if _type(answer) is _str else as_number(answer)

        def matches(reference):
            if rel_tol is None and abs_tol is None:
                return _nl.close_enough(given, reference, share=share)
            readings = _nl.number_readings(given)
            if share:
                readings |= {r / 100 for r in readings if 1 < abs(r) <= 100}
            return any(math.isclose(r, reference, rel_tol=rel_tol or 0.0, abs_tol=abs_tol or 0.0) for r in readings)

        number = as_number(answer)
        self.compared(name, number, expected)
        if matches(_float(expected)):
            self.award(points, f"`{name}` klopt ({number:.4g}).")
            return points
        self._add(0.0)
        for mistake, explanation in wrong_hints or []:
            if mistake is not None and matches(_float(mistake)):
                self.say(WRONG, explanation)
                return 0.0
        shown = "geen getal" if number is None else format(number, ".4g")
        self.say(WRONG, f"`{name}` klopt nog niet (jouw waarde: {shown}).")
        return 0.0

    def score_text(self, answer, expected, points, name, synonyms=None, explain_wrong=None):
        """Punten als de tekst ``answer`` hetzelfde betekent als ``expected`` (of een van de ``synonyms``).

        Hoofdletters, accenten, spaties en leestekens tellen niet mee. ``expected`` mag ook
        een lijst met goede antwoorden zijn.
        """
        if self._missing_part(answer, name, points):
            return 0.0
        goods = list(expected) if _type(expected) in (_list, _tuple, _set) else [expected]
        canonical = _canonical(answer, goods, synonyms)
        self.chose(name, answer if canonical is None else canonical, canonical is not None)
        if canonical is not None:
            self.award(points, f"`{name}` klopt ({answer}).")
            return points
        self._add(0.0)
        reason = _safe_call(explain_wrong, answer)
        self.say(WRONG, reason or f"`{name}` = {answer!r} klopt niet.")
        return 0.0

    def score_date(self, answer, expected, points, name, explain_wrong=None):
        """Punten als de datum ``answer`` (een ``datetime.date`` van ``check.date``) gelijk is aan ``expected``."""
        if self._missing_part(answer, name, points):
            return 0.0
        if as_date(answer) == as_date(expected):
            self.award(points, f"`{name}` klopt ({answer:%d-%m-%Y}).")
            return points
        self._add(0.0)
        reason = _safe_call(explain_wrong, answer)
        self.say(WRONG, reason or f"`{name}` ({answer}) klopt niet.")
        return 0.0

    def score_mapping(self, answer, expected, points, name, normalize=_clean, explain_wrong=None,
                      penalty=0.0):
        """Punten naar rato van het aantal sleutels met de goede waarde.

        Met ``penalty`` (een fractie) kost elke foute waarde ook dat deel van de punten van
        één sleutel, zodat gokken (overal hetzelfde antwoord) niet loont; nooit onder 0.
        """
        if self._missing_part(answer, name, points):
            return 0.0
        per_key = points / max(len(expected), 1)
        good_keys, earned = 0, 0.0
        for key, good in expected.items():
            given = answer.get(key)
            right = given is not None and _same(given, good, normalize)
            if _type(good) is _str and given is not None:
                self.chose(f"{name}['{key}']", good if right else given, right)
            if right:
                good_keys += 1
                earned += per_key
            else:
                earned -= per_key * penalty if given is not None else 0.0
                reason = _safe_call(explain_wrong, key, given)
                self.say(WRONG, reason or f"`{name}['{key}']` = {given!r} klopt niet.")
        earned = max(0.0, earned)
        self._add(earned)
        self.say(OK if good_keys == len(expected) else HINT, f"{good_keys} van de {len(expected)} goed in `{name}`.")
        return earned

    def score_table(self, answer, expected, keys, value, points, name, rel_tol=None, share=False):
        """Punten naar rato van het aantal rijen (per ``keys``) met de goede ``value``.

        Sleutels worden vergeleken zonder op hoofdletters en spaties te letten; waarden
        volgens de afrondregel (of ``rel_tol``).
        """
        if self._missing_part(answer, name, points):
            return 0.0
        pairs = []
        agreement, wrong = table_agreement(answer, expected, keys, value, rel_tol, share=share, pairs=pairs)
        for key, got, want in pairs[:50]:
            self.compared(f"{name}[{key}]", got, want)
        earned = points * agreement
        self._add(earned)
        self.say(OK if agreement == 1 else HINT,
                 f"{round(agreement * len(expected))} van de {len(expected)} rijen van `{name}` kloppen.")
        for row in wrong[:3]:
            self.say(WRONG, f"Rij {row}: de waarde van '{value}' klopt niet of ontbreekt.")
        return earned

    # ---- the result ----------------------------------------------------------
    def score(self):
        """Geef de deelscore als gewone float in [0, punten], of ``None`` als alleen de vorm is gecontroleerd."""
        self._restore_names()
        self._publish_chosen()
        if self.tampered:
            self.say(HINT, f"Score: 0 van {self.points:g} punten — het notebook veranderde iets aan het "
                           "nakijken; de docent kijkt deze opgave met de hand na.")
            return 0.0
        if self.blocked:
            self.say(HINT, f"Score: 0 van {self.points:g} punten — verbeter eerst de vorm van je antwoord.")
            return 0.0
        if self.earned is None:
            if _is_autograding():
                self.say(WRONG, "De inhoud kon niet worden nagekeken; de docent kijkt dit na.")
                return 0.0
            if not self.shape_ok:
                self.say(HINT, "Verbeter eerst de vorm van je antwoord (zie ✘ hierboven). Bij het nakijken "
                               "krijgt elk onderdeel met de goede vorm wel punten.")
                return None
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


class _Part:
    """One part of an exercise checked in a ``with`` block (see ``Check.part``)."""

    def __init__(self, check, name, points):
        self.check, self.name, self.points = check, name, points

    def __enter__(self):
        return self.check

    def __exit__(self, kind, error, traceback):
        if kind is None:
            return False
        if not _issubclass(kind, Exception):
            return False                      # KeyboardInterrupt and the like: not ours to swallow
        self.check._add(0.0)
        self.check.say(WRONG, f"`{self.name}`: 0 van {_float(self.points):g} punten; dit onderdeel kon niet "
                              f"worden nagekeken ({_kind(error)}). Controleer de vorm van je antwoord.")
        return True


def _canonical(text, allowed, synonyms=None):
    """The item of ``allowed`` that ``text`` means (case, accents and spaces ignored; synonyms count), or None."""
    if _type(text) is not _str:
        return None
    wanted = _clean(text)
    for item in allowed:
        if _type(item) is _str and _clean(item) == wanted:
            return item
    for variant, item in (synonyms or {}).items():
        if _clean(variant) == wanted:
            return _canonical(item, allowed) if _type(item) is _str else None
    return None


def _same(given, good, normalize):
    """Equal after normalising text; numbers by the course's rounding rule."""
    if _type(good) in (_int, _float) and _type(good) is not _bool:
        return _nl.close_enough(given, good)
    try:
        return normalize(given) == normalize(good)
    except Exception:
        return False


def _safe_call(function, *args):
    """An explanation from a lecturer's callback, or None when it has none or fails on an odd answer."""
    if function is None:
        return None
    try:
        return function(*args)
    except Exception:
        return None


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


def table_agreement(answer, expected, keys, value, rel_tol=None, share=False, pairs=None):
    """Welk deel van de rijen van ``expected`` staat met de goede waarde in ``answer``?

    Sleutels worden vergeleken zonder op hoofdletters, accenten en spaties te letten;
    waarden volgens de afrondregel van de cursus (of met ``rel_tol``). Geeft (aandeel,
    lijst met sleutels van foute of ontbrekende rijen). Een lijst ``pairs`` krijgt per rij
    (sleutel, gegeven waarde, goede waarde).

    Voorbeeld:
        >>> import pandas as pd
        >>> ref = pd.DataFrame({"platform": ["A", "B"], "er": [0.1, 0.2]})
        >>> table_agreement(ref, ref, ["platform"], "er")
        (1.0, [])
    """
    given = {}
    if value in getattr(answer, "columns", []) and all(k in answer.columns for k in keys):
        for row in answer[list(keys) + [value]].itertuples(index=False):
            given[tuple(_clean(x) for x in row[:-1])] = row[-1]
    if share:    # a column of shares is in percent when any value is above 1: then 0.8 means 0.8%
        numbers = [as_number(v) for v in given.values()]
        if any(n is not None and 1 < abs(n) <= 100 for n in numbers):
            given = {k: (n / 100 if n is not None else v) for (k, v), n in zip(given.items(), numbers)}
    wrong = []
    for row in expected[list(keys) + [value]].itertuples(index=False):
        key = tuple(_clean(x) for x in row[:-1])
        got, want = given.get(key), _float(row[-1])
        got = got if _type(got) is _str else as_number(got)
        rel = _nl.ROUNDING_REL if rel_tol is None else rel_tol
        right = got is not None and _nl.close_enough(got, want, rel=rel, share=share)
        if pairs is not None and got is not None:
            pairs.append(("/".join(str(x) for x in row[:-1]), got, want))
        if not right:
            shown = tuple(str(x) for x in row[:-1])
            wrong.append(shown[0] if len(shown) == 1 else shown)
    agreement = 1.0 - len(wrong) / max(len(expected), 1)
    return agreement, wrong
