"""Report stage of `smm grade`, across assignments: grading/overview.html, one page over every graded assignment.

It reads every ``grading/<assignment>/grades.csv`` (what each `smm grade` run wrote) and
the assignment's graded cells from ``source/``, and shows per assignment the grades, the
pass rate, Cronbach's alpha and the flagged exercises (the numbers of ``item_stats``, as in
each report.html), and per student the grade of every assignment. `smm grade` rewrites it
after every run; `smm report` writes it on demand.

Students are matched across assignments by name when every graded row has a name that is
unique within its assignment (Moodle gives other participant ids per assignment), and by
student id otherwise.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from smmlib import plots  # noqa: E402
from smmlib.grader import item_stats  # noqa: E402
from smmlib.grader.gradebook import source_grade_cells  # noqa: E402
from smmlib.grader.report import esc, figure, grade_basis, nl, page, percent, short, table  # noqa: E402


def read_tables(grading_dir, root):
    """{assignment: grades table (attrs["cells"] set)} for every <grading_dir>/<assignment>/grades.csv with a source."""
    tables = {}
    for csv in sorted(Path(grading_dir).glob("*/grades.csv")):
        assignment = csv.parent.name
        if not (Path(root) / "source" / assignment / f"{assignment}.ipynb").is_file():
            continue
        frame = pd.read_csv(csv, dtype={"student": str, "lms_id": str, "name": str, "status": str})
        frame["check_by_hand"] = frame["check_by_hand"].fillna("")
        frame["needs_manual"] = frame["needs_manual"].astype(str).str.lower().eq("true")
        frame.attrs["cells"] = [c for c in source_grade_cells(root, assignment) if c[0] in frame.columns]
        tables[assignment] = frame
    return tables


def student_key(tables):
    """'name' when names identify students in every assignment, else 'student' (see the module docstring)."""
    for frame in tables.values():
        names = frame["name"].fillna("").str.strip()
        if (names == "").any() or names.duplicated().any():
            return "student"
    return "name"


def summary(assignment, frame, pass_mark):
    """One row of the overview: counts, grades, pass rate, alpha and flagged exercises of one assignment."""
    points, maximum, covers = grade_basis(frame)
    grades = item_stats.grades(points, maximum) if maximum else pd.Series(dtype=float)
    scores, top = item_stats.item_scores(frame)
    items = item_stats.item_table(scores, top) if len(scores.columns) else pd.DataFrame(columns=["opgave", "signaal"])
    flagged = [f"{short(r.opgave, assignment)} ({r.signaal})" for r in items.itertuples() if r.signaal]
    rel = item_stats.reliability(scores)
    passing = sum(item_stats.passed(g, pass_mark) for g in grades)
    return {"opdracht": assignment, "inleveringen": len(frame), "nagekeken": len(points),
            "gemiddeld": grades.mean() if len(grades) else None, "geslaagd": passing,
            "aandeel": passing / len(grades) if len(grades) else None, "alfa": rel["alpha"],
            "alfa_reden": rel["reason"], "signalen": flagged, "over": covers, "cijfers": grades}


def write(grading_dir, root, path=None, *, pass_mark):
    """Write overview.html in `grading_dir` over every graded assignment; returns its path (None: nothing graded)."""
    grading_dir = Path(grading_dir)
    tables = read_tables(grading_dir, root)
    if not tables:
        return None
    plots.set_theme()
    rows = [summary(a, f, pass_mark) for a, f in tables.items()]
    overview_rows = [[f'<a href="{esc(r["opdracht"])}/report.html">{esc(r["opdracht"])}</a>',
                      str(r["inleveringen"]), str(r["nagekeken"]), nl(r["gemiddeld"], 1, "geen"),
                      f"{r['geslaagd']} ({percent(r['aandeel'])})",
                      nl(r["alfa"]) if r["alfa"] is not None else f"niet te berekenen: {esc(r['alfa_reden'])}",
                      esc("; ".join(r["signalen"])) or "geen"] for r in rows]
    summary_table = table(overview_rows, ["opdracht", "inleveringen", "nagekeken", "gemiddeld cijfer",
                                          f"cesuur {nl(pass_mark, 1)} of hoger", "Cronbachs alfa",
                                          "opgaven met een signaal"],
                          "Per opdracht", numeric=("inleveringen", "nagekeken", "gemiddeld cijfer"))
    long = pd.DataFrame([{"opdracht": r["opdracht"], "cijfer": g} for r in rows for g in r["cijfers"]])
    chart = ""
    if len(long):
        fig, ax = plt.subplots(figsize=(8, 0.9 + 0.5 * len(rows)))
        sns.boxplot(data=long, x="cijfer", y="opdracht", ax=ax, color=plots.PALETTE[4], linecolor="#1a1a1a",
                    fliersize=0)
        sns.stripplot(data=long, x="cijfer", y="opdracht", ax=ax, color="#1a1a1a", size=3, jitter=0.2)
        ax.axvline(pass_mark, color="black", linestyle="--", linewidth=2)
        ax.set(title="Cijfers per opdracht", xlabel="cijfer (10 × aandeel van de punten)", ylabel="", xlim=(0, 10))
        lowest = min((r for r in rows if r["aandeel"] is not None), key=lambda r: r["aandeel"], default=None)
        alt = ("Cijfers per opdracht als boxplot met de cesuur als stippellijn. Mediaan: "
               + "; ".join(f"{r['opdracht']} {nl(r['cijfers'].median(), 1, 'geen')}" for r in rows) + "."
               + (f" Het laagste aandeel geslaagden heeft {lowest['opdracht']} ({percent(lowest['aandeel'])})."
                  if lowest else ""))
        chart = figure(fig, alt)
    key = student_key(tables)
    students = {}
    for assignment, frame in tables.items():
        points, maximum, _ = grade_basis(frame)
        graded = frame[frame["status"] != "failed"]
        for (_, row), value in zip(graded.iterrows(), points):
            students.setdefault(row[key], {})[assignment] = nl(item_stats.grades(value, maximum), 1)
        for _, row in frame[frame["status"] == "failed"].iterrows():
            students.setdefault(row[key], {})[assignment] = "niet na te kijken"
    student_rows = [[esc(who)] + [grades_of.get(a, "niet ingeleverd") for a in tables]
                    for who, grades_of in sorted(students.items(), key=lambda kv: str(kv[0]))]
    label = "student (naam)" if key == "name" else "student (id)"
    student_table = table(student_rows, [label, *tables], "Cijfer per student en opdracht",
                          numeric=tuple(tables))
    notes = "".join(f"<li>{esc(r['opdracht'])}: cijfer over {esc(r['over'])}.</li>" for r in rows)
    sections = [
        ("opdrachten", "Opdrachten", chart + summary_table + f"<ul>{notes}</ul>"),
        ("studenten", "Studenten", "<p>Cijfer = 10 × behaalde punten / maximum. Koppeling over de opdrachten op "
                                   + ("naam." if key == "name" else "studentnummer (namen ontbreken of komen "
                                                                    "dubbel voor).") + "</p>" + student_table),
    ]
    intro = (f"<p>{len(tables)} nagekeken opdrachten. De details per opdracht (p-waarde, Rir, gekozen antwoorden, "
             "verantwoording van de grenzen) staan in het klasrapport van elke opdracht.</p>")
    target = Path(path) if path else grading_dir / "overview.html"
    target.write_text(page("Overzicht van alle opdrachten", sections, intro), encoding="utf-8")
    return target
