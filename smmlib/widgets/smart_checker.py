"""SMART-checker: vul een doel in en zie per SMART-letter of het klopt (✔) of niet (✘), met de reden.

De controle zelf is ``smmlib.plan.smart_check``; deze verkenner toont het resultaat per criterium.

Voorbeeld:
    >>> from smmlib.widgets.smart_checker import smart_checker
    >>> smart_checker()          # doctest: +SKIP
"""
import html

import ipywidgets as w

from smmlib import plan

LABELS = {"specifiek": "S — Specifiek", "meetbaar": "M — Meetbaar", "acceptabel": "A — Acceptabel",
          "realistisch": "R — Realistisch", "tijdgebonden": "T — Tijdgebonden"}


def smart_report(goal):
    """Per SMART-criterium: (criterium, gehaald?, lijst met redenen). Altijd vijf rijen, in S-M-A-R-T-volgorde.

    Voorbeeld:
        >>> doel = plan.smart_goal_template()
        >>> doel["deadline"] = "ooit"
        >>> [(c, ok) for c, ok, _ in smart_report(doel)][-1]
        ('tijdgebonden', False)
    """
    violations = plan.smart_check(goal)
    report = []
    for criterion in plan.SMART_CRITERIA:
        reasons = [v.message for v in violations if v.criterion == criterion]
        report.append((criterion, not reasons, reasons))
    return report


def render_report(goal):
    """De uitslag van ``smart_report`` als HTML voor de verkenner.

    Voorbeeld:
        >>> "5 van de 5" in render_report(plan.smart_goal_template())
        True
    """
    report = smart_report(goal)
    n_ok = sum(ok for _, ok, _ in report)
    rows = []
    for criterion, ok, reasons in report:
        if ok:
            rows.append(f"<li>✔ <b>{LABELS[criterion]}</b></li>")
        else:
            why = "<br>".join(html.escape(r) for r in reasons)
            rows.append(f"<li>✘ <b>{LABELS[criterion]}</b><br><small>{why}</small></li>")
    head = (f"<b>{n_ok} van de 5 criteria gehaald.</b>" if n_ok < 5
            else "<b>5 van de 5 criteria gehaald: dit doel is SMART.</b>")
    return head + "<ul style='list-style:none;padding-left:0'>" + "".join(rows) + "</ul>"


def smart_checker(goal=None):
    """Toon de SMART-checker: tekstvelden voor het doel en direct per criterium ✔ of ✘ met de reden.

    ``goal`` is een beginwaarde (een dict zoals ``plan.smart_goal_template()``).
    Nulmeting en streefwaarde zijn tekstvelden, zodat je ook ziet wat er gebeurt
    als je er 'veel' of '+20%' in typt.

    Voorbeeld:
        >>> checker = smart_checker()
        >>> checker.children[0].children[0].description
        'doel'
    """
    start = dict(plan.smart_goal_template() if goal is None else goal)
    style = {"description_width": "110px"}
    layout = w.Layout(width="440px")
    fields = {key: w.Text(value="" if start.get(key) is None else str(start.get(key)),
                          description=key, style=style, layout=layout)
              for key in plan.SMART_KEYS}
    verdict = w.HTML()

    def current():
        return {key: field.value for key, field in fields.items()}

    def update(_change=None):
        verdict.value = render_report(current())

    for field in fields.values():
        field.observe(update, names="value")
    update()
    return w.HBox([w.VBox(list(fields.values())), verdict])
