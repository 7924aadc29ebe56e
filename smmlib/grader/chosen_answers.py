"""Report stage of `smm grade`, part one: which answers the class chose in each judgement exercise.

During autograde the hidden tests record, per test cell, the answers a student chose and
whether each was right (``Check.chose``; ``score_items``, ``score_text`` and
``score_mapping`` do it themselves). ``Check.score`` puts them once in the cell's output
as a display_data under ``ANSWERS_MIME``; the feedback page leaves that output out
(``feedback.DropAnswerRecords``). This module reads those records from the autograded
notebooks and counts them for the class report.

Only a test cell's own record counts (the grade id must match the cell's), and a record
that is not the expected plain list of [part, answer, right] is skipped: a record can
never crash the report, and it never touches a score.
"""
import json
from pathlib import Path

import pandas as pd

from smmlib.grading import ANSWERS_MIME

MAX_RECORDS = 200     # per test cell, as Check.chose keeps
MAX_TEXT = 80


def read(path):
    """{grade id: [(part, answer, right), ...]} from one autograded notebook; {} if it cannot be read."""
    return {gid: _items(data.get("chosen"), (str, str, bool)) for gid, data in _answer_records(path).items()}


def read_values(path):
    """{grade id: [(part, given, expected), ...]}: the numbers a test cell compared (``Check.compared``)."""
    return {gid: _items(data.get("values"), (str, float, float)) for gid, data in _answer_records(path).items()}


def _answer_records(path):
    """{grade id: the last answer record in that test cell's output}; {} if the notebook cannot be read."""
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = nb.get("cells", [])
    except Exception:
        return {}
    found = {}
    for cell in cells if isinstance(cells, list) else []:
        meta = cell.get("metadata", {}).get("nbgrader", {}) if isinstance(cell, dict) else {}
        if not (isinstance(meta, dict) and meta.get("grade") and not meta.get("solution")):
            continue
        gid = meta.get("grade_id")
        for output in cell.get("outputs", []) if isinstance(cell.get("outputs"), list) else []:
            data = _record(output, gid)
            if data is not None:
                found[gid] = data          # the last record of the cell counts
    return found


def _record(output, gid):
    """The answer record of one output if it is this cell's own, else None."""
    if not isinstance(output, dict) or output.get("output_type") != "display_data":
        return None
    data = (output.get("data") or {}).get(ANSWERS_MIME)
    if not isinstance(data, dict) or data.get("grade_id") != gid or not isinstance(data.get("chosen"), list):
        return None
    return data


def _items(items, kinds):
    """The well-formed items of a record: lists of len(kinds) values of those types, texts cut short."""
    kept = []
    for item in items[:MAX_RECORDS] if isinstance(items, list) else []:
        if isinstance(item, list) and len(item) == len(kinds) and all(map(_is, item, kinds)):
            kept.append(tuple(x[:MAX_TEXT] if kind is str else kind(x) for x, kind in zip(item, kinds)))
    return kept


def _is(value, kind):
    """True when `value` is of `kind`; a number (never a bool) counts as float."""
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


def collect(root, assignment, jobs):
    """{student: {grade id: [(part, answer, right)]}} for every graded student of the run."""
    records = {}
    for job in jobs:
        if job.status in ("graded", "unchanged"):
            path = Path(root) / "autograded" / job.student / assignment / f"{assignment}.ipynb"
            records[job.student] = read(path)
    return records


def tally(records):
    """One row per exercise, part and answer: how many students chose it (each student once), right or wrong.

    Columns: opgave, onderdeel, antwoord, goed, aantal, van (students with a record for the
    exercise), aandeel (aantal / van). Sorted per exercise and part, most chosen first.
    """
    counts, answered = {}, {}
    for by_exercise in records.values():
        for gid, items in by_exercise.items():
            answered[gid] = answered.get(gid, 0) + 1
            for part, answer, right in set(items):
                key = (gid, part, answer, right)
                counts[key] = counts.get(key, 0) + 1
    rows = [{"opgave": gid, "onderdeel": part, "antwoord": answer, "goed": right, "aantal": n,
             "van": answered[gid], "aandeel": n / answered[gid]}
            for (gid, part, answer, right), n in counts.items()]
    columns = ["opgave", "onderdeel", "antwoord", "goed", "aantal", "van", "aandeel"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["opgave", "onderdeel", "aantal", "antwoord"], ascending=[True, True, False, True],
                             ignore_index=True)
