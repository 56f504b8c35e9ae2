"""`netra` entry point: dispatches to one module per subcommand."""

from __future__ import annotations

import argparse
import sys

from netra import __version__
from netra.cli import classify_cmd, demo_cmd, eval_cmd, workspace_cmds
from netra.cli.i18n import choose_language, install_argparse_translation, t

COMMANDS = (classify_cmd, eval_cmd, demo_cmd, workspace_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netra",
        description=t(
            "netra: pemantauan netralitas ASN. Bantuan dalam bahasa Inggris: --lang en.",
            "netra: monitoring the political neutrality of civil servants (ASN). "
            "Indonesian help: --lang id.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"netra {__version__}")
    parser.add_argument("--lang", choices=["id", "en"], help=t("bahasa bantuan", "help language"))
    sub = parser.add_subparsers(dest="command", metavar=t("PERINTAH", "COMMAND"))
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = choose_language(sys.argv[1:] if argv is None else argv)
    install_argparse_translation()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print(t("dibatalkan", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
