"""The CSV files the LMSs exchange: reading an export the teacher downloaded, writing numbers and text.

Every import file is UTF-8 with a decimal point; whether it starts with a byte-order mark is
the LMS's choice (see each LMS's module). A BOM also lets Excel recognise UTF-8.
"""
import csv
import io

from smmlib.grader.lms.download import LmsFileError

BOM = "\ufeff"


def number(value):
    """A score as the LMSs read it: decimal point, at most two decimals, no trailing zeros; '' for no score."""
    if value is None or value != value:   # None or NaN
        return ""
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def read_export(path, what):
    """(header, rows) of a CSV file exported from an LMS: BOM or not, comma or semicolon (Excel-saved)."""
    try:
        raw = open(path, "rb").read()
    except OSError as error:
        raise LmsFileError(f"cannot read the {what} {path}: {error}") from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise LmsFileError(f"the {what} {path} is empty")
    return [h.strip() for h in rows[0]], rows[1:]


def csv_text(rows, bom=False):
    """CSV text (comma, CRLF line ends as Excel and the LMSs write them), with a BOM if asked."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return (BOM if bom else "") + out.getvalue()
