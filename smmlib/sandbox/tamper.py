"""Is the test-cell machinery still real? The tamper checks the hidden tests run (inside the grading kernel).

Every hidden test starts with ``check = fresh("smmlib.grading").verified(check, globals())``:
a freshly loaded ``smmlib.grading`` loads this file freshly too and calls :func:`verified`,
which checks the builtins, the notebook's names that shadow them, ``smmlib.grading`` in
``sys.modules``, ``NBGRADER_EXECUTION``, ``sys.stdout``/``sys.stderr`` and IPython's machinery
that turns a cell's last line into its score. Each finding becomes a
``⚠ NAKIJKEN [code]: ...`` line (Dutch, the student sees it in the feedback); tampering that
makes the score untrustworthy gives 0 and a "check by hand" for the grader.

Like ``smmlib.grading`` this file imports only the standard library and trusts no name
from the notebook: real types are recognised from literals. The grading guard
(``smmlib.sandbox.guard``) is the second line of defence.
"""
import builtins
import importlib.util
import os
import sys

_HEAPTYPE = 1 << 9
# The file the live smmlib.grading must come from (this file sits in smmlib/sandbox/).
GRADING_FILE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "grading.py")
NOTATIONS_FILE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "notations.py")


def _fresh_grading():
    """A fresh copy of smmlib.grading (for a Check class no notebook has touched)."""
    spec = importlib.util.spec_from_file_location("smmlib._fresh_grading", GRADING_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Builtins the test cells rely on; each is checked against the real one (made from literals, never by name).
_CHECKED_TYPES = ("float", "int", "str", "bool", "list", "dict", "tuple", "set", "type", "object", "range",
                  "enumerate", "zip", "map", "filter", "reversed", "slice", "frozenset", "property",
                  "staticmethod", "classmethod", "super", "Exception", "ValueError", "TypeError", "KeyError")
_CHECKED_FUNCTIONS = ("len", "print", "isinstance", "issubclass", "abs", "round", "min", "max", "sum", "sorted",
                      "repr", "getattr", "setattr", "hasattr", "any", "all", "iter", "next", "callable", "format",
                      "hash", "id", "divmod", "pow", "open", "__import__", "exec", "eval", "compile", "globals",
                      "locals", "vars", "dir", "chr", "ord", "ascii")


def _real_builtins():
    """The real builtin types, recognised without trusting any name."""
    real_type = (0).__class__.__class__
    literal = {"float": (0.0).__class__, "int": (0).__class__, "str": "".__class__, "bool": True.__class__,
               "list": [].__class__, "dict": {}.__class__, "tuple": ().__class__, "set": {0}.__class__,
               "type": real_type, "object": (0).__class__.__mro__[-1]}
    return real_type, literal, [].append.__class__


def tampering(namespace=None):
    """What in this kernel no longer is as the test cells expect: a list of (code, detail, untrusted).

    Checks the builtins (against the real ones, recognised from literals), the
    names in the notebook that shadow them, smmlib.grading in ``sys.modules``,
    ``NBGRADER_EXECUTION``, ``sys.stdout``/``sys.stderr`` and IPython's
    machinery that turns the last line of a cell into the score.
    """
    real_type, literal, builtin_function = _real_builtins()
    found = []
    heap = lambda kind: real_type.__dict__["__flags__"].__get__(kind) & _HEAPTYPE  # noqa: E731
    name_of = real_type.__dict__["__name__"].__get__

    def real(name, value):
        kind = real_type(value)
        if name in literal:
            return value is literal[name]
        if name in _CHECKED_TYPES:
            return kind is real_type and not heap(value) and name_of(value) == name
        if kind is builtin_function:
            owner = value.__self__
            return value.__name__ == name and real_type(owner).__name__ == "module" and \
                owner.__name__ in ("builtins", "io", "_io")
        return False

    namespace = namespace if real_type(namespace) is {}.__class__ else None
    table = (namespace or {}).get("__builtins__", builtins)
    if real_type(table).__name__ == "module":
        table = table.__dict__
    if real_type(table) is not {}.__class__:
        return [("builtins", "de ingebouwde functies (`__builtins__`) zijn vervangen", True)]
    for name in _CHECKED_TYPES + _CHECKED_FUNCTIONS:
        if name in table and not real(name, table[name]):
            found.append(("builtins", f"de ingebouwde `{name}` is vervangen", True))
    if namespace is not None:
        for name in _CHECKED_TYPES + _CHECKED_FUNCTIONS:
            value = namespace.get(name, None)
            if name in namespace and callable(value) and not real(name, value) and _made_in_notebook(value):
                found.append(("shadowed", f"het notebook definieert de ingebouwde `{name}` opnieuw "
                                          "(bij het nakijken genegeerd)", False))
    if _grading_changed(sys.modules.get("smmlib.grading"), real_type):
        found.append(("grading-changed", "smmlib.grading is in het notebook veranderd "
                                         "(de verborgen tests gebruiken een verse kopie)", False))
    mode = os.environ.get("NBGRADER_EXECUTION")
    if mode not in (None, "autograde"):
        found.append(("environment", f"NBGRADER_EXECUTION is veranderd in {mode!r}", False))
    for stream_name in ("stdout", "stderr"):
        kind = real_type(getattr(sys, stream_name, None))
        if heap(kind) and kind.__module__ in ("__main__", "builtins"):
            found.append(("streams", f"sys.{stream_name} is vervangen door een eigen object", False))
    found.extend(_ipython_tampering(real_type, heap))
    return found


def _grading_changed(live, real_type):
    """Is any function or class of the live smmlib.grading (or its notations) no longer the code of its file?

    The visible part of a test cell makes its plain copies (``jouw_...``) with the live module, and the
    hidden part trusts them; so every function of that module must still be the one in grading.py
    (or in notations.py, which grading.py loads as ``_nl``).
    """
    def module_dict(module):
        try:
            return dict(real_type(module).__dict__["__dict__"].__get__(module)) \
                if real_type(module).__name__ == "module" else None
        except Exception:
            return None

    def functions(value):
        kind = real_type(value)
        if kind.__name__ == "function":
            return [value]
        if kind is real_type:
            return [v for v in real_type.__dict__["__dict__"].__get__(value).values()
                    if real_type(v).__name__ == "function"]
        return []

    grading, notations = module_dict(live), module_dict((module_dict(live) or {}).get("_nl"))
    required = ("Check", "fresh", "plain", "as_number", "as_text", "as_text_list", "as_date", "verified",
                "table_agreement", "_canonical", "_same", "_safe_call", "_clean")
    if grading is None or notations is None or any(name not in grading for name in required):
        return True
    for name in ("normalize_text", "parse_number", "number_readings", "parse_date", "parse_deadline",
                 "close_enough", "_readings"):
        if name not in notations or not functions(notations[name]):
            return True
    for value in notations.values():
        if any(f.__code__.co_filename != NOTATIONS_FILE for f in functions(value) if real_type(value).__name__ == "function"):
            return True
    for name, value in grading.items():
        found = functions(value)
        if real_type(value) is real_type and name not in required + ("_Part", "NotPlain") and \
                not _made_in_notebook(value):
            continue           # a class imported by grading.py (pathlib.Path, ...)
        if name in required and not found:
            return True
        if any(f.__code__.co_filename not in (GRADING_FILE, NOTATIONS_FILE) for f in found):
            return True
    return False


def _made_in_notebook(value):
    """Is ``value`` a function (or an object of a class) written in the notebook, not in an installed file?"""
    real_type = (0).__class__.__class__
    try:
        kind = real_type(value)
        code = None
        if kind.__name__ == "function":
            code = value.__code__
        elif kind.__name__ in ("method", "classmethod", "staticmethod"):
            code = value.__func__.__code__
        elif real_type.__dict__["__flags__"].__get__(kind) & _HEAPTYPE:
            namespace = real_type.__dict__["__dict__"].__get__(kind)
            if namespace.get("__module__") == "__main__":
                return True
            call = namespace.get("__call__")
            code = getattr(call, "__code__", None) if real_type(call).__name__ == "function" else None
        if code is None:
            return False
        filename = code.co_filename
        return "ipykernel_" in filename or filename.startswith("<") and not filename.startswith("<frozen")
    except Exception:
        return False


def _ipython_tampering(real_type, heap):
    """IPython's machinery between a cell and its score (only inside a kernel)."""
    shell_module = sys.modules.get("IPython.core.getipython")
    shell = shell_module.get_ipython() if shell_module else None
    if shell is None:
        return []
    found = []

    from_notebook = _made_in_notebook

    for attr in ("input_transformers_cleanup", "input_transformers_post", "ast_transformers"):
        if any(from_notebook(t) or heap(real_type(t)) and real_type(t).__module__ == "__main__"
               for t in getattr(shell, attr, [])):
            found.append(("ipython", f"het notebook voegde een IPython-{attr} toe", True))
    if shell.ast_node_interactivity != "last_expr":
        found.append(("ipython", "het notebook veranderde hoe IPython de laatste regel toont", True))
    plain_text = shell.display_formatter.formatters.get("text/plain")
    if plain_text is None or not plain_text.enabled or "text/plain" not in shell.display_formatter.active_types:
        found.append(("ipython", "het notebook zette de tekstweergave van IPython uit", True))
    else:
        if any(from_notebook(plain_text.type_printers.get(t)) for t in ((0.0).__class__, (0).__class__, "".__class__)):
            found.append(("ipython", "het notebook veranderde hoe IPython getallen toont", True))
        if plain_text.float_precision:
            plain_text.float_precision = ""   # %precision is harmless elsewhere; a score is shown in full
    for event, callbacks in getattr(shell.events, "callbacks", {}).items():
        if any(from_notebook(c) for c in callbacks):
            found.append(("ipython", f"het notebook registreerde een IPython-'{event}'-callback", True))
    if from_notebook(getattr(shell.displayhook, "__call__", None)) or heap(real_type(shell.displayhook)) and \
            real_type(shell.displayhook).__module__ == "__main__":
        found.append(("ipython", "het notebook verving IPython's displayhook", True))
    return found


def verified(check, namespace=None, check_class=None):
    """(Verborgen tests) Een betrouwbare ``Check`` die de vorm-uitslag van ``check`` overneemt.

    Roep dit aan via een vers geladen nakijkhulp: ``fresh("smmlib.grading").verified(check, globals())``
    (die geeft haar eigen, verse ``Check`` mee als ``check_class``). Het controleert of er geknoeid is (zie :func:`tampering`): elke vondst wordt
    een regel ``⚠ NAKIJKEN [code]: ...``; knoeien dat de score onbetrouwbaar
    maakt, geeft score 0 (de docent kijkt dan met de hand na). Namen in het
    notebook die ingebouwde functies overschaduwen, worden verborgen tot
    ``score()`` en daarna teruggezet.

    Voorbeeld:
        >>> Check = _fresh_grading().Check
        >>> zichtbaar = Check("t", points=2)
        >>> verborgen = verified(zichtbaar, check_class=Check)
        >>> verborgen.points, verborgen.shape_ok
        (2.0, True)
    """
    real_type = (0).__class__.__class__
    Check = check_class if check_class is not None else _fresh_grading().Check
    trusted = Check.__new__(Check)
    try:
        fields = real_type.__dict__["__dict__"].__get__(real_type(check))["__dict__"].__get__(check)
        fields = {k: v for k, v in fields.items()} if real_type(fields) is {}.__class__ else {}
    except Exception:
        fields = {}
    grade_id, points, shape = fields.get("grade_id"), fields.get("points"), fields.get("shape_ok")
    blocked = fields.get("blocked")
    trusted.grade_id = grade_id if real_type(grade_id) is "".__class__ else "?"
    number = points if real_type(points) in ((0.0).__class__, (0).__class__) else 0.0
    trusted.points = (0.0).__class__(number) if 0 <= number <= 100 else 0.0
    trusted.shape_ok = shape is True
    trusted.blocked = blocked is not False        # only a real False from the visible check unblocks
    trusted.earned = None
    trusted.tampered = []
    trusted._namespace = namespace if real_type(namespace) is {}.__class__ else None
    trusted._hidden = {}
    trusted.chosen = []                           # answers recorded by the hidden tests only
    trusted.values = []                           # numbers compared by the hidden tests only
    for code, message, untrusted in tampering(trusted._namespace):
        trusted.flag(code, message)
        if untrusted and code not in trusted.tampered:
            trusted.tampered.append(code)
    if trusted._namespace is not None:
        table = builtins.__dict__
        for name in _CHECKED_TYPES + _CHECKED_FUNCTIONS:
            value = trusted._namespace.get(name, table.get(name))
            if value is not table.get(name) and (_made_in_notebook(value) or not callable(value)):
                trusted._hidden[name] = trusted._namespace.pop(name)
    return trusted
