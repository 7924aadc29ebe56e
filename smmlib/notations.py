"""Tekst, getallen, percentages, datums en tijden zoals mensen ze schrijven.

De nakijkhulp (``smmlib.grading``) leest je antwoorden hiermee, zodat een goed
antwoord in je eigen woorden ook goed is: hoofdletters, accenten en spaties
tellen niet mee, een komma mag als decimaalteken ("12,5"), een percentage mag
als "23%" of als 0,23, en een datum mag op de Nederlandse manier ("17 juni 2025",
"17-6-2025") of als "2025-06-17".

De afrondregel van de cursus (voor alle opdrachten dezelfde): laat een getal
onafgerond, of rond af op minstens drie significante cijfers (0,0523 of 5,23%;
12.923,76 of 12.900; 47,5 minuten). Zo'n antwoord telt als goed.

Voorbeeld:
    >>> normalize_text("  Cost-per-Lead ")
    'cost per lead'
    >>> parse_number("12.923,76")
    12923.76
    >>> parse_number("23%")
    0.23
    >>> parse_date("17 juni 2025")
    datetime.date(2025, 6, 17)
    >>> parse_deadline("Q4 2026")
    datetime.date(2026, 12, 31)
"""
# For developers: the standard library only. smmlib.grading loads this file freshly (fresh()),
# so the hidden tests use an untouched copy; the sandbox's tamper check verifies that copy.
import calendar
import datetime as dt
import decimal
import math
import re
import unicodedata

__all__ = ["normalize_text", "parse_number", "number_readings", "parse_date", "parse_deadline", "parse_hour",
           "close_enough", "ROUNDING_REL"]

# The course's rounding rule: three significant digits are enough (half a unit in the third digit).
ROUNDING_REL = 0.005

MONTHS = {"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maart": 3, "mrt": 3,
          "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6,
          "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8, "august": 8, "september": 9, "sep": 9,
          "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11,
          "december": 12, "dec": 12}
WEEKDAYS = {"maandag": 0, "ma": 0, "monday": 0, "mon": 0, "dinsdag": 1, "di": 1, "tuesday": 1, "tue": 1,
            "woensdag": 2, "wo": 2, "wednesday": 2, "wed": 2, "donderdag": 3, "do": 3, "thursday": 3, "thu": 3,
            "vrijdag": 4, "vr": 4, "friday": 4, "fri": 4, "zaterdag": 5, "za": 5, "saturday": 5, "sat": 5,
            "zondag": 6, "zo": 6, "sunday": 6, "sun": 6}
_ORDINALS = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3, "3e": 3, "3de": 3,
             "vierde": 4, "4e": 4, "4de": 4}
_DEADLINE_WORDS = r"^(uiterlijk|voor|vóór|voor of op|op|per|tot en met|t/m|tot|deadline|in|eind|einde|ultimo|end of|by)\s+"


def normalize_text(text):
    """Tekst om te vergelijken: kleine letters, zonder accenten, leestekens aan de randen en dubbele spaties.

    Een ``_`` of ``-`` telt als spatie en een ``#`` vooraan valt weg.

    Voorbeeld:
        >>> normalize_text("Proefrit_Aanvragen!")
        'proefrit aanvragen'
        >>> normalize_text("#Café  ")
        'cafe'
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[_\-\u2010-\u2015]", " ", text)
    text = " ".join(text.split()).lstrip("#").strip(" .,;:!?'\"`()[]{}")
    return " ".join(text.split())


def number_readings(value):
    """Alle redelijke lezingen van een getal: {float, ...} (leeg als het geen getal is).

    "1.234" kan duizend tweehonderdvierendertig zijn (Nederlands) of 1,234
    (Engels): beide lezingen tellen. Een percentage wordt een fractie.

    Voorbeeld:
        >>> sorted(number_readings("1.234"))
        [1.234, 1234.0]
        >>> number_readings("€ 3,50")
        {3.5}
        >>> number_readings("x")
        set()
    """
    return set(_readings(value))


def parse_number(value):
    """Eén getal (``float``) uit een getal of een tekst als "12,5", "12.923,76" of "23%"; anders ``None``.

    Bij twee mogelijke lezingen kiest dit de Nederlandse: "1.234" is 1234 en "1,5" is 1,5.

    Voorbeeld:
        >>> parse_number("0,565")
        0.565
        >>> parse_number("1.234")
        1234.0
        >>> parse_number("ongeveer tien") is None
        True
    """
    readings = _readings(value)
    return readings[0] if readings else None


def _readings(value):
    """The readings of a number, the Dutch one first."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, (int, float, decimal.Decimal)):
        number = float(value)
        return [] if math.isnan(number) or math.isinf(number) else [number]
    if not isinstance(value, str):
        return []
    text = unicodedata.normalize("NFKC", value).strip().lower()
    text = re.sub(r"procent|percent", "%", text)
    text = re.sub(r"euro|eur|€", "", text)
    text = re.sub(r"[\s\u202f']", "", text).replace("\u2212", "-")
    percent = text.endswith("%")
    text = text.rstrip("%")
    if not re.fullmatch(r"[-+]?(\d+([.,]\d+)*([.,]\d*)?|[.,]\d+)", text):
        return []
    if "," in text and "." in text:      # the last separator is the decimal one
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        candidates = [text.replace(thousands, "").replace(",", ".")]
    elif text.count(",") == 1:           # Dutch decimal comma first; "1,234" may be English thousands
        head, tail = text.split(",")
        candidates = [f"{head}.{tail}"] + ([head + tail] if len(tail) == 3 and head.strip("+-") else [])
    elif "," in text:
        candidates = [text.replace(",", "")]
    elif text.count(".") > 1:
        candidates = [text.replace(".", "")]
    elif re.fullmatch(r"[-+]?\d{1,3}\.\d{3}", text):   # Dutch thousands point first; may be a decimal point
        candidates = [text.replace(".", ""), text]
        if percent:                                     # "1.572%" is a share, hardly ever 1572%
            candidates.reverse()
    else:
        candidates = [text]
    readings = []
    for candidate in candidates:
        try:
            number = float(candidate)
        except ValueError:
            continue
        number = round(number / 100, 12) if percent else number
        if number not in readings:
            readings.append(number)
    return readings


def close_enough(answer, reference, rel=ROUNDING_REL, share=False):
    """Is ``answer`` (een getal of tekst) goed volgens de afrondregel van de cursus?

    Met ``share=True`` (een aandeel) mag het ook als percentage: 23 of "23%" voor 0,23.

    Voorbeeld:
        >>> close_enough("5,23%", 0.05234)
        True
        >>> close_enough(23.1, 0.2312, share=True)
        True
        >>> close_enough(0.05, 0.05234)
        False
    """
    readings = number_readings(answer)
    if share:
        readings |= {r / 100 for r in readings if 1 < abs(r) <= 100}
    reference = float(reference)
    tolerance = max(rel * abs(reference), 1e-9)
    return any(abs(r - reference) <= tolerance for r in readings)


def _clean_date_text(text):
    text = unicodedata.normalize("NFKC", str(text)).strip().lower().rstrip(".")
    text = re.sub(r"\s+", " ", text.replace(",", " "))
    return " ".join(text.split())


def _year(text):
    year = int(text)
    return year + 2000 if year < 100 else year


def _end_of_month(year, month):
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date(value):
    """Een dag (``datetime.date``) uit een datum, tijdstip of tekst; anders ``None``.

    Leest "2025-06-17", "17-06-2025", "17/6/25", "17 juni 2025", "dinsdag 17 juni 2025",
    "June 17, 2025" en pandas-tijdstippen. Dag en maand staan op de Nederlandse manier
    (dag eerst).

    Voorbeeld:
        >>> parse_date("17-6-2025")
        datetime.date(2025, 6, 17)
        >>> parse_date("June 17, 2025")
        datetime.date(2025, 6, 17)
        >>> parse_date("31-02-2025") is None
        True
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime") and not isinstance(value, str):   # pandas Timestamp
        try:
            return value.to_pydatetime().date()
        except (ValueError, TypeError):
            return None
    if not isinstance(value, str):
        return None
    text = _clean_date_text(value)
    words = text.split(" ")
    if words and words[0] in WEEKDAYS:
        text = " ".join(words[1:])
    try:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})([t ].*)?", text)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", text)
        if match:
            return dt.date(_year(match[3]), int(match[2]), int(match[1]))
        match = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", text)
        if match and match[2] in MONTHS:
            return dt.date(int(match[3]), MONTHS[match[2]], int(match[1]))
        match = re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4})", text)
        if match and match[1] in MONTHS:
            return dt.date(int(match[3]), MONTHS[match[1]], int(match[2]))
    except ValueError:       # an impossible day, such as 31-02-2025
        return None
    return None


def parse_deadline(value):
    """De laatste dag van een termijn: een datum, of een maand, kwartaal, half jaar of jaar; anders ``None``.

    "eind 2026" en "2026" worden 31 december 2026, "Q4 2026" en "vierde kwartaal 2026"
    ook, "maart 2026" wordt 31 maart 2026. Een termijn zonder jaar ("zo snel mogelijk",
    "Q3") is niet tijdgebonden en geeft ``None``.

    Voorbeeld:
        >>> parse_deadline("uiterlijk 1 maart 2026")
        datetime.date(2026, 3, 1)
        >>> parse_deadline("eind 2026")
        datetime.date(2026, 12, 31)
        >>> parse_deadline("tweede helft 2026")
        datetime.date(2026, 12, 31)
        >>> parse_deadline("zo snel mogelijk") is None
        True
    """
    day = parse_date(value)
    if day is not None or not isinstance(value, str):
        return day
    text = _clean_date_text(value)
    while True:
        shorter = re.sub(_DEADLINE_WORDS, "", text)
        if shorter == text:
            break
        text = shorter
    day = parse_date(text)
    if day is not None:
        return day
    try:
        return _period_end(text)
    except ValueError:
        return None


def _period_end(text):
    match = re.fullmatch(r"([a-z]+) (\d{4})", text)
    if match and match[1] in MONTHS:
        return _end_of_month(int(match[2]), MONTHS[match[1]])
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text) or re.fullmatch(r"(\d{1,2})[-/](\d{4})", text)
    if match:
        first, second = int(match[1]), int(match[2])
        year, month = (first, second) if first > 12 else (second, first)
        return _end_of_month(year, month)
    match = re.fullmatch(r"q([1-4])[ -]?(\d{4})", text)
    if match:
        return _end_of_month(int(match[2]), 3 * int(match[1]))
    match = re.fullmatch(r"(\d{4})[ -]?q([1-4])", text)
    if match:
        return _end_of_month(int(match[1]), 3 * int(match[2]))
    match = re.fullmatch(r"(\S+) kwartaal (\d{4})", text) or re.fullmatch(r"kwartaal ([1-4]) (\d{4})", text)
    if match and (match[1] in _ORDINALS or match[1].isdigit()):
        return _end_of_month(int(match[2]), 3 * (_ORDINALS.get(match[1]) or int(match[1])))
    match = re.fullmatch(r"h([12]) (\d{4})", text) or re.fullmatch(r"(eerste|tweede) helft (\d{4})", text)
    if match:
        return _end_of_month(int(match[2]), 6 if match[1] in ("1", "eerste") else 12)
    match = re.fullmatch(r"week (\d{1,2}) (\d{4})", text)
    if match:
        return dt.date.fromisocalendar(int(match[2]), int(match[1]), 7)
    match = re.fullmatch(r"(\d{4})", text)
    if match:
        return dt.date(int(match[1]), 12, 31)
    return None


def parse_hour(value):
    """Een uur van de dag (0 t/m 23) uit 20, "20", "20:00", "20u", "20.00 uur" of "8 pm"; anders ``None``.

    Voorbeeld:
        >>> parse_hour("20:00")
        20
        >>> parse_hour("20u")
        20
        >>> parse_hour("8 pm")
        20
        >>> parse_hour(25) is None
        True
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        hour = int(value)
    elif isinstance(value, str):
        text = normalize_text(value).replace("uur", "u").replace(" ", "")
        match = re.fullmatch(r"(\d{1,2})([:.]00)?(u)?(am|pm)?", text)
        if not match:
            return None
        hour = int(match[1])
        if match[4] == "pm" and hour < 12:
            hour += 12
        elif match[4] == "am" and hour == 12:
            hour = 0
    else:
        return None
    return hour if 0 <= hour <= 23 else None
