"""Report stage of `smm grade`: the class report (report.html, in Dutch) a lecturer and a toetscommissie read.

Per exercise the p-value and the Rir with a flag outside the bounds, Cronbach's alpha, the
score distribution with the pass mark, the answers the class chose in each judgement
exercise, the most common mistakes, and what needs a human (check by hand, manual grading,
submissions that could not be graded). Every chart is a seaborn chart with the same numbers
in a table next to it. The statistics are in ``item_stats``, the chosen answers in
``chosen_answers``; this module only lays them out. The page helpers (``page``, ``figure``,
``table``) are shared with ``overview``.

Accessible on purpose: lang="nl", header/nav/main landmarks, a skip link, tables with
real header cells, chart images whose alt text states the finding, the course's
colour-blind-safe palette, flags written as words, and a print style.
"""
import base64
import html
import io
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from smmlib import plots  # noqa: E402
from smmlib.grader import chosen_answers, copied_answers, item_stats  # noqa: E402
from smmlib.grader.exports import wrong_answers  # noqa: E402

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;
max-width:66em;margin:0 auto;padding:0 1em 3em}
a{color:#0b4f9c}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:1em;top:1em;background:#fff;color:#0b4f9c;padding:.5em 1em;outline:3px solid #0b4f9c;z-index:9}
header{border-bottom:2px solid #1a1a1a;margin-bottom:1em}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25em 1.2em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #6b6b6b;padding:.25em .6em;text-align:left;vertical-align:top}
thead th{background:#eef1f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.signaal{font-weight:bold}
figure{margin:1em 0}
figcaption{font-size:.95em}
img{max-width:100%;height:auto}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
@media print{
 .skip,nav{display:none}
 body{max-width:none;font-size:10.5pt}
 a{color:#1a1a1a;text-decoration:none}
 h2,h3{break-after:avoid}
 table,figure{break-inside:avoid}
 thead{display:table-header-group}
}
"""


# ---- page helpers (also used by overview) ---------------------------------------------------
def esc(value):
    return html.escape(str(value), quote=True)


def nl(value, digits=2, none="niet te berekenen"):
    """A number the Dutch way (decimal comma); `none` for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return none
    return f"{value:.{digits}f}".replace(".", ",")


def percent(share):
    return "geen" if share is None or math.isnan(share) else f"{share:.0%}"


def figure(fig, alt, caption=None):
    """A chart as an inline PNG with its alt text (the finding, in Dutch) and an optional caption."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode()
    caption_html = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
    return f'<figure><img alt="{esc(alt)}" src="data:image/png;base64,{data}">{caption_html}</figure>'


def table(rows, columns, caption, numeric=(), row_header=True):
    """An HTML table: `rows` are lists of already formatted cells; the first cell is the row header."""
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in columns)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if i == 0 and row_header:
                cells.append(f'<th scope="row">{value}</th>')
            else:
                cls = ' class="num"' if columns[i] in numeric else ""
                cells.append(f"<td{cls}>{value}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def page(title, sections, intro=""):
    """The whole page: skip link, header with the title and a nav to each section, main with the sections.

    `sections` is a list of (id, heading, html).
    """
    nav = "".join(f'<li><a href="#{sid}">{esc(heading)}</a></li>' for sid, heading, _ in sections)
    body = "".join(f'<section aria-labelledby="{sid}"><h2 id="{sid}">{esc(heading)}</h2>{content}</section>'
                   for sid, heading, content in sections)
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
            f'<a class="skip" href="#inhoud">Naar de inhoud</a>'
            f'<header><h1>{esc(title)}</h1><nav aria-label="Onderdelen van dit rapport"><ul>{nav}</ul></nav></header>'
            f'<main id="inhoud" tabindex="-1">{intro}{body}</main></body></html>')


def short(gid, assignment):
    """A grade id without the assignment in front: ch04_analytics_01_kpi_keuze -> 01_kpi_keuze."""
    return gid[len(assignment) + 1:] if gid.startswith(assignment + "_") else gid


def grade_basis(table_):
    """(points per graded student, maximum, what it covers): the total once manual grading is done, else
    the autograded part (a pending manual score would otherwise count as 0)."""
    graded = table_[table_["status"] != "failed"]
    cells = table_.attrs["cells"]
    pending = bool(graded["needs_manual"].astype(bool).any()) if len(graded) else False
    if pending or not any(m for _, _, m in cells):
        maximum = sum(p for _, p, m in cells if not m)
        return graded["autograded"].fillna(0.0), maximum, ("het automatisch nagekeken deel (handmatig nakijken "
                                                           "loopt nog)" if pending else "alle opgaven")
    return graded["total"].fillna(0.0), sum(p for _, p, _ in cells), "alle opgaven, ook de handmatig nagekeken"


# ---- the sections -----------------------------------------------------------------------------
def distribution_section(table_, pass_mark):
    points, maximum, covers = grade_basis(table_)
    if not len(points) or not maximum:
        return "<p>Er zijn geen nagekeken inleveringen.</p>"
    grades = item_stats.grades(points, maximum)
    passing = int(sum(item_stats.passed(g, pass_mark) for g in grades))
    fig, ax = plt.subplots(figsize=(7, 3.5))
    sns.histplot(x=grades, bins=[i / 2 for i in range(21)], ax=ax, color=plots.PALETTE[0])
    ax.axvline(pass_mark, color="black", linestyle="--", linewidth=2)
    ax.text(pass_mark, ax.get_ylim()[1] * 0.95, f" cesuur {nl(pass_mark, 1)}", va="top", ha="left")
    ax.set(title="Cijferverdeling", xlabel="cijfer (10 × aandeel van de punten)", ylabel="studenten", xlim=(0, 10))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    alt = (f"Histogram van de cijfers: {passing} van de {len(grades)} studenten halen de cesuur van "
           f"{nl(pass_mark, 1)} of hoger; mediaan {nl(grades.median(), 1)}, laagste {nl(grades.min(), 1)}, "
           f"hoogste {nl(grades.max(), 1)}.")
    summary = table([["aantal nagekeken", str(len(grades))], ["gemiddeld cijfer", nl(grades.mean(), 1)],
                     ["mediaan", nl(grades.median(), 1)],
                     ["standaardafwijking", nl(grades.std(ddof=1) if len(grades) > 1 else None, 1)],
                     ["laagste", nl(grades.min(), 1)], ["hoogste", nl(grades.max(), 1)],
                     [f"cesuur {nl(pass_mark, 1)} of hoger", f"{passing} ({percent(passing / len(grades))})"]],
                    ["maat", "waarde"], "Cijfers in getallen", numeric=("waarde",))
    counts = [0] * 10
    for grade in grades:
        counts[min(int(grade), 9)] += 1       # 9 up to and including 10 is the last band
    band_rows = [[f"{i} tot {i + 1}" if i < 9 else "9 tot en met 10", str(n)] for i, n in enumerate(counts)]
    return (f"<p>Cijfer = 10 × behaalde punten / maximum ({nl(maximum, 0)} punten), over {esc(covers)}. "
            f"De cesuur is {nl(pass_mark, 1)}: dat is {nl(pass_mark * 10, 0)}% van de punten "
            f"(<code>smm grade --pass-mark</code>).</p>" + figure(fig, alt) + summary
            + table(band_rows, ["cijfer", "studenten"], "Aantal studenten per cijfer", numeric=("studenten",)))


def items_section(table_, assignment):
    scores, maximum = item_stats.item_scores(table_)
    if not len(scores.columns):
        return "<p>Deze opdracht heeft geen automatisch nagekeken opgaven.</p>", None
    items = item_stats.item_table(scores, maximum)
    items["kort"] = [short(g, assignment) for g in items["opgave"]]
    items["label"] = [k + (" (signaal)" if flag else "") for k, flag in zip(items["kort"], items["signaal"])]
    flagged = items[items["signaal"] != ""]
    fig, axes = plt.subplots(1, 2, figsize=(9, 0.8 + 0.5 * len(items)), sharey=True)
    rir = items["rir"].map(lambda r: float("nan") if r is None else r)
    sns.barplot(x=items["p"], y=items["label"], ax=axes[0], color=plots.PALETTE[0])
    for bound in (item_stats.P_LOW, item_stats.P_HIGH):
        axes[0].axvline(bound, color="black", linestyle="--")
    axes[0].set(title="p-waarde", xlabel="gemiddeld aandeel van de punten", ylabel="", xlim=(0, 1))
    sns.barplot(x=rir, y=items["label"], ax=axes[1], color=plots.PALETTE[2])
    axes[1].axvline(item_stats.RIR_LOW, color="black", linestyle="--")
    axes[1].axvline(0, color="black", linewidth=1)
    axes[1].set(title="Rir", xlabel="correlatie met de rest van de opgaven", xlim=(-1, 1))
    for ax, values in ((axes[0], items["p"]), (axes[1], rir)):
        for pos, value in enumerate(values):
            label = "n.v.t." if math.isnan(value) else nl(value)
            ax.text(0.02 if ax is axes[0] else -0.98, pos, label, va="center", fontsize=9,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    alt = ("Staafdiagrammen van de p-waarde en de Rir per opgave, met stippellijnen op de grenzen. "
           + ("Buiten de grenzen: " + "; ".join(f"{r.kort} ({r.signaal})" for r in flagged.itertuples()) + "."
              if len(flagged) else "Alle opgaven liggen binnen de grenzen."))
    rows = [[esc(r.kort), nl(r.punten, 0), nl(r.gemiddeld), nl(r.p), nl(r.rir),
             f'<span class="signaal">signaal: {esc(r.signaal)}</span>' if r.signaal else "binnen de grenzen"]
            for r in items.itertuples()]
    text = (f"<p>Over {len(scores)} nagekeken inleveringen. De p-waarde is het gemiddelde aandeel van de punten "
            "(hoog = makkelijk); de Rir is de correlatie tussen de score op de opgave en de som van de andere "
            "automatisch nagekeken opgaven (hoog = de opgave onderscheidt sterkere van zwakkere studenten). "
            "Grenzen en bronnen staan onder <a href=\"#verantwoording\">Verantwoording</a>.</p>")
    return text + figure(fig, alt) + table(rows, ["opgave", "punten", "gemiddeld", "p-waarde", "Rir", "oordeel"],
                                           "p-waarde en Rir per opgave",
                                           numeric=("punten", "gemiddeld", "p-waarde", "Rir")), scores


def reliability_section(scores):
    if scores is None:
        return "<p>Niet te berekenen: er zijn geen automatisch nagekeken opgaven.</p>"
    rel = item_stats.reliability(scores)
    how = ("<p>Cronbachs alfa over de k automatisch nagekeken opgaven: alfa = k / (k − 1) × (1 − som van de "
           "varianties van de opgaven / variantie van de totaalscore), met steekproefvarianties (n − 1). Het "
           "95%-interval volgt Feldt (1965). Niet gedefinieerd bij minder dan 2 opgaven of 2 inleveringen, of als "
           "iedereen dezelfde totaalscore heeft. Met weinig studenten is alfa onzeker: kijk naar het interval.</p>")
    if rel["alpha"] is None:
        return f"<p><strong>Cronbachs alfa: niet te berekenen</strong>, want {esc(rel['reason'])}.</p>" + how
    verdict = ("signaal: onder de grens van " + nl(item_stats.ALPHA_MIN) if rel["alpha"] < item_stats.ALPHA_MIN
               else "voldoet aan de grens van " + nl(item_stats.ALPHA_MIN))
    rows = [["Cronbachs alfa", nl(rel["alpha"])], ["95%-interval", f"{nl(rel['low'])} tot {nl(rel['high'])}"],
            ["opgaven (k)", str(rel["k"])], ["inleveringen (n)", str(rel["n"])], ["oordeel", esc(verdict)]]
    return (f"<p><strong>Cronbachs alfa: {nl(rel['alpha'])}</strong> ({esc(verdict)}).</p>"
            + table(rows, ["maat", "waarde"], "Betrouwbaarheid van de opdracht", numeric=("waarde",)) + how)


def answers_section(root, assignment, jobs, top=12):
    tallied = chosen_answers.tally(chosen_answers.collect(root, assignment, jobs))
    if tallied.empty:
        return ("<p>Er zijn geen gekozen antwoorden bewaard (deze opdracht heeft geen beoordelingsopgaven die ze "
                "bijhouden, of niemand had een na te kijken antwoord).</p>")
    parts = ["<p>Per beoordelingsopgave: welke antwoorden studenten kozen en hoe vaak (elke student telt één "
             "keer per antwoord). Foute keuzes die vaak voorkomen, laten zien wat u opnieuw kunt uitleggen.</p>"]
    wrong = tallied[~tallied["goed"]].sort_values(["aantal", "opgave"], ascending=[False, True]).head(top)
    if len(wrong):
        labels = [f"{short(r.opgave, assignment)} · {r.onderdeel}: {r.antwoord}" for r in wrong.itertuples()]
        fig, ax = plt.subplots(figsize=(8, 0.8 + 0.42 * len(wrong)))
        sns.barplot(x=wrong["aantal"].to_numpy(), y=labels, ax=ax, color=plots.PALETTE[5], orient="h")
        ax.set(title="Vaakst gekozen foute antwoorden", xlabel="studenten", ylabel="")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        first = wrong.iloc[0]
        alt = ("Staafdiagram van de vaakst gekozen foute antwoorden. Bovenaan: "
               + "; ".join(f"'{r.antwoord}' bij {short(r.opgave, assignment)} ({r.onderdeel}), {r.aantal} van "
                           f"{r.van} studenten" for r in wrong.head(3).itertuples()) + ".")
        parts.append(figure(fig, alt, f"Het vaakst gekozen foute antwoord: '{first.antwoord}' "
                                      f"({first.aantal} van {first.van} studenten)."))
    else:
        parts.append("<p>Niemand koos een fout antwoord.</p>")
    for gid, group in tallied.groupby("opgave", sort=True):
        rows = [[esc(r.onderdeel), esc(r.antwoord), "goed" if r.goed else '<span class="signaal">fout</span>',
                 str(r.aantal), percent(r.aandeel)] for r in group.itertuples()]
        parts.append(f"<h3>{esc(short(gid, assignment))}</h3>"
                     + table(rows, ["onderdeel", "gekozen antwoord", "oordeel", "studenten", "aandeel"],
                             f"Gekozen antwoorden bij {short(gid, assignment)} ({int(group['van'].iloc[0])} "
                             "studenten met een na te kijken antwoord)", numeric=("studenten", "aandeel")))
    return "".join(parts)


def mistakes_section(jobs, assignment, top):
    mistakes = wrong_answers(jobs)
    if not mistakes:
        return "<p>Geen foutmeldingen (✘) in de nagekeken opgaven.</p>"
    parts = []
    for gid, counter in sorted(mistakes.items()):
        rows = [[esc(message), str(n)] for message, n in counter.most_common(top)]
        parts.append(f"<h3>{esc(short(gid, assignment))}</h3>"
                     + table(rows, ["feedback (✘)", "keer gegeven"], f"Meest gegeven feedback bij "
                             f"{short(gid, assignment)}", numeric=("keer gegeven",)))
    return "".join(parts)


def copied_section(table_, assignment):
    """Numbers that fit a classmate's data, and near-identical reflections (issue 18)."""
    fits = [f"{esc(r.student)}: {esc(flag)}" for r in table_.itertuples() for flag in str(r.check_by_hand).split("; ")
            if flag.startswith("answers fit the data of")]
    pairs = table_.attrs.get("similar_reflections", [])
    rows = [[esc(short(gid, assignment)), esc(a), esc(b), f"{score}%"] for gid, a, b, score in pairs]
    return ("<p>Elke student rekent met eigen data. Getallen die fout zijn voor de eigen data maar precies "
            "kloppen voor de data van een medestudent, wijzen op overgenomen antwoorden (minstens "
            f"{copied_answers.MIN_MATCHES} getallen).</p>" + _list(fits)
            + "<p>Reflecties die bijna gelijk zijn (RapidFuzz token_set_ratio vanaf "
              f"{copied_answers.SIMILAR}%, antwoorden van minstens {copied_answers.MIN_WORDS} woorden die niet "
              "het sjabloon zijn):</p>"
            + (table(rows, ["opgave", "student", "lijkt op", "overeenkomst"], "Bijna gelijke reflecties",
                     numeric=("overeenkomst",)) if rows else "<p>Geen.</p>"))


def _list(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else "<p>Geen.</p>"


def accountability_section(pass_mark):
    rows = [[esc(what), esc(source)] for what, source in item_stats.BOUNDS]
    rows.append([f"cesuur {nl(pass_mark, 1)}", "instelling van de docent (<code>smm grade --pass-mark</code>, "
                                             "standaard 5,5 = 55% van de punten)"])
    return ("<p>Meegeteld zijn alle nagekeken inleveringen; een inlevering die niet na te kijken was, telt "
            "nergens mee, een ontbrekende score telt als 0. De statistiek gaat over de automatisch nagekeken "
            "opgaven; de handmatig nagekeken reflectie telt alleen mee in het cijfer zodra iedereen is "
            "nagekeken. De grenzen zijn signalen om een opgave te bekijken, geen oordeel op zich.</p>"
            + table(rows, ["signaal", "bron"], "Grenzen en bronnen"))


def write(root, assignment, table_, jobs, path, *, pass_mark, top=5):
    """Write report.html for one graded assignment (see the module docstring)."""
    plots.set_theme()
    graded = table_[table_["status"] != "failed"]
    failed = table_[table_["status"] == "failed"]
    items_html, scores = items_section(table_, assignment)
    suspicious = table_[table_["check_by_hand"] != ""]      # failed submissions have "" here
    manual = table_.loc[table_["needs_manual"] & (table_["status"] != "failed"), "student"]
    intro = (f"<p>{len(table_)} inleveringen: {len(graded)} nagekeken, {len(failed)} niet na te kijken, "
             f"{int(manual.size)} wachten op handmatig nakijken.</p>")
    sections = [
        ("scoreverdeling", "Scoreverdeling en cesuur", distribution_section(table_, pass_mark)),
        ("opgaven", "Opgaven: p-waarde en Rir", items_html),
        ("betrouwbaarheid", "Betrouwbaarheid (Cronbachs alfa)", reliability_section(scores)),
        ("antwoorden", "Gekozen antwoorden per beoordelingsopgave", answers_section(root, assignment, jobs)),
        ("fouten", "Meest gemaakte fouten", mistakes_section(jobs, assignment, top)),
        ("controleren", "Met de hand controleren",
         "<p>De nakijkomgeving vond iets dat een docent moet bekijken (de betrokken opgaven kregen voorlopig "
         "0 punten als de score niet te vertrouwen was).</p>"
         + _list([f"{esc(r.student)}: {esc(r.check_by_hand)}" for r in suspicious.itertuples()])),
        ("overgenomen", "Overgenomen antwoorden", copied_section(table_, assignment)),
        ("handmatig", "Nog handmatig nakijken (formgrader)", _list([esc(s) for s in manual])),
        ("mislukt", "Niet na te kijken", _list([f"{esc(r.student)}: {esc(r.reason)}" for r in failed.itertuples()])),
        ("verantwoording", "Verantwoording", accountability_section(pass_mark)),
    ]
    path.write_text(page(f"Klasrapport {assignment}", sections, intro), encoding="utf-8")
