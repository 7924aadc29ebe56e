"""The grader decides which student's data a submission is graded on (issue 18)."""
import nbformat

from smmlib.sandbox import student_number as sn


def notebook(*sources):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])


def test_the_number_in_the_notebook_is_read_without_running_it():
    assert sn.number_in_notebook(notebook('studentnummer = "1234567"\nuse_variant(studentnummer)')) == "1234567"
    assert sn.number_in_notebook(notebook("x = 1", "studentnummer = 'S 123.4567'")) == "S 123.4567"
    assert sn.number_in_notebook(notebook("studentnummer = input()", "print(1")) is None


def test_the_class_list_wins_and_a_different_number_is_flagged_with_both():
    nb = notebook('studentnummer = "7654321"')
    number, note = sn.choose("jan", nb, {"jan": "1234567"})
    assert number == "1234567" and "7654321" in note and "1234567" in note and "check by hand" in note
    assert sn.choose("jan", notebook('studentnummer = "1234567"'), {"jan": "1234567"}) == ("1234567", None)


def test_without_a_class_list_the_typed_number_is_used():
    assert sn.choose("jan", notebook('studentnummer = " 1234567 "'), {}) == ("1234567", None)


def test_a_missing_or_malformed_number_grades_on_the_base_data_and_says_so():
    number, note = sn.choose("jan", notebook('studentnummer = "..."'), {})
    assert number is None and "no student number" in note
    number, note = sn.choose("jan", notebook('studentnummer = "abc"'), {})
    assert number is None and "'abc'" in note
    assert sn.choose("jan", notebook("x = 1"), {}) == (None, None)      # an assignment without variants


def test_on_the_hub_an_empty_number_is_the_submissions_own_id():
    """The hub: use_variant("...") took SMM_STUDENT_ID (the hub user), which is also the submission's id."""
    assert sn.choose("s1234567", notebook('studentnummer = "..."'), {}) == ("s1234567", None)
    assert sn.choose("jdevries", notebook('studentnummer = "..."'), {})[0] is None


def test_the_class_list_file_is_read(tmp_path):
    (tmp_path / sn.NUMBERS_FILE).write_text("student_id,student_number\njan,1234567\npiet,\n", encoding="utf-8")
    assert sn.class_numbers(tmp_path) == {"jan": "1234567"}
    assert sn.class_numbers(tmp_path / "nowhere") == {}
