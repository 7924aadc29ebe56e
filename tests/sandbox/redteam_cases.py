"""Hostile and broken submissions for the red-team suite, made by code from the chapter 4 release.

Each case is a student folder in a plain download (``<student>/ch04_analytics/<files>``)
and the outcome it must get from ``smm grade``: the status, the exact score per
exercise, what the report says to check by hand, and the remark (what happened
during grading). Attacks start from a submission whose honest score is known
(``DEELS``: two typical mistakes), so any gained point would show.
"""
import copy
from dataclasses import dataclass, field

import nbformat
from nbformat.v4 import new_code_cell

from harness import cell_index, make_submission, release_notebook, solution_answers, source_notebook
from test_ch04_grading import LIKES_WIN, SPEARMAN, VANITY_KPIS, ER_BY_FOLLOWERS

A = "ch04_analytics"
IDS = {"kpi": "ch04_analytics_01_kpi_keuze", "er": "ch04_analytics_02_engagement_rate",
       "format": "ch04_analytics_03_beste_format", "plan": "ch04_analytics_04_meetplan",
       "corr": "ch04_analytics_05_likes_leads"}
FULL = {IDS["kpi"]: 4, IDS["er"]: 5, IDS["format"]: 3, IDS["plan"]: 5, IDS["corr"]: 3}
DEELS = {**FULL, IDS["kpi"]: 2 + 1 / 3, IDS["corr"]: 1}      # VANITY_KPIS + SPEARMAN


@dataclass
class Case:
    files: dict                      # file name -> bytes (what the student handed in)
    scores: dict = None              # grade id -> exact score; None: the submission cannot be graded
    check_by_hand: list = field(default_factory=list)   # phrases in the report's check_by_hand column
    remark: list = field(default_factory=list)          # phrases in the remark column
    reason: str = ""                 # phrase in the reason of a failed submission
    honest: bool = False             # also graded alone, and its scores must not change
    kind: str = "broken"             # honest, broken or attack


def _answers(**changes):
    answers = solution_answers(source_notebook(A))
    answers.update({IDS[k]: v for k, v in changes.items()})
    return answers


def _notebook(answers=None, reflection=True):
    nb = make_submission(release_notebook(A), answers or _answers())
    if reflection:
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("solution") and cell.cell_type == "markdown":
                cell.source = "Mijn advies: stuur op aanvragen en klikken, niet op likes."
    return nb


def _deels():
    return _notebook(_answers(kpi=VANITY_KPIS, corr=SPEARMAN))


def _after(nb, grade_id, code):
    """A student's own extra cell right after the cell with `grade_id`."""
    nb = copy.deepcopy(nb)
    nb.cells.insert(cell_index(nb, grade_id) + 1, new_code_cell(code))
    return nb


def _file(nb, name=f"{A}.ipynb"):
    return {name: nbformat.writes(nb).encode("utf-8")}


def _drop(nb, *grade_ids):
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") not in grade_ids]
    return nb


def _edit(nb, grade_id, **changes):
    nb = copy.deepcopy(nb)
    cell = nb.cells[cell_index(nb, grade_id)]
    if "source" in changes:
        cell.source = changes["source"]
    if "points" in changes:
        cell.metadata["nbgrader"]["points"] = changes["points"]
    return nb


def _duplicate(nb, *grade_ids):
    nb = copy.deepcopy(nb)
    for gid in grade_ids:
        i = cell_index(nb, gid)
        twin = copy.deepcopy(nb.cells[i])
        twin.id = f"{gid.replace('_', '-')}-kopie"
        nb.cells.insert(i + 1, twin)
    return nb


def _split(nb, grade_id, at_line):
    nb = copy.deepcopy(nb)
    i = cell_index(nb, grade_id)
    lines = nb.cells[i].source.splitlines()
    second = copy.deepcopy(nb.cells[i])
    second.id = f"{grade_id.replace('_', '-')}-deel-2"
    nb.cells[i].source = "\n".join(lines[:at_line])
    second.source = "\n".join(lines[at_line:])
    nb.cells.insert(i + 1, second)
    return nb


AFTER_1 = "ch04_analytics_01_kpi_keuze"          # between exercise 1 and exercise 2
BEFORE_5 = "ch04_analytics_05_likes_leads_antwoord"  # after the last answer, right before the last test

NUMPY_ANSWERS = {
    "kpi": '''import numpy as np
kpi_keuze = {doel: np.array(kpis) for doel, kpis in {
    "merkbekendheid": ["bereik", "videoweergaven", "share of voice"],
    "verkeer naar website": ["klikken", "ctr", "sessies vanuit social"],
    "leads of aanvragen": ["formulierstarts", "conversies", "cost per lead"],
    "klantenservice ontlasting": ["eerste reactietijd", "afhandelingstijd", "vragen via social"],
}.items()}
''',
    "format": '''import numpy as np
beste = er_per_format.sort_values("engagement_rate").groupby("platform", observed=True).tail(1)
beste_format = {p: np.str_(f) for p, f in zip(beste["platform"], beste["format"]) if p in PLATFORMS_MET_KEUZE}
''',
    "corr": '''import numpy as np
r_likes_leads = np.float32(posts["likes"].corr(posts["leads"]))
r_klikken_leads = pd.Series([posts["clicks"].corr(posts["leads"])])
sterkste_voorspeller = np.str_("klikken")
''',
}

ATTACKS = {
    "aanval_check_score": ('''import smmlib.grading
smmlib.grading.Check.score = lambda self: self.points
smmlib.grading.Check.award = lambda self, points, message=None: setattr(self, "earned", self.points)
''', ["smmlib.grading.Check.score was changed"]),
    "aanval_fresh": ('''import types, smmlib.grading
class Vol:
    points, shape_ok, earned = 5.0, True, 5.0
    def __getattr__(self, name):
        return lambda *args, **kwargs: None
    def score(self):
        return self.points
nep = types.ModuleType("nep")
nep.verified = lambda check, namespace=None: Vol()
echte_fresh = smmlib.grading.fresh
smmlib.grading.fresh = lambda name: nep if name == "smmlib.grading" else echte_fresh(name)
''', ["smmlib.grading.fresh was replaced"]),
    "aanval_sys_modules": ('''import sys, types
nep = types.ModuleType("smmlib.grading")
class Check:
    def __init__(self, grade_id, points):
        self.points = float(points)
    def __getattr__(self, name):
        return lambda *args, **kwargs: None
    def score(self):
        return self.points
nep.Check, nep.fresh, nep.verified = Check, (lambda name: nep), (lambda check, namespace=None: check)
sys.modules["smmlib.grading"] = nep
''', ["sys.modules['smmlib.grading'] was replaced"]),
    "aanval_float_print": ('''import builtins
builtins.float = lambda *args: 99.0
builtins.print = lambda *args, **kwargs: None
builtins.round = lambda number, digits=None: 99.0
def max(*args, **kwargs):
    return 99.0
float = lambda *args: 99.0
''', ["builtins.float was replaced", "builtins.print was replaced", "redefines the builtin `max`"]),
    "aanval_dunder_builtins": ('''import builtins
__builtins__ = dict(vars(builtins), float=lambda *args: 99.0, min=lambda *args, **kwargs: 99.0)
''', ["replaced `__builtins__`"]),
    "aanval_env": ('''import os
os.environ["NBGRADER_EXECUTION"] = "validate"
''', ["NBGRADER_EXECUTION was changed"]),
    "aanval_ipython": ('''ip = get_ipython()
ip.input_transformers_post.append(lambda lines: ["5.0\\n"] if any("check.score()" in l for l in lines) else lines)
ip.display_formatter.formatters["text/plain"].for_type(float, lambda value, p, cycle: p.text("5.0"))
ip.ast_node_interactivity = "none"
''', ["input_transformers_post were changed", "display printer was added", "ast_node_interactivity was changed"]),
    "aanval_gradebook": ('''import os, smmlib
repo = os.path.dirname(os.path.dirname(smmlib.__file__))
pogingen = ["../gradebook.db", "../../gradebook.db", "../../../gradebook.db", os.path.join(repo, "gradebook.db"),
            os.path.join(repo, "source", "ch04_analytics", "ch04_analytics.ipynb")]
for pad in pogingen:
    try:
        with open(pad, "rb") as bestand:
            print(pad, "GELEZEN", len(bestand.read()))
    except OSError as fout:
        print(pad, "mislukt:", type(fout).__name__)
print(os.getcwd(), sorted(os.listdir(".")))
''', ["tried to open a protected path"]),
    "aanval_pandas": ('''import pandas as pd
echte_corr = pd.Series.corr
def corr(self, other, method="pearson", min_periods=None):
    return echte_corr(self, other, method="spearman", min_periods=min_periods)
pd.Series.corr = corr
''', ["Series.corr was changed"]),
    "aanval_thread_blijft": ('''import builtins, threading, time
nep_float = lambda *args: 99.0
def blijf():
    while True:
        try:
            builtins.float = nep_float
            time.sleep(0.001)
        except BaseException:
            pass
threading.Thread(target=blijf, daemon=True).start()
''', ["it would not stop"]),
    "aanval_pijp_vloed": ('''import fcntl, os, stat
regel = "{'kind': 'audit', 'event': 'open', 'line': 1, 'detail': 'nep %d', 'severity': 'flag'}\\n"
for fd in range(3, 256):
    try:
        if stat.S_ISFIFO(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
            for i in range(20_000):
                os.write(fd, (regel % i).encode())
    except OSError:
        pass
''', ["the notebook wrote to the grading report pipe", "the grading guard did not report"]),
    "aanval_guard_uit": ('''import builtins
builtins.__smm_guard__ = lambda *args, **kwargs: None
''', ["the grading guard did not report"]),
}


def cases():
    """name (= student id) -> Case."""
    full, deels = _notebook(), _deels()
    result = {
        # ---- honest submissions (also graded alone: their scores must not change) ----------------
        "eerlijk_vol": Case(_file(full), FULL, honest=True, kind="honest"),
        "eerlijk_deels": Case(_file(deels), DEELS, honest=True, kind="honest"),
        "Jaël": Case(_file(full), FULL, honest=True, kind="honest"),
        "Özdemir": Case(_file(deels), DEELS, honest=True, kind="honest"),
        "de Vries": Case(_file(_notebook(_answers(corr=LIKES_WIN))), {**FULL, IDS["corr"]: 2}, honest=True,
                         kind="honest"),
        "numpy_pandas_antwoorden": Case(_file(_notebook(_answers(**NUMPY_ANSWERS))), FULL, honest=True, kind="honest"),
        # ---- broken submissions ------------------------------------------------------------------------
        "oneindige_lus": Case(_file(_after(full, AFTER_1, "while True:\n    pass")), FULL,
                              remark=["ran longer than"]),
        "lus_negeert_onderbreken": Case(_file(_after(full, AFTER_1, "import signal\nsignal.signal(signal.SIGINT, "
                                                     "signal.SIG_IGN)\nwhile True:\n    pass")), FULL,
                                        remark=["the kernel stopped responding"]),
        "slaapt_altijd": Case(_file(_after(full, AFTER_1, "import time\ntime.sleep(10**6)")), FULL,
                              remark=["ran longer than"]),
        "os_exit": Case(_file(_after(full, AFTER_1, "import os\nos._exit(3)")), FULL,
                        remark=["the kernel died (exit status 3)"]),
        "segfault": Case(_file(_after(full, AFTER_1, "import ctypes\nctypes.string_at(0)")), FULL,
                         check_by_hand=["ctypes.string_at from notebook code"], remark=["the kernel died (signal SIGSEGV)"]),
        "geheugenbom": Case(_file(_after(full, AFTER_1, "def bom():\n    blokken = []\n    while True:\n"
                                                        "        blokken.append(bytearray(100_000_000))\nbom()")), FULL),
        "procesbom": Case(_file(_after(full, AFTER_1, "import os\nwhile True:\n    os.fork()")), FULL,
                          check_by_hand=["os.fork from notebook code"]),
        "schijf_vol": Case(_file(_after(full, AFTER_1, "with open('groot.bin', 'wb') as f:\n    for _ in range(100):\n"
                                                       "        f.write(bytes(10_000_000))")), FULL),
        "enorme_uitvoer": Case(_file(_after(full, AFTER_1, "for i in range(10**9):\n    print('spam ' * 40)")), FULL,
                               remark=["was cut at", "ran longer than"]),
        "testcel_verwijderd": Case(_file(_drop(full, IDS["format"])), FULL,
                                   remark=[f"test cell {IDS['format']} was missing"]),
        "antwoordcel_verwijderd": Case(_file(_drop(full, IDS["plan"] + "_antwoord")), {**FULL, IDS["plan"]: 0},
                                       remark=[f"answer cell {IDS['plan']}_antwoord was missing"]),
        "antwoord_en_test_verwijderd": Case(_file(_drop(full, IDS["plan"] + "_antwoord", IDS["plan"])),
                                            {**FULL, IDS["plan"]: 0},
                                            remark=[f"test cell {IDS['plan']} was missing",
                                                    f"answer cell {IDS['plan']}_antwoord was missing"]),
        "gedupliceerde_cellen": Case(_file(_duplicate(full, IDS["kpi"], IDS["er"] + "_antwoord")), FULL,
                                     remark=[f"duplicate cell with grade id {IDS['kpi']}"]),
        "gesplitste_cel": Case(_file(_split(full, IDS["corr"] + "_antwoord", 6)), FULL,
                               remark=[f"duplicate cell with grade id {IDS['corr']}_antwoord"]),
        "testcel_aangepast": Case(_file(_edit(deels, IDS["corr"], source="3.0")), DEELS,
                                  check_by_hand=[f"test cell {IDS['corr']} was edited"], kind="attack"),
        "punten_aangepast": Case(_file(_edit(deels, IDS["kpi"], points=100)), DEELS,
                                 check_by_hand=[f"the points of {IDS['kpi']} were changed"], kind="attack"),
        "hernoemd": Case(_file(full, "mijn opdracht (1).ipynb"), FULL, remark=["renamed by the student"]),
        "extra_notebook": Case({**_file(full), **_file(deels, "kladblok.ipynb")}, FULL,
                               remark=["extra notebooks ignored: kladblok.ipynb"]),
        "kapotte_json": Case({f"{A}.ipynb": b'{"cells": [{"cell_type": "code", '}, reason="invalid notebook"),
        "leeg_bestand": Case({f"{A}.ipynb": b""}, reason="invalid notebook"),
        "python_bestand": Case({f"{A}.ipynb": b"import pandas as pd\nprint('hoi')\n"}, reason="invalid notebook"),
        "oud_formaat": Case({f"{A}.ipynb": nbformat.writes(nbformat.convert(copy.deepcopy(full), 3)).encode()}, FULL),
        # ---- attempts to gain points: never a point more than the honest score, always flagged ---------
        "aanval_eq": Case(_file(_notebook(_answers(corr=LIKES_WIN + '''
class Altijd(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
sterkste_voorspeller = Altijd("likes")
'''))), {**FULL, IDS["corr"]: 0}, check_by_hand=["is een object van het type Altijd"], kind="attack"),
        "aanval_stderr_warnings": Case(_file(_after(full, AFTER_1, '''import sys, threading, time, warnings
warnings.simplefilter("always")
warnings.warn("een waarschuwing om latere cellen te verwarren")
print("⚠ NAKIJKEN [nep]: verwarrende regel", file=sys.stderr)
sys.stderr = sys.stdout
def ruis():
    while True:
        sys.__stderr__.write("ruis\\n")
        print("ruis op stderr", file=sys.stderr)
        time.sleep(0.05)
threading.Thread(target=ruis, daemon=True).start()
''')), FULL, check_by_hand=["a thread started in the notebook was running; it was stopped",
                            "sys.stdout or sys.stderr was replaced"], kind="attack"),
        "aanval_metrics": Case(_file(_after(_notebook(_answers(er=ER_BY_FOLLOWERS)), IDS["er"] + "_antwoord", '''import smmlib.metrics
echte = smmlib.metrics.engagement_rate
smmlib.metrics.engagement_rate = lambda df, base="reach": echte(df, base="followers")
''')), {**FULL, IDS["er"]: 1}, check_by_hand=["smmlib.metrics.engagement_rate was replaced"], kind="attack"),
        "aanval_stop_de_run": Case(_file(_after(full, AFTER_1, '''import os, signal
for pid in (os.getppid(), 1, -1, 0):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError as fout:
        print(pid, fout)
''')), FULL, check_by_hand=["os.kill from notebook code"], kind="attack"),
    }
    for name, (code, flags) in ATTACKS.items():
        # the attack runs right before the last test; that test loses its point only where the
        # grading could not be trusted any more (it is then scored 0 and checked by hand)
        scores = {**DEELS, IDS["corr"]: 0} if name in ("aanval_thread_blijft", "aanval_guard_uit",
                                                            "aanval_pijp_vloed") else DEELS
        result[name] = Case(_file(_after(deels, BEFORE_5, code)), scores, check_by_hand=flags, kind="attack")
    return result


def write_download(folder, all_cases):
    """A plain download: <folder>/<student>/ch04_analytics/<file> for every case."""
    for student, case in all_cases.items():
        target = folder / student / A
        target.mkdir(parents=True, exist_ok=True)
        for name, data in case.files.items():
            (target / name).write_bytes(data)
    return folder
