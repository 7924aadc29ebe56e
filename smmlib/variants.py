"""Eigen cijfers per student: elke student krijgt een eigen variant van de cursusdata.

Na ``use_variant("1234567")`` geeft ``load_dataset`` in deze kernel de data van de variant
van studentnummer 1234567: hetzelfde merk, dezelfde kolommen en groottes en dezelfde
ingebouwde effecten als de basisdata, maar met andere getallen. ``use_variant(None)`` zet de
basisdata van de cursus terug (die gebruiken de lessen).

Voorbeeld:
    >>> from smmlib import use_variant, load_dataset
    >>> use_variant("1234567")
    'Je werkt nu met de data van studentnummer 1234567.'
    >>> eigen = load_dataset("posts")
    >>> use_variant(None)
    'Je werkt nu met de basisdata van de cursus.'
    >>> bool((eigen["likes"] != load_dataset("posts")["likes"]).any())
    True
"""
from __future__ import annotations

import hashlib
import os
import re

from smmlib.datagen import planted
from smmlib.datagen.build import build_frames
from smmlib.datagen.common import SEED

# A student number as Dutch universities write them: 5 to 10 digits, sometimes after one or two letters.
STUDENT_NUMBER = re.compile(r"^[a-z]{0,2}\d{5,10}$")
MAX_ATTEMPTS = 100
_active = {"number": None}


class StudentnummerFout(ValueError):
    """Een ontbrekend of onjuist studentnummer; Jupyter toont alleen de uitleg, zonder traceback."""

    def _render_traceback_(self):       # IPython shows these lines instead of the whole traceback
        return [f"StudentnummerFout: {self}"]


def normalize_number(student_number) -> str:
    """The student number in one spelling (lower case, no spaces); a Dutch ValueError when it is not one."""
    text = re.sub(r"[\s.-]", "", str(student_number)).lower()
    if not STUDENT_NUMBER.match(text):
        raise StudentnummerFout(
            f"{student_number!r} is geen studentnummer. Vul je eigen studentnummer in tussen de "
            f'aanhalingstekens, bijvoorbeeld studentnummer = "1234567", en voer de cel opnieuw uit.')
    return text


def variant_seed(student_number) -> int:
    """The variant of a student number: a fixed 64-bit number, the same on every computer."""
    digest = hashlib.sha256(normalize_number(student_number).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def use_variant(student_number=None) -> str:
    """Werk vanaf nu met de data van dit studentnummer (``None``: de basisdata van de cursus).

    Laat je het nummer leeg (``""`` of ``"..."``), dan komt het uit ``SMM_STUDENT_ID``: zo
    hoef je op de JupyterHub van de klas niets in te vullen. Geeft een zin terug die zegt met
    welke data je werkt.
    """
    if student_number is None:
        _active["number"] = None
        return "Je werkt nu met de basisdata van de cursus."
    if str(student_number).strip() in ("", "..."):
        student_number = os.environ.get("SMM_STUDENT_ID", "").strip()
        if not student_number:
            raise StudentnummerFout('Je hebt je studentnummer nog niet ingevuld. Zet het tussen de '
                             'aanhalingstekens, bijvoorbeeld studentnummer = "1234567", en voer de cel opnieuw uit.')
    _active["number"] = normalize_number(student_number)
    return f"Je werkt nu met de data van studentnummer {_active['number']}."


def active_number():
    """The student number whose data load_dataset returns, or None for the base data."""
    return _active["number"]


def grading_number():
    """While grading: the student number whose data the grader decided (SMM_GRADING_VARIANT), else None.

    It wins over the number in the notebook, so the hidden tests, and the notebook's own code
    when the grader runs it again, use the student's own data; the grading guard keeps it unchanged.
    """
    return os.environ.get("SMM_GRADING_VARIANT") or None


def variant_group(name: str, student_number, read, course_seed=SEED) -> dict:
    """The data set `name` of a student's variant with the ones built with it, typed by `read(name, frame)`.

    A variant keeps every planted effect of the datasheet: when one does not hold, the next
    attempt of the same student is taken (always the same one, so student and grader agree).
    `course_seed` is the cohort's seed (the one the shipped base data was built with).
    """
    group = planted.group_of(name)
    return accepted_group(group, course_seed, variant_seed(student_number), read)[0]


def accepted_group(group, course_seed, seed, read):
    """The first attempt of this variant whose data sets in `group` show every planted effect: (frames, attempt)."""
    attempts = [(seed + attempt) % 2**64 for attempt in range(MAX_ATTEMPTS)]
    _built, typed, attempt = first_accepted(group, course_seed, attempts, read)
    return typed, attempt


def base_frames(course_seed, read):
    """A cohort's base data (every data set, untyped, for the CSVs): the plain build where every planted
    effect holds, else per group the first numbered attempt that has them (as for students)."""
    frames = {}
    for group in planted.GROUPS:
        built, _typed, _attempt = first_accepted(group, course_seed, [None, *range(1, MAX_ATTEMPTS)], read)
        frames.update(built)
    return frames


def first_accepted(group, course_seed, candidates, read):
    """(built, typed, attempt number) of the first candidate variant whose `group` shows every planted effect."""
    for attempt, variant in enumerate(candidates):
        built = build_frames(group, course_seed=course_seed, variant=variant)
        typed = {name: read(name, built[name]) for name in group}
        if not any(planted.problems(name, typed[name]) for name in group):
            return {name: built[name] for name in group}, typed, attempt
    raise RuntimeError(f"No data for {group} with every planted effect in {len(candidates)} attempts "
                       f"(course seed {course_seed}); datasets/README.md lists the effects.")

