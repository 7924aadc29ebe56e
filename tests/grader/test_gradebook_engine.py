"""A grading worker shares one SQLAlchemy engine per gradebook URL among nbgrader's Gradebooks (issue 19)."""
import nbgrader.api
from nbgrader.api import Gradebook

from smmlib.grader.gradebook import share_engines


def test_gradebooks_of_a_worker_share_one_engine_and_see_each_others_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(nbgrader.api, "create_engine", nbgrader.api.create_engine)   # undone after the test
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url) as before_a, Gradebook(url) as before_b:
        assert before_a.engine is not before_b.engine          # nbgrader's own way: an engine each
    share_engines()
    share_engines()                                             # a second call changes nothing
    with Gradebook(url) as first:
        first.add_student("s001", first_name="Anna")
        engine = first.engine
    with Gradebook(url) as second:
        assert second.engine is engine
        assert second.find_student("s001").first_name == "Anna"
    with Gradebook(f"sqlite:///{tmp_path / 'other.db'}") as other:
        assert other.engine is not engine and other.students == []
