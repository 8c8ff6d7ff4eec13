"""Entry point `zydesk`: a subcommand goes to the command line, a file (or nothing) opens the editor."""

import os
import sys

from .startup import hold_collector, skip_pydantic_plugins

# Every subcommand of the command line (FILE-FORMAT.md); a first argument not here is a file for the editor.
SUBCOMMANDS = ("check", "print", "new-year", "import", "export", "schema", "summary")
CLI_OPTIONS = ("--version", "-h", "--help")
EXIT_USAGE = 2


def looks_like_file(arg: str) -> bool:
    """A first argument that is not a subcommand: a file when it exists or reads as a path or a file name."""
    if os.path.exists(arg):
        return True
    name = os.path.basename(arg)
    return name != arg or "." in name.strip(".")


def _unknown_command(arg: str) -> int:
    from .model.limits import quote

    print("usage: zydesk [FILE] | zydesk {" + ",".join(SUBCOMMANDS) + "} ...", file=sys.stderr)
    print(f"zydesk: 未知的命令“{quote(arg)}”，也不是已有的文件（可用命令：{'、'.join(SUBCOMMANDS)}）",
          file=sys.stderr)
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if argv is None:
        hold_collector()  # released by startup.loaded() once the command's modules are loaded
        skip_pydantic_plugins()  # zydesk's own process: pydantic need not look for plugins (startup.py)
    first = args[0] if args else None
    if first in SUBCOMMANDS or first in CLI_OPTIONS:
        from .crashlog import run_guarded

        def command() -> int:
            from .cli import main as cli_main

            return cli_main(args)

        return run_guarded(command, args)
    # Options other than ours are Qt's (-platform, -style ...); a bare word must be a file to open.
    if first is not None and not first.startswith("-") and not looks_like_file(first):
        return _unknown_command(first)
    _core_before_qt()
    if first == "--startup-probe":
        from .gui.startup_probe import main as probe

        return probe(args[1:])
    if first == "--self-test":
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
