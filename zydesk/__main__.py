"""Entry point `zydesk`: a subcommand goes to the command line, anything else opens the editor."""

import sys

CLI_WORDS = ("check", "print", "new-year", "import", "export", "schema", "summary", "--version", "-h", "--help")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in CLI_WORDS:
        from .cli import main as cli_main

        return cli_main(args)
    if args[:1] == ["--startup-probe"]:
        from .gui.startup_probe import main as probe

        return probe(args[1:])
    if args[:1] == ["--self-test"]:
        from .gui.selftest import main as self_test

        return self_test()
    from .gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
