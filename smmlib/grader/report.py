"""Report stage of `smm grade`: the class report, one HTML page with seaborn charts, for the lecturer."""
import base64
import html
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from smmlib import plots  # noqa: E402
from smmlib.grader.exports import wrong_answers  # noqa: E402


def _png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return f'<img alt="grafiek" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}">'


def difficulty(table):
    """Share of the points earned per autograded exercise (low = hard), over graded submissions."""
    graded = table[table["status"] != "failed"]
    rows = []
    for gid, points, manual in table.attrs["cells"]:
        if not manual and len(graded):
            rows.append({"opgave": gid, "aandeel": graded[gid].fillna(0).mean() / points})
    return pd.DataFrame(rows)


def write(root, assignment, table, jobs, path, top=5):
    """Write report.html: score distribution, difficulty, common mistakes, manual grading and failures."""
    plots.set_theme()
    graded = table[table["status"] != "failed"]
    max_auto = sum(p for _, p, m in table.attrs["cells"] if not m)
    parts = [f"<h1>Klasrapport {html.escape(assignment)}</h1>",
             f"<p>{len(table)} inleveringen: {len(graded)} nagekeken, "
             f"{int((table['status'] == 'failed').sum())} niet na te kijken, "
             f"{int(table['needs_manual'].sum())} wachten op handmatig nakijken.</p>"]
    if len(graded):
        fig, ax = plt.subplots(figsize=(7, 3.5))
        sns.histplot(graded["autograded"], bins=range(0, int(max_auto) + 2), ax=ax, color=plots.PALETTE[0])
        ax.set(title="Verdeling van de automatisch nagekeken score", xlabel=f"punten (van {max_auto:g})",
               ylabel="studenten")
        parts += ["<h2>Scoreverdeling</h2>", _png(fig),
                  f"<p>Gemiddeld {graded['autograded'].mean():.1f}, mediaan {graded['autograded'].median():.1f} "
                  f"van {max_auto:g} punten.</p>"]
        diff = difficulty(table)
        fig, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(diff)))
        sns.barplot(data=diff, y="opgave", x="aandeel", ax=ax, color=plots.PALETTE[2])
        ax.set(title="Moeilijkheid: aandeel behaalde punten per opgave", xlabel="aandeel van de punten", xlim=(0, 1))
        parts += ["<h2>Moeilijkheid per opgave</h2>", _png(fig)]
    mistakes = wrong_answers(jobs)
    parts.append("<h2>Meest gemaakte fouten</h2>")
    for gid, counter in sorted(mistakes.items()):
        rows = "".join(f"<tr><td>{n}</td><td>{html.escape(msg)}</td></tr>" for msg, n in counter.most_common(top))
        parts.append(f"<h3>{html.escape(gid)}</h3><table><tr><th>aantal</th><th>feedback</th></tr>{rows}</table>")
    suspicious = table[table["check_by_hand"] != ""]      # failed submissions have "" here
    parts.append("<h2>Met de hand controleren</h2><p>De nakijkomgeving vond iets dat een docent moet bekijken "
                 "(de betrokken opgaven kregen voorlopig 0 punten als de score niet te vertrouwen was).</p><ul>"
                 + "".join(f"<li>{html.escape(r.student)}: {html.escape(r.check_by_hand)}</li>"
                           for r in suspicious.itertuples()) + "</ul>")
    manual = table.loc[table["needs_manual"] & (table["status"] != "failed"), "student"]
    parts.append("<h2>Nog handmatig nakijken (formgrader)</h2><ul>"
                 + "".join(f"<li>{html.escape(s)}</li>" for s in manual) + "</ul>")
    failed = table[table["status"] == "failed"]
    parts.append("<h2>Niet na te kijken</h2><ul>" + "".join(
        f"<li>{html.escape(r.student)}: {html.escape(r.reason)}</li>" for r in failed.itertuples()) + "</ul>")
    style = ("body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")
    page = (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Klasrapport {html.escape(assignment)}"
            f"</title><style>{style}</style></head><body>{''.join(parts)}</body></html>")
    path.write_text(page, encoding="utf-8")
