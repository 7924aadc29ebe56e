"""Student numbers from each LMS's own export into student_numbers.csv (issue 18)."""
from conftest import REPO

from smmlib.grader.lms import numbers, read_export
from smmlib.grader.stage import Job
from smmlib.sandbox.student_number import class_numbers

FIXTURES = REPO / "tests" / "fixtures" / "lms"


def test_moodle_worksheet_with_the_id_number_column(tmp_path):
    sheet = tmp_path / "worksheet.csv"
    sheet.write_text('Identifier,"Full name","ID number",Grade,"Last modified (grade)"\n'
                     '"Participant 70001","Piet Jansen",1234567,,-\n"Participant 70002","Jaël de Vries",,,-\n',
                     encoding="utf-8")
    jobs = [Job("70001", "70001", "Piet Jansen"), Job("70002", "70002", "Jaël de Vries")]
    assert numbers.from_export("moodle", read_export("moodle", sheet, None, "a"), jobs) == ({"70001": "1234567"}, [])


def test_moodle_worksheet_without_it_says_where_the_numbers_come_from():
    export = read_export("moodle", FIXTURES / "moodle_worksheet_en.csv", None, "a")
    found, notes = numbers.from_export("moodle", export, [Job("70001", "70001", "Piet Jansen")])
    assert found == {} and "no ID number column" in notes[0]


def test_canvas_sis_user_id_and_brightspace_org_defined_id():
    canvas = read_export("canvas", FIXTURES / "canvas_gradebook.csv", "Hoofdstuk 4", "ch04_analytics")
    assert numbers.from_export("canvas", canvas, [Job("12345", "12345", "devriesjan")])[0] == {"12345": "s1234567"}
    roster = read_export("brightspace", FIXTURES / "brightspace_classlist.csv", None, "a")
    found, _ = numbers.from_export("brightspace", roster, [Job("jan-de-vries", "", "Jan de Vries")])
    assert found == {"jan-de-vries": "0012345"}


def test_written_numbers_keep_the_lecturers_rows_and_skip_what_is_no_number(tmp_path):
    (tmp_path / numbers.NUMBERS_FILE).write_text("student_id,student_number\nanne,7654321", encoding="utf-8")
    added, notes = numbers.write(tmp_path, {"anne": "1111111", "jan": "#0012345", "kees": "onbekend"})
    assert added == 1
    assert class_numbers(tmp_path) == {"anne": "7654321", "jan": "0012345"}
    assert any("kept 7654321" in note for note in notes) and any("'onbekend'" in note for note in notes)
