"""Reading real-looking Brightspace, Canvas and Moodle downloads, and what goes back into each LMS.

The downloads are described in tests/fixtures/lms/<lms>.json (see its README) and built here
as zips, with the zip quirks of Windows and macOS. The feedback bundles are checked against
Moodle's and Canvas's matching rules, written out again below from their source, and the
import files against what each LMS's importer requires.
"""
import io
import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lms_rules import MOODLE_EN, MOODLE_NL, canvas_rule, moodle_import, moodle_rule, rows_of
from smmlib.grader import lms
from smmlib.grader.stage import stage

A = "ch04_analytics"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lms"
FEEDBACK = "feedback-ch04-analytics.html"


def notebook(marker):
    return json.dumps({"cells": [], "metadata": {"marker": marker}, "nbformat": 4, "nbformat_minor": 5}).encode()


def marker(data):
    return json.loads(data)["metadata"]["marker"]


class LegacyName(zipfile.ZipInfo):
    """A zip entry whose name is stored in a legacy encoding without the UTF-8 flag (old zip tools, Windows)."""
    encoding = "cp850"

    def _encodeFilenameFlags(self):
        return self.filename.encode(self.encoding), self.flag_bits & ~0x800


def content(spec):
    if isinstance(spec, dict):
        return build_zip(io.BytesIO(), {"entries": spec["zip"]}).getvalue()
    kind, _, value = spec.partition(":")
    return notebook(value) if kind == "nb" else value.encode("utf-8")


def build_zip(target, download):
    names = download.get("names", "utf-8")
    with zipfile.ZipFile(target, "w") as archive:
        for path, spec in download["entries"]:
            name = path if spec == "dir" else path.replace("/", download.get("separator", "/"))
            info = zipfile.ZipInfo(name)
            if names != "utf-8":
                info = LegacyName(name)
                info.encoding = "utf-8" if names == "utf-8 without flag" else "cp850"
            archive.writestr(info, b"" if spec == "dir" else content(spec))
    return target


def downloads(lms_name):
    return json.loads((FIXTURES / f"{lms_name}.json").read_text(encoding="utf-8"))


CASES = [(name, i, d) for name in ("moodle", "canvas", "brightspace") for i, d in enumerate(downloads(name))]


@pytest.fixture(params=CASES, ids=[f"{name}-{i}" for name, i, _ in CASES])
def read(request, tmp_path):
    name, _, download = request.param
    layout, subs = lms.read_download(build_zip(tmp_path / download["zip"], download), A)
    return name, download, layout, {s.student_id: s for s in subs}


def test_every_student_is_read_under_the_right_id_with_the_right_notebook(read):
    name, download, layout, subs = read
    assert layout == download["layout"] == name
    assert set(subs) == set(download["students"])
    for student, expected in download["students"].items():
        sub = subs[student]
        path, data, remark = sub.notebook(A)
        assert (sub.lms_id, sub.name) == (expected["lms_id"], expected["name"]), student
        assert (marker(data) if data else None) == expected["graded"], student
        assert sub.late == expected.get("late", False), student
        if "entry" in expected:
            assert sub.ref(path) == expected["entry"], student
        if "remark" in expected:
            assert "; ".join(p for p in [sub.remark, remark] if p) == expected["remark"], student
        assert [marker(lms.pick_notebook(files, A)[1]) for _, files in sub.earlier] == expected.get("earlier", [])


def test_a_folder_unpacked_from_a_download_reads_the_same(tmp_path):
    download = downloads("brightspace")[0]
    with zipfile.ZipFile(build_zip(tmp_path / "d.zip", download)) as archive:
        archive.extractall(tmp_path / "unpacked")
    layout, subs = lms.read_download(tmp_path / "unpacked", A)
    assert layout == "brightspace" and {s.student_id for s in subs} == set(download["students"])


def test_older_submissions_are_kept_once_next_to_the_graded_one(tmp_path):
    download = downloads("brightspace")[0]
    _, subs = lms.read_download(build_zip(tmp_path / "d.zip", download), A)
    for _ in range(2):   # a rerun on the same download adds nothing
        stage(tmp_path, A, subs)
    folder = tmp_path / "submitted" / "Jan de Vries" / A
    assert marker((folder / f"{A}.ipynb").read_bytes()) == "jan-new"
    assert [marker(p.read_bytes()) for p in sorted(folder.glob("*.previous-*"))] == ["jan-old"]


def test_nothing_recognisable_and_not_a_download(tmp_path):
    (tmp_path / "tree" / "de Vries" / A).mkdir(parents=True)
    (tmp_path / "tree" / "de Vries" / A / f"{A}.ipynb").write_bytes(notebook("x"))
    layout, subs = lms.read_download(tmp_path / "tree", A)
    assert layout == "plain" and subs[0].student_id == "de Vries"
    with pytest.raises(lms.DownloadError, match="no submissions found"):
        lms.read_download(build_zip(tmp_path / "leeg.zip", {"entries": [["readme.txt", "text:x"]]}), A)
    with pytest.raises(lms.DownloadError, match="neither a folder nor a zip"):
        lms.read_download(tmp_path / "tree" / "de Vries" / A / f"{A}.ipynb", A)


# --- the feedback bundles, against each LMS's own matching rule ------------------------------------

@pytest.mark.parametrize("lms_name", ["moodle", "canvas"])
def test_each_graded_student_gets_exactly_one_feedback_file_that_the_lms_maps_to_them(lms_name, tmp_path):
    for i, download in enumerate(downloads(lms_name)):
        _, subs = lms.read_download(build_zip(tmp_path / f"{i}.zip", download), A)
        graded = {s.student_id: s.ref(s.notebook(A)[0]) for s in subs if s.notebook(A)[1] and s.lms_id}
        anonymous = {s.student_id[5:]: s.student_id for s in subs if s.student_id.startswith("anon_")}
        graded.update({s.student_id: s.ref(s.notebook(A)[0]) for s in subs if s.student_id in anonymous.values()})
        bundle = lms.feedback_bundle(lms_name, graded, FEEDBACK)
        if lms_name == "moodle":
            participants = {int(s.lms_id): s.student_id for s in subs if s.lms_id}
            mapped = [moodle_rule(entry, participants) for entry in bundle]
        else:
            attachments = {s: set(e.get("attachments", [])) for s, e in download["students"].items()}
            mapped = [canvas_rule(entry, download.get("group_names", []), attachments, anonymous) for entry in bundle]
        assert sorted(mapped, key=str) == sorted(graded), download["why"]


def test_brightspace_has_no_bulk_feedback_upload():
    assert lms.feedback_bundle("brightspace", {"Jan de Vries": "13394-80552 - Jan de Vries"}, FEEDBACK) == {}


# --- the import files -------------------------------------------------------------------------------

ROWS = [{"lms_id": "12345", "name": "devriesjan", "total": 17.5, "comment": "<p>Goed</p>"},
        {"lms_id": "12346", "name": "vriesjael", "total": None, "comment": "<p>Kapot</p>"},
        {"lms_id": "12351", "name": "van_dam_jan", "total": 21.0 + 1 / 3, "comment": ""},
        {"lms_id": "12360", "name": "nieuwkees", "total": 0.0, "comment": ""}]


def test_canvas_import_without_export_names_scores_with_a_point_and_leaves_out_who_has_none():
    notes = []
    text = lms.write_import("canvas", ROWS, "Hoofdstuk 4 (4243)", 25, notes=notes)
    assert text.startswith("\ufeffStudent,ID,")   # Canvas finds "Student" with include?; Excel reads UTF-8
    table = rows_of(text)
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Hoofdstuk 4 (4243)"]
    assert {r[1]: r[5] for r in table[1:]} == {"12345": "17.5", "12351": "21.33", "12360": "0"}
    assert not notes
    lms.write_import("canvas", ROWS, "Hoofdstuk 4", 25, notes=notes)
    assert "exactly this title" in notes[0]


def test_canvas_import_from_the_gradebook_export_keeps_its_columns_and_every_grade_we_do_not_give():
    export = lms.read_export("canvas", FIXTURES / "canvas_gradebook.csv", None, "Hoofdstuk 4")
    notes = []
    table = rows_of(lms.write_import("canvas", ROWS, "Hoofdstuk 4", 25, export, notes=notes))
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Hoofdstuk 4 (4243)"]
    by_id = {r[1]: r for r in table[1:]}
    assert table[1][0].strip() == "Points Possible" and table[1][5] == "25.00"
    assert by_id["12345"] == ["Vries, Jan de", "12345", "s1234567", "jdevries", "SMM-1A", "17.5"]
    assert by_id["12346"][5] == "12.50"   # no score from us: Canvas's own grade stays, never a blank
    assert by_id["12347"][5] == ""        # nothing in Canvas, nothing from us
    assert by_id["12351"][5] == "21.33" and by_id["12360"][5] == "0"
    assert "not in the gradebook export" in notes[0]
    with pytest.raises(lms.LmsFileError, match="Week 1 \\(4242\\); Hoofdstuk 4 \\(4243\\)"):
        lms.read_export("canvas", FIXTURES / "canvas_gradebook.csv", "Hoofdstuk 5", "x")
    assert lms.read_export("canvas", FIXTURES / "canvas_gradebook.csv", "4242", "x")[3] == 5


NOW = datetime(2024, 3, 18, 9, 30, tzinfo=timezone.utc)


def test_moodle_worksheet_without_export_is_the_english_worksheet_moodle_requires():
    text = lms.write_import("moodle", ROWS, A, 25, now=NOW)
    assert text.startswith("\ufeffIdentifier,")   # csv_import_reader removes the BOM; Excel reads UTF-8
    read = moodle_import(text, MOODLE_EN)
    assert read["12345"][:1] == (17.5,) and read["12351"][0] == 21.33 and read["12360"][0] == 0.0
    assert read["12346"][0] is None and read["12346"][2] == "<p>Kapot</p>"   # empty grade: Moodle keeps its own
    assert datetime.fromisoformat(read["12345"][1]) == NOW                   # strtotime-readable, with its offset
    assert moodle_import(text, MOODLE_NL) is None   # a Dutch-language upload would refuse it: use --worksheet


def test_moodle_worksheet_rerun_keeps_the_time_of_unchanged_rows():
    first = lms.write_import("moodle", ROWS, A, 25, now=NOW)
    later = NOW + timedelta(days=2)
    assert lms.write_import("moodle", ROWS, A, 25, now=later, previous=first) == first
    changed = [dict(ROWS[0], total=18.0)] + ROWS[1:]
    read = moodle_import(lms.write_import("moodle", changed, A, 25, now=later, previous=first), MOODLE_EN)
    assert datetime.fromisoformat(read["12345"][1]) == later and datetime.fromisoformat(read["12351"][1]) == NOW


@pytest.mark.parametrize("worksheet, strings", [("moodle_worksheet_en.csv", MOODLE_EN),
                                                ("moodle_worksheet_nl.csv", MOODLE_NL)])
def test_moodle_worksheet_downloaded_from_moodle_is_filled_in_and_keeps_its_language(worksheet, strings):
    export = lms.read_export("moodle", FIXTURES / worksheet, None, A)
    rows = [{"lms_id": "70001", "name": "Groep B-Piet Jansen", "total": 20.0, "comment": "<p>Goed gedaan</p>"},
            {"lms_id": "70002", "name": "Jaël de Vries", "total": None, "comment": "<p>Geen notebook</p>"},
            {"lms_id": "678", "name": "Groep A", "total": 15.0, "comment": "<p>Groep</p>"}]
    notes = []
    text = lms.write_import("moodle", rows, A, 25, export, now=NOW, notes=notes)
    original = rows_of((FIXTURES / worksheet).read_text(encoding="utf-8-sig"))
    table = rows_of(text)
    assert table[0] == original[0] and len(table) == len(original)
    read = moodle_import(text, strings)
    assert read["70001"] == (20.0, NOW.astimezone().isoformat(timespec="seconds"), "<p>Goed gedaan</p>")  # <4.1 team
    assert read["70002"][2] == "<p>Geen notebook</p>"
    assert table[2][4] == original[2][4]                      # no score from us: the cell stays as Moodle wrote it
    assert table[3] == original[3]                            # a student who handed in nothing: untouched
    if "678" in read:   # the English sheet: participant 678 is Anne Smit, the download's 678 is a group
        assert table[-1] == original[-1] and "Groep A" in notes[0]


def test_a_worksheet_moodle_would_not_recognise_is_refused(tmp_path):
    path = tmp_path / "ws.csv"
    path.write_text("ID,Vollständiger Name,Bewertung,Zuletzt geändert (Bewertung)\nTeilnehmer/in1,A,,-\n",
                    encoding="utf-8")
    with pytest.raises(lms.LmsFileError, match="English or Dutch"):
        lms.read_export("moodle", path, None, A)


def test_brightspace_import_uses_the_class_list_and_its_conventions():
    export = lms.read_export("brightspace", FIXTURES / "brightspace_classlist.csv", None, A)
    rows = [{"lms_id": "Jan de Vries", "name": "Jan de Vries", "total": 17.5},
            {"lms_id": "Zoë O'Brien", "name": "Zoë O'Brien", "total": None},
            {"lms_id": "Anne Smit", "name": "anne  smit", "total": 0.0},
            {"lms_id": "Mohamed El Amrani", "name": "Mohamed El Amrani", "total": 12.0},
            {"lms_id": "Lisa Onbekend", "name": "Lisa Onbekend", "total": 9.0}]
    notes = []
    text = lms.write_import("brightspace", rows, "Hoofdstuk 4", 25, export, notes=notes)
    assert not text.startswith("\ufeff")
    assert rows_of(text) == [["OrgDefinedId", "Username", "Hoofdstuk 4 Points Grade", "End-of-Line Indicator"],
                             ["#0012345", "#jdevries", "17.5", "#"],
                             ["#0012346", "#asmit", "0", "#"]]
    assert "Lisa Onbekend" in " ".join(notes) and "Mohamed El Amrani" in " ".join(notes)
    assert not any("grade item" in n for n in notes)
    lms.write_import("brightspace", rows, A, 25, export, notes=notes)
    assert any("create a new grade item" in n for n in notes)
    with pytest.raises(lms.LmsFileError, match="--roster"):
        lms.write_import("brightspace", rows, A, 25)


def test_roster_reader_strips_the_pound_signs():
    assert lms.read_roster(FIXTURES / "brightspace_classlist.csv")["jan de vries"] == ("0012345", "jdevries")


def test_an_export_for_another_lms_or_a_brightspace_run_without_class_list_stops_before_grading(tmp_path, capsys):
    from smmlib import cli
    download = build_zip(tmp_path / "d.zip", downloads("brightspace")[0])
    assert cli.main(["grade", A, "--from", str(download), "--lms", "brightspace"]) == 2
    assert "--roster" in capsys.readouterr().err
    assert cli.main(["grade", A, "--from", str(download), "--lms", "canvas",
                     "--worksheet", str(FIXTURES / "moodle_worksheet_en.csv")]) == 2
    assert "--worksheet is for --lms moodle (this run: --lms canvas)" in capsys.readouterr().err
