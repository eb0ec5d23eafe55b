"""Entry point: `mail-mamori` / `python -m app` opens the wizard; with arguments it is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line if arguments were given, otherwise the wizard."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        from app.cli import main as cli_main

        return cli_main(args)
    from app.ui.startup_trace import mark

    mark("python started")
    from app.ui.application import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
