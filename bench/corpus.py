"""Assemble the benchmark corpus: real multiprocessing-heavy code, pinned by version.

    python bench/corpus.py [--force]

Downloads pinned wheels from PyPI with `pip download --no-deps` into bench/.cache/downloads,
unpacks their Python files into bench/.cache/corpus/<name>-<version>/, copies the running
interpreter's multiprocessing and concurrent packages and their tests, and writes
bench/.cache/corpus/manifest.json (versions, wheel hashes, files, lines). Nothing here is
committed: the pins below and the manifest make a run reproducible.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"
DOWNLOADS = CACHE / "downloads"
CORPUS = CACHE / "corpus"
MANIFEST = CORPUS / "manifest.json"

# Libraries built around process pools; whole packages, tests included where the wheel has them.
WHOLE_PACKAGES = {"joblib": "1.6.0", "loky": "3.7.0", "mpire": "2.10.2"}
# distributed is large; like the perf anchors, keep only files that touch process boundaries.
FILTERED_PACKAGES = {"distributed": "2026.8.0"}
BOUNDARY_TEXT = re.compile(
    r"multiprocessing|concurrent\.futures|ProcessPoolExecutor|Pool\("
)

STDLIB_PACKAGES = ("multiprocessing", "concurrent")
STDLIB_TESTS = (
    "test/_test_multiprocessing.py",
    "test/test_multiprocessing_main_handling.py",
    "test/_test_venv_multiprocessing.py",
    "test/test_concurrent_futures.py",
    "test/test_concurrent_futures",
)


@dataclass
class Part:
    name: str
    version: str
    source: str
    directory: str
    sha256: str = ""
    files: list[str] = field(default_factory=list)
    lines: int = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if present")
    args = parser.parse_args()
    if MANIFEST.exists() and not args.force:
        print(f"corpus present: {MANIFEST}")
        return 0
    manifest = build_corpus()
    totals = sum(len(p["files"]) for p in manifest["parts"]), manifest["lines"]
    print(f"corpus: {totals[0]} files, {totals[1]} lines -> {CORPUS}")
    return 0


def build_corpus() -> dict[str, Any]:
    shutil.rmtree(CORPUS, ignore_errors=True)
    CORPUS.mkdir(parents=True)
    parts = [
        wheel_part(name, version, None) for name, version in WHOLE_PACKAGES.items()
    ]
    parts += [wheel_part(n, v, BOUNDARY_TEXT) for n, v in FILTERED_PACKAGES.items()]
    parts.append(stdlib_part())
    manifest: dict[str, Any] = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "parts": [asdict(part) for part in parts],
        "lines": sum(part.lines for part in parts),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1))
    return manifest


def wheel_part(name: str, version: str, keep: re.Pattern[str] | None) -> Part:
    wheel = download_wheel(name, version)
    directory = f"{name}-{version}"
    part = Part(
        name, version, f"PyPI wheel {wheel.name}", directory, file_sha256(wheel)
    )
    root = CORPUS / directory
    with zipfile.ZipFile(wheel) as archive:
        for member in sorted(archive.namelist()):
            if not member.endswith(".py") or ".dist-info/" in member:
                continue
            text = archive.read(member).decode("utf-8", errors="replace")
            if keep is not None and not keep.search(text):
                continue
            add_file(part, root, member, text)
    return part


def download_wheel(name: str, version: str) -> Path:
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    existing = find_wheel(name, version)
    if existing is None:
        command = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
        ]
        command += ["--disable-pip-version-check", "-q", "-d", str(DOWNLOADS)]
        subprocess.run([*command, f"{name}=={version}"], check=True)
        existing = find_wheel(name, version)
    if existing is None:
        raise SystemExit(f"pip did not produce a wheel for {name}=={version}")
    return existing


def find_wheel(name: str, version: str) -> Path | None:
    matches = sorted(DOWNLOADS.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    return matches[0] if matches else None


def stdlib_part() -> Part:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    version = platform.python_version()
    part = Part(
        "cpython-stdlib", version, f"standard library at {stdlib}", f"stdlib-{version}"
    )
    root = CORPUS / part.directory
    for relative in (*STDLIB_PACKAGES, *STDLIB_TESTS):
        source = stdlib / relative
        candidates = sorted(source.rglob("*.py")) if source.is_dir() else [source]
        for path in candidates:
            if path.is_file():
                member = str(path.relative_to(stdlib))
                add_file(
                    part,
                    root,
                    member,
                    path.read_text(encoding="utf-8", errors="replace"),
                )
    return part


def add_file(part: Part, root: Path, member: str, text: str) -> None:
    target = root / member
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    part.files.append(str(target.relative_to(CORPUS)))
    part.lines += text.count("\n") + 1


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_files() -> list[Path]:
    """Every corpus file, in manifest order; builds the corpus when missing."""
    if not MANIFEST.exists():
        build_corpus()
    manifest = json.loads(MANIFEST.read_text())
    return [CORPUS / name for part in manifest["parts"] for name in part["files"]]


if __name__ == "__main__":
    raise SystemExit(main())
