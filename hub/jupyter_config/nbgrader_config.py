"""nbgrader settings every server of the class shares: the course id and the exchange.

Students' servers, the lecturer's course service and the lecturer's terminal all
read this file. On one server the hub points them here with
JUPYTER_CONFIG_PATH=<repo>/hub/jupyter_config (see hub/jupyterhub_config.py);
in a container image, copy it to /etc/jupyter/nbgrader_config.py.
The course directory's own nbgrader_config.py (the repository root) comes on top
of this file for the lecturer.
"""
import os

c = get_config()  # noqa: F821 (provided by nbgrader)

# One course on this hub; the JupyterHub service that runs the formgrader has the same name.
c.CourseDirectory.course_id = "smm"

# nbgrader's filesystem exchange: released assignments, submissions and feedback
# pass through this folder. Everybody needs access; see hub/README.md for the rights.
c.Exchange.root = os.environ.get("SMM_EXCHANGE_ROOT", "/srv/nbgrader/exchange")

# Who is submitting. nbgrader 0.9 takes the operating-system account (and
# JUPYTERHUB_USER only when that account is "jovyan"); USER and LOGNAME are not
# read. A hub whose servers all run under one account (SimpleLocalProcessSpawner,
# some container set-ups) would file every submission under that one name, so the
# hub gives each student's server SMM_STUDENT_ID=<hub user name>. Lecturers' servers
# and the course service do not get it: for them student_id stays "*" (all students).
if os.environ.get("SMM_STUDENT_ID"):
    c.CourseDirectory.student_id = os.environ["SMM_STUDENT_ID"]
