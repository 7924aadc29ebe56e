"""Interactieve verkenners (ipywidgets) voor de lesnotebooks, één module per verkenner.

`import smmlib` laadt dit pakket pas als je een verkenner gebruikt.

| hoofdstuk | verkenner |
|---|---|
| 1 | `customer_cycle_walker()`: loop met een klant door de klantcyclus |
| 2 | `channel_chooser()`: kanalen per doelgroep |
| 3 | `smart_checker()`: is je doel SMART? |
| 4 | `kpi_picker()`: KPI's per doel, met ijdelheidsmetrics |
| 5 | `calendar_planner()`: voldoet je contentkalender aan de regels? |
| 6 | `listening_dashboard()`: merk, periode en sentiment |
| 7 | `funnel_explorer()`: trechter per campagne |
| 8 | `response_dashboard()`: reactietijd per kanaal met de norm als schuif |
| 9 | `portfolio_builder()`: influencerportfolio binnen budget |

Voorbeeld:
    >>> from smmlib import widgets
    >>> widgets.kpi_picker()          # doctest: +SKIP
"""
from smmlib.widgets.calendar_planner import calendar_planner
from smmlib.widgets.channel_chooser import channel_chooser
from smmlib.widgets.customer_cycle import customer_cycle_walker
from smmlib.widgets.funnel_explorer import funnel_explorer
from smmlib.widgets.kpi_picker import kpi_picker
from smmlib.widgets.listening_dashboard import listening_dashboard
from smmlib.widgets.portfolio_builder import portfolio_builder
from smmlib.widgets.response_dashboard import response_dashboard
from smmlib.widgets.smart_checker import smart_checker

__all__ = ["calendar_planner", "channel_chooser", "customer_cycle_walker", "funnel_explorer", "kpi_picker",
           "listening_dashboard", "portfolio_builder", "response_dashboard", "smart_checker"]
