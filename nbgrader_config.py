"""nbgrader configuration for the Social Media Management course.

The repository root is the nbgrader course directory: source/, release/,
submitted/, autograded/ and feedback/ live here, and so does gradebook.db
(git-ignored).
"""
import os

c = get_config()  # noqa: F821 (provided by nbgrader)

# --- the course ------------------------------------------------------------
c.CourseDirectory.course_id = "smm"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# The gradebook: SQLite in the course root by default; set SMM_DB_URL (for example
# postgresql+psycopg2://user@host/smm) when several graders work on one gradebook.
c.CourseDirectory.db_url = os.environ.get(
    "SMM_DB_URL", "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db"))
# Data files next to a notebook (none today) are copied with the release.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# --- Dutch stubs for students ----------------------------------------------
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER"

# --- executing submissions ---------------------------------------------------
# Seconds per cell: an endless loop in one cell costs that cell, not the run.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# Warnings (pandas FutureWarning, ...) go to stderr, and nbgrader scores any
# test cell with stderr output 0. The kernel therefore starts with warnings off.
c.Execute.extra_arguments = [
    "--HistoryManager.hist_file=:memory:",
    "--IPKernelApp.exec_lines=import warnings; warnings.simplefilter('ignore')",
]
os.environ.setdefault("PYTHONWARNINGS", "ignore")
os.environ.setdefault("MPLBACKEND", "Agg")

# Grade cells a student deleted are put back from the gradebook.
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = (
    "Deze cel (id: {cell_id}) ontbrak in je inlevering en is bij het nakijken teruggezet.\n\n"
)

# A huge output (a print in an endless loop) is cut, so feedback stays readable.
c.LimitOutput.max_lines = 500
c.LimitOutput.max_traceback = 50

# --- feedback for students -----------------------------------------------------
# Dutch labels, and the hidden tests' source removed (their printed feedback stays).
import nbgrader as _nbgrader  # noqa: E402
import smmlib as _smmlib  # noqa: E402

c.HTMLExporter.template_name = "feedback_nl"
c.HTMLExporter.language_code = "nl"
c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(_smmlib.__file__), "templates"),
    os.path.join(os.path.dirname(_nbgrader.__file__), "server_extensions", "formgrader", "templates"),
]
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# --- validate button for students -------------------------------------------
c.Validator.validate_all = False
