"""smmlib: hulpmodule voor de cursus Social Media Management.

Snel te importeren: de zware onderdelen (pandas, seaborn, ipywidgets) worden
pas geladen als je ze gebruikt.

(For developers: this is the student's library, and ``dir(smmlib)`` shows only
what students use. The test cells import ``smmlib.grading``. The grading
pipeline (``smmlib.grader``), the sandbox (``smmlib.sandbox``) and the lecturer's
tools (``smmlib.lecturer``) live in subpackages that students never need;
ARCHITECTURE.md explains the layout.)

Voorbeeld:
    >>> import smmlib
    >>> posts = smmlib.load_dataset("posts")
"""
from importlib import import_module

__version__ = "0.1.0"

_SUBMODULES = {
    "datasets", "metrics", "kpi", "models", "plan", "sentiment", "plots", "widgets",
    # chapter helpers
    "definition", "channels", "strategy", "content", "listening", "ads", "webcare", "influencers",
    "variants",
}
_SHORTCUTS = {
    "load_dataset": "datasets",
    "dataset_names": "datasets",
    "use_variant": "variants",
}

__all__ = sorted(_SUBMODULES | set(_SHORTCUTS))


def __getattr__(name):
    """Load submodules and shortcuts lazily, so `import smmlib` stays fast."""
    if name in _SUBMODULES:
        return import_module(f"smmlib.{name}")
    if name in _SHORTCUTS:
        return getattr(import_module(f"smmlib.{_SHORTCUTS[name]}"), name)
    raise AttributeError(f"module 'smmlib' has no attribute {name!r}")


def __dir__():
    return __all__
