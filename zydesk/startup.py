"""A process's start: the cyclic garbage collector waits until the modules a command needs are loaded.

Loading pydantic, reportlab or Qt makes only objects that live as long as the process (modules, classes, the
model's validators); collecting during that time walks them again and again and finds nothing. `zydesk`
holds the collector while it loads, then freezes what exists (never walked again) and lets it run.
"""

import gc


def hold_collector() -> None:
    gc.disable()


def loaded() -> None:
    """The command's modules are in: what exists now stays, and the collector runs from here on."""
    if gc.isenabled():  # not started through `zydesk` (tests, another program): nothing was held
        return
    gc.freeze()
    gc.enable()
