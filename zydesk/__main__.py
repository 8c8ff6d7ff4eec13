"""Entry point `zydesk`: a subcommand goes to the command line, anything else opens the editor."""

import sys

from .startup import hold_collector


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if argv is None:
        hold_collector()  # released by startup.loaded() once the command's modules are loaded
    if args and (args[0] in ("check", "print", "new-year", "--version", "-h", "--help")):
        from .cli import main as cli_main

        return cli_main(args)
    _core_before_qt()
    if args[:1] == ["--startup-probe"]:
        from .gui.startup_probe import main as probe

        return probe(args[1:])
    if args[:1] == ["--self-test"]:
        from .gui.selftest import main as self_test

        return self_test()
    from .gui.app import main as gui_main

    return gui_main(args)


def _core_before_qt() -> None:
    """The editor's core (pydantic, the model, storage, the checks) is loaded before Qt: PySide6 reads the
    source of every module imported after it, looking for `from __feature__` lines, and these need no look."""
    from . import storage  # noqa: F401
    from .rules import checks  # noqa: F401


if __name__ == "__main__":
    sys.exit(main())
