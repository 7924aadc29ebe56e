"""Every control of every explorer has a visible label, which ipywidgets also gives as its accessible name
(issue 22): a screen-reader user hears what a slider or list is for, and nothing depends on colour alone."""
import ipywidgets as w
import pytest

from smmlib import widgets

CONTAINERS = (w.Box, w.Output, w.HTML, w.HTMLMath, w.Label)


def controls(widget):
    """Every widget inside `widget` that a student operates."""
    if not isinstance(widget, CONTAINERS):
        yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from controls(child)


@pytest.mark.parametrize("name", widgets.__all__)
def test_every_control_has_a_label_in_words(name):
    found = list(controls(getattr(widgets, name)()))
    assert found, f"{name} has no controls"
    for control in found:
        label = (control.description or "").strip()
        assert sum(ch.isalpha() for ch in label) >= 3, f"{name}: {type(control).__name__} has no label in words"
        for option in getattr(control, "options", ()) or ():
            text = option[0] if isinstance(option, tuple) else option
            assert str(text).strip(), f"{name}: {type(control).__name__} has an option without text"
