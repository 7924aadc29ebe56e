"""Jupyter Server settings for every server of the class hub (read through JUPYTER_CONFIG_PATH)."""
c = get_config()  # noqa: F821 (provided by Jupyter)

# JupyterLab fetches no Jupyter news and checks for no updates: the hub's administrator
# updates the class. (The pop-up that asks about news is switched off in
# labconfig/page_config.json, which disables JupyterLab's announcements plugin.)
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
