"""The LMSs' own rules for what they take back, written out again from their source, to check our files against.

Shared by test_lms.py (fixtures) and the end-to-end runs of `smm grade`.
"""
import csv
import io
import re


def rows_of(text):
    """A CSV text (BOM or not) as rows."""
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def moodle_rule(entry, participants):
    """assignfeedback_file_zip_importer::is_valid_filename_for_import (mod/assign/feedback/file/importziplib.php)."""
    if entry.rsplit("/", 1)[-1].startswith((".", "~")):
        return None
    for part in entry.split("/"):
        info = part.split("_", 4)                       # explode('_', $pathpart, 5)
        if len(info) < 4 or not info[1].isdigit() or int(info[1]) not in participants:
            continue
        if f"{info[2]}_{info[3]}" in ("assignsubmission_file", "assignsubmission_onlinetext", "assignfeedback_file"):
            return participants[int(info[1])]
    return None


def canvas_rule(entry, group_names, attachments, anonymous):
    """AbstractAssignment#infer_comment_context_from_filename (canvas-lms app/models/abstract_assignment.rb)."""
    filename = entry.rsplit("/", 1)[-1]
    group = next((g for g in group_names if filename.startswith(f"{g}_")), None)
    if group:
        filename = filename[len(group) + 1:]
    split = [p for p in filename.split("_") if p != "LATE"]
    if split[0] == "anon":
        student, attachment = anonymous.get(split[1]), split[2]
    else:
        ids = [p for p in split if re.fullmatch(r"\d+", p)][:2]
        student, attachment = (ids[0], ids[1]) if len(ids) == 2 else (None, None)
    if split[-1].startswith("link") or filename.startswith("._"):
        attachment = None
    return student if student in attachments and attachment in attachments[student] else None


MOODLE_EN = {"grade": "Grade", "id": "Identifier", "modified": "Last modified (grade)",
             "feedback": "Feedback comments", "hiddenuser": "Participant ", "decsep": "."}
MOODLE_NL = {"grade": "Cijfer", "id": "Identificatie", "modified": "Laatst gewijzigd (beoordeling)",
             "feedback": "Feedback als opmerking", "hiddenuser": "Deelnemer", "decsep": ","}


def moodle_import(text, strings):
    """What Moodle's worksheet importer reads: {participant id: (grade, modified, feedback)}.

    assignfeedback_offline_grade_importer::init and ::next (importgradeslib.php): columns found by
    their name in the uploader's language, all three required; the id is the cell without the
    length of get_string('hiddenuser'); the grade through unformat_float.
    """
    table = rows_of(text)
    header = table[0]
    if not all(strings[k] in header for k in ("grade", "id", "modified")):
        return None   # print_error('invalidgradeimport')
    index = {k: header.index(strings[k]) for k in ("grade", "id", "modified")}
    feedback = header.index(strings["feedback"]) if strings["feedback"] in header else None
    found = {}
    for row in table[1:]:
        grade = row[index["grade"]].strip().replace(" ", "").replace(strings["decsep"], ".")
        found[row[index["id"]][len(strings["hiddenuser"]):]] = (
            float(grade) if grade else None, row[index["modified"]], row[feedback] if feedback else None)
    return found
