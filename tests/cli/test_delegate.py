"""`serve` and `profile` are wired lazily to the LSP and profiling packages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.bounded import run_bounded

from picklecheck.cli import delegate
from picklecheck.cli.main import main


def test_a_missing_subcommand_module_is_a_clear_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert delegate._load("picklecheck.no_such_part", "main", "hint") is None
    err = capsys.readouterr().err
    assert "cannot import picklecheck.no_such_part" in err
    assert "does not include it" in err


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from picklecheck import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"picklecheck {__version__}"


def test_no_command_is_a_usage_error() -> None:
    assert main([]) == 2


def _lsp_message(payload: dict[str, object]) -> bytes:
    body = json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def test_serve_answers_initialize_over_stdio() -> None:
    messages = (
        _lsp_message(
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {"capabilities": {}},
            }
        )
        + _lsp_message({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        + _lsp_message({"jsonrpc": "2.0", "method": "exit"})
    )
    done = run_bounded(
        [sys.executable, "-m", "picklecheck", "serve", "--stdio"], input_text=messages.decode()
    )
    assert '"capabilities"' in done.stdout, done.stderr


def test_profile_passes_its_arguments_through() -> None:
    done = run_bounded([sys.executable, "-m", "picklecheck", "profile", "--help"])
    assert done.returncode == 0, done.stderr
    assert "profile" in done.stdout.lower()


def test_the_console_script_is_installed_next_to_python() -> None:
    script = Path(sys.executable).with_name("picklecheck")
    done = run_bounded([str(script), "--version"])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("picklecheck ")
