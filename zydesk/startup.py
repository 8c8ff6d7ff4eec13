"""A process's start: the garbage collector waits until a command's modules are loaded; no pydantic plugins.

Loading pydantic, reportlab or Qt makes only objects that live as long as the process (modules, classes, the
model's validators); collecting during that time walks them again and again and finds nothing. `zydesk`
holds the collector while it loads, then freezes what exists (never walked again) and lets it run.
"""

import gc
import importlib
import sys
import types

_PLUGIN_LOADER = "pydantic.plugin._loader"


def hold_collector() -> None:
    gc.disable()


def loaded() -> None:
    """The command's modules are in: what exists now stays, and the collector runs from here on."""
    if gc.isenabled():  # not started through `zydesk` (tests, another program): nothing was held
        return
    gc.freeze()
    gc.enable()


def skip_pydantic_plugins() -> None:
    """Build the models without pydantic plugins, as `PYDANTIC_DISABLE_PLUGINS=1` would: zydesk uses none.

    That setting alone still imports pydantic's plugin loader, whose first line imports `importlib.metadata`
    (with `email`, `zipfile`, `csv` ...): ≈ 60 M instructions, a tenth of the core's start. So a stand-in takes
    the loader's place: its `get_plugins()` gives what the real one gives under that setting, no plugins.
    Anything else asked of it loads the real loader instead (a pydantic whose loader differs takes its normal
    path); tests/test_startup.py fails if pydantic stops asking its loader for `get_plugins()` alone.
    """
    if _PLUGIN_LOADER not in sys.modules:   # the real loader, once imported, is left alone
        stand_in = types.ModuleType(_PLUGIN_LOADER, "zydesk's stand-in: no pydantic plugins.")
        stand_in.get_plugins = _no_plugins
        stand_in.__getattr__ = _from_real_loader
        sys.modules[_PLUGIN_LOADER] = stand_in


def _no_plugins(*args, **kwargs) -> tuple:
    return ()


def _from_real_loader(name: str):
    if name.startswith("__"):   # module introspection (__file__, __path__ ...), not pydantic asking
        raise AttributeError(name)
    if getattr(sys.modules.get(_PLUGIN_LOADER), "get_plugins", None) is _no_plugins:
        del sys.modules[_PLUGIN_LOADER]   # the stand-in: the import below runs the real loader
    return getattr(importlib.import_module(_PLUGIN_LOADER), name)
