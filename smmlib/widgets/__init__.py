"""Interactieve verkenners (ipywidgets) voor de lesnotebooks, één module per verkenner.

`import smmlib` laadt dit pakket pas als je een verkenner gebruikt.

Voorbeeld:
    >>> from smmlib import widgets
    >>> widgets.kpi_picker()          # doctest: +SKIP
"""
from smmlib.widgets.kpi_picker import kpi_picker

__all__ = ["kpi_picker"]
