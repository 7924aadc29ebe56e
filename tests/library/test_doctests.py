"""Every example in the student modules' docstrings runs as written (one test per module)."""
import doctest
import importlib

import pytest

STUDENT_MODULES = ["datasets", "metrics", "kpi", "models", "plan", "sentiment", "plots", "grading", "definition",
                   "channels", "strategy", "content", "listening", "ads", "webcare", "influencers"]


@pytest.mark.parametrize("name", STUDENT_MODULES + ["sandbox.tamper"])
def test_the_examples_in_the_docstrings_run(name):
    module = importlib.import_module(f"smmlib.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0
