"""`picklecheck rule PKL001|name` and `picklecheck rule --all`."""

from __future__ import annotations

import argparse
import sys

from picklecheck.cli.exit_codes import CLEAN, USAGE_ERROR
from picklecheck.cli.rule_doc import rule_markdown, rules_json
from picklecheck.engine.rules import RULES, Rule, resolve_rule


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", nargs="?", metavar="CODE_OR_NAME", help="e.g. PKL001")
    parser.add_argument("--all", action="store_true", help="every rule")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def _chosen(args: argparse.Namespace) -> tuple[Rule, ...] | None:
    if args.all:
        return RULES
    if args.rule is None:
        print("picklecheck: error: give a rule code or name, or --all", file=sys.stderr)
        return None
    found = resolve_rule(args.rule)
    if found is None:
        print(f"picklecheck: error: unknown rule {args.rule!r}", file=sys.stderr)
        return None
    return (found,)


def run(args: argparse.Namespace) -> int:
    rules = _chosen(args)
    if rules is None:
        return USAGE_ERROR
    if args.format == "json":
        sys.stdout.write(rules_json(rules))
    else:
        pages = [rule_markdown(r) + f"\nFull page with examples: {r.docs_url}\n" for r in rules]
        sys.stdout.write("\n---\n\n".join(pages))
    return CLEAN
