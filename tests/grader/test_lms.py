"""Reading Brightspace, Canvas and Moodle downloads (generated zips in each LMS's layout) and writing their import files."""
import csv
import io
import zipfile

import pytest

from smmlib.grader import lms

NB = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
A = "ch04_analytics"


def make_zip(path, files):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def test_canvas_layout_keeps_user_ids_late_flags_and_strips_resubmission_suffix(tmp_path):
    z = make_zip(tmp_path / "canvas.zip", {
        f"jansenpiet_1001_5001_{A}.ipynb": NB,
        f"vriesjael_late_1002_5002_{A}-1.ipynb": NB,
        "ozdemirayse_1003_5003_mijn_versie.ipynb": NB,
    })
    layout, subs = lms.read_download(z, A)
    assert layout == "canvas"
    by_id = {s.lms_id: s for s in subs}
    assert set(by_id) == {"1001", "1002", "1003"}
    assert by_id["1002"].late and f"{A}.ipynb" in by_id["1002"].files
    name, data, remark = by_id["1003"].notebook(A)
    assert name == "mijn_versie.ipynb" and "renamed" in remark


def test_moodle_layout_with_folders_and_with_flat_names(tmp_path):
    z = make_zip(tmp_path / "moodle.zip", {
        f"Piet Jansen_345678_assignsubmission_file_/{A}.ipynb": NB,
        f"Jaël de Vries_345679_assignsubmission_file_/{A}.ipynb": NB,
        f"Ayşe Özdemir_345680_assignsubmission_file_{A}.ipynb": NB,
    })
    layout, subs = lms.read_download(z, A)
    assert layout == "moodle"
    assert {(s.lms_id, s.name) for s in subs} == {("345678", "Piet Jansen"), ("345679", "Jaël de Vries"),
                                                  ("345680", "Ayşe Özdemir")}
    assert all(s.notebook(A)[1] == NB for s in subs)


def test_brightspace_layout_uses_names_and_ignores_index_html(tmp_path):
    z = make_zip(tmp_path / "brightspace.zip", {
        "index.html": b"<html></html>",
        f"123-4567 - Piet Jansen - Nov 23, 2026 1105 AM - {A}.ipynb": NB,
        f"124-4568 - Jaël de Vries - Nov 22, 2026 947 PM/{A}.ipynb": NB,
    })
    layout, subs = lms.read_download(z, A)
    assert layout == "brightspace"
    assert {s.student_id for s in subs} == {"Piet Jansen", "Jaël de Vries"}


def test_plain_submitted_tree_and_errors(tmp_path):
    (tmp_path / "tree" / "de Vries" / A).mkdir(parents=True)
    (tmp_path / "tree" / "de Vries" / A / f"{A}.ipynb").write_bytes(NB)
    layout, subs = lms.read_download(tmp_path / "tree", A)
    assert layout == "plain" and subs[0].student_id == "de Vries"
    with pytest.raises(lms.DownloadError, match="no submissions found"):
        lms.read_download(make_zip(tmp_path / "leeg.zip", {"readme.txt": b"x"}), A)
    with pytest.raises(lms.DownloadError, match="neither a folder nor a zip"):
        lms.read_download(tmp_path / "tree" / "de Vries" / A / f"{A}.ipynb", A)


def test_submission_without_notebook_is_reported():
    sub = lms.Submission("x", "x", "x", {"verslag.docx": b""})
    assert sub.notebook(A) == (None, None, "no notebook (.ipynb) in the submission")


ROWS = [{"lms_id": "1001", "name": "Piet Jansen", "total": 17.5, "comment": ""},
        {"lms_id": "1002", "name": "Jaël de Vries", "total": None, "comment": "invalid notebook"}]


def read(text):
    return list(csv.reader(io.StringIO(text)))


def test_canvas_import_file():
    rows = read(lms.write_import("canvas", ROWS, "Hoofdstuk 4 (812)", 25))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Hoofdstuk 4 (812)"]
    assert rows[1][0] == "Points Possible" and rows[1][-1] == "25"
    assert rows[2][:2] == ["Piet Jansen", "1001"] and rows[2][-1] == "17.5"
    assert rows[3][-1] == ""  # no grade: the LMS keeps what it had


def test_moodle_import_file():
    rows = read(lms.write_import("moodle", ROWS, "ch04", 25))
    assert rows[0][:3] == ["Identifier", "Full name", "Grade"]
    assert rows[1][:3] == ["Participant 1001", "Piet Jansen", "17.5"]


def test_brightspace_import_file_uses_the_roster():
    roster = {"piet jansen": ("#000123", "pjansen")}
    rows = read(lms.write_import("brightspace", ROWS, "Hoofdstuk 4", 25, roster))
    assert rows[0] == ["OrgDefinedId", "Username", "Hoofdstuk 4 Points Grade", "End-of-Line Indicator"]
    assert rows[1] == ["#000123", "pjansen", "17.5", "#"]


def test_roster_reader(tmp_path):
    path = tmp_path / "classlist.csv"
    path.write_text("OrgDefinedId,Username,Last Name,First Name,Email\n#000123,pjansen,Jansen,Piet,p@x.nl\n",
                    encoding="utf-8")
    assert lms.read_roster(path) == {"piet jansen": ("#000123", "pjansen")}
