"""`picklecheck fix` never loses a file: it writes a whole new file and renames it over the old
one (a full disk or a read-only file leaves the original as it was, reported, and the run goes
on), keeps mode and owner, and does not follow symbolic links out of the given paths."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from picklecheck.cli.main import main

REPO = Path(__file__).resolve().parents[2]
BAD = (REPO / "docs" / "rule_examples" / "PKL001_bad.py").read_text()
CLI_SECONDS = 300.0
FILE_SIZE_LIMIT = 16 * 1024


def is_fixed(path: Path) -> bool:
    return "pool.map(n_times_2, " in path.read_text()


def test_a_link_out_of_the_tree_is_not_followed_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    tree.mkdir()
    outside.mkdir()
    victim = outside / "victim.py"
    victim.write_text(BAD)
    (tree / "link.py").symlink_to(victim)
    assert main(["fix", str(tree)]) == 0
    assert victim.read_text() == BAD
    assert f"link.py: not fixed: a symbolic link to {victim}" in capsys.readouterr().err
    assert main(["fix", "--follow-links", str(tree)]) == 0
    assert is_fixed(victim) and (tree / "link.py").is_symlink()


def test_a_link_inside_the_tree_is_fixed_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.py").write_text(BAD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "link.py").symlink_to(tmp_path / "real.py")
    assert main(["fix", str(tmp_path / "sub"), str(tmp_path / "real.py")]) == 0
    assert is_fixed(tmp_path / "real.py") and (tmp_path / "sub" / "link.py").is_symlink()


def test_mode_and_owner_are_kept(tmp_path: Path) -> None:
    program = tmp_path / "job.py"
    program.write_text(BAD)
    program.chmod(0o640)
    owner = (1234, 1234) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    os.chown(program, *owner)
    assert main(["fix", str(program)]) == 0
    assert is_fixed(program)
    status = program.stat()
    assert (status.st_mode & 0o7777, status.st_uid, status.st_gid) == (0o640, *owner)


def limit_file_size() -> None:
    """In the child: files cannot grow past FILE_SIZE_LIMIT, as on a disk that is full."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_a_write_that_fails_midway_leaves_the_original_untouched(tmp_path: Path) -> None:
    program = tmp_path / "big.py"
    padding = "".join(f"# padding line {n:05d} to make the file large\n" for n in range(900))
    program.write_text(BAD + padding)
    original = program.read_bytes()
    assert len(original) > 2 * FILE_SIZE_LIMIT
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    completed = subprocess.run(
        [sys.executable, "-m", "picklecheck", "fix", str(program)],
        capture_output=True,
        text=True,
        timeout=CLI_SECONDS,
        preexec_fn=limit_file_size,
        env=environment,
        check=False,
    )
    assert "Traceback" not in completed.stderr
    assert "big.py: not fixed: cannot write" in completed.stderr
    assert completed.returncode == 1
    assert program.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["big.py"]  # no temporary file left


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A file nobody may write: immutable for root (which ignores modes), mode 0444 otherwise."""
    path = tmp_path / "a_read_only.py"
    path.write_text(BAD)
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield path
        return
    chattr = shutil.which("chattr")
    made = chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
    if not made or made.returncode != 0:
        pytest.skip("running as root and this file system has no immutable attribute (chattr)")
    try:
        yield path
    finally:
        subprocess.run([str(chattr), "-i", str(path)], check=True)


def test_a_read_only_file_is_reported_and_the_others_are_fixed(
    read_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = read_only.parent / "b_writable.py"
    other.write_text(BAD)
    assert main(["fix", str(read_only.parent)]) == 1
    err = capsys.readouterr().err
    assert "a_read_only.py: not fixed: the file is read-only" in err
    assert "Traceback" not in err and "1 file(s) could not be written" in err
    assert read_only.read_text() == BAD and is_fixed(other)
