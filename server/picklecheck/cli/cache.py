"""The on-disk result cache of `picklecheck check`: an unchanged file is not analysed again.

One JSON record per (file, environment, configuration), named by a hash of those; inside it the
hash of the file's text, fingerprints of every project module the analysis could read, and the
result. A record is used only when all of them still match, so a change to the file, to what
the file's imports can see of a module (engine/module_slices.py), to the configuration, to
picklecheck, astroid or the Python running it makes the file be analysed again. An edit to an
imported module that touches none of the names the importers use (a new helper, a comment)
keeps their records.

Reading a record needs no astroid, and no parse unless an imported module changed: an unchanged
project costs a read and a hash per file. Records are written whole to a temporary file and
renamed into place, so concurrent runs never see half a record; a record that cannot be read or
does not parse is a miss, never an error. JSON, never pickle: loading a cache must not run code.
The folder is kept under `max_bytes` by removing the records written longest ago.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from typing import Any

from picklecheck._version import __version__
from picklecheck.cli.results import FixSummary
from picklecheck.engine import decode_source, model
from picklecheck.engine.config import Config
from picklecheck.engine.module_slices import Slicer

FORMAT = 2  # bump when the record layout changes; older folders are then simply not read
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
ENVIRONMENT_VARIABLE = "PICKLECHECK_CACHE_DIR"
_TRIM_TO = 0.8  # of max_bytes, so that trimming is not needed again on the next run
_STALE_TEMPORARY_SECONDS = 3600  # a temporary file this old was left by a crashed run

Fixes = list[tuple[FixSummary, ...]]


def default_directory() -> Path:
    """The user cache folder: XDG_CACHE_HOME (or ~/.cache) on Linux, the platform's elsewhere."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "picklecheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "picklecheck"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "picklecheck"


def chosen_directory(flag: Path | None) -> Path:
    """`--cache-dir`, else $PICKLECHECK_CACHE_DIR, else the user cache folder."""
    if flag is not None:
        return flag
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(from_environment) if from_environment else default_directory()


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


@dataclass
class ResultCache:
    """Records under `directory`/v<FORMAT>; every failure to read or write is a silent miss."""

    directory: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    environment: str = field(default_factory=lambda: environment_key())
    _fingerprints: dict[str, str | None] = field(default_factory=dict)
    _slicers: dict[str, Slicer | None] = field(default_factory=dict)
    _written: int = 0

    def __post_init__(self) -> None:
        self.directory = self.directory / f"v{FORMAT}"

    def lookup(self, path: str, text: str, config: Config) -> tuple[model.Report, Fixes] | None:
        """The stored result of analysing `text` at `path` with `config`, if still valid."""
        key = self._key(path, config)
        try:
            record = json.loads((self.directory / f"{_name(key)}.json").read_bytes())
            if record.get("key") != key or record.get("text") != text_hash(text):
                return None
            if not self._unchanged(record["dependencies"]):
                return None
            return _report_from(record["report"]), _fixes_from(record["fixes"])
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            RecursionError,
        ):
            return None  # no record, a corrupt one, or one of another layout

    def store(
        self, path: str, digest: str, config: Config, report: model.Report, fixes: Fixes
    ) -> None:
        """Remember the result of analysing the text whose `text_hash` is `digest`; quietly not
        when it cannot be recorded faithfully."""
        dependencies = self._dependency_fingerprints(report.dependencies)
        if dependencies is None:
            return
        stored = _report_json(report)
        if _report_from(stored) != report or _fixes_from(_fixes_json(fixes)) != fixes:
            return  # something in it does not survive JSON (a tuple in a fix hint, say)
        key = self._key(path, config)
        record = {
            "key": key,
            "text": digest,
            "dependencies": dependencies,
            "report": stored,
            "fixes": _fixes_json(fixes),
        }
        if _write_atomically(self.directory, f"{_name(key)}.json", json.dumps(record)):
            self._written += 1

    def finish(self) -> None:
        """After a run that wrote records: keep the folder under its size bound."""
        if self._written:
            trim(self.directory, self.max_bytes)

    def _key(self, path: str, config: Config) -> str:
        # The engine resolves imports from the file's folder when its path is absolute, and
        # from the working directory always; both are part of what the result depends on.
        where = [path, os.path.abspath(path), os.getcwd()]
        return json.dumps([self.environment, where, config_key(config)])

    def _fingerprint(self, path: str) -> str | None:
        if path not in self._fingerprints:
            try:
                data = Path(path).read_bytes()
                self._fingerprints[path] = hashlib.blake2b(data, digest_size=20).hexdigest()
            except OSError:
                self._fingerprints[path] = None
        return self._fingerprints[path]

    def _slice(self, path: str, names: tuple[str, ...]) -> str | None:
        """What `names` see of the module at `path` now (read and parsed once per run)."""
        if path not in self._slicers:
            try:
                self._slicers[path] = Slicer(decode_source(Path(path).read_bytes()))
            except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
                self._slicers[path] = None
        slicer = self._slicers[path]
        return None if slicer is None else slicer.fingerprint(names)

    def _dependency_fingerprints(
        self, dependencies: Iterable[model.Dependency]
    ) -> list[list[Any]] | None:
        """[path, whole-file fingerprint, names used, slice fingerprint] per dependency."""
        found: list[list[Any]] = []
        for dependency in dependencies:
            path, names = dependency.path, dependency.names
            fingerprint = self._fingerprint(path) if os.path.isabs(path) else None
            if fingerprint is None:
                return None  # cannot tell later whether it changed: do not cache
            sliced = dependency.fingerprint
            if sliced is None and names is not None:
                sliced = self._slice(path, names)
            found.append([path, fingerprint, None if names is None else list(names), sliced])
        return found

    def _unchanged(self, dependencies: list[list[Any]]) -> bool:
        return all(self._still_seen_alike(*dependency) for dependency in dependencies)

    def _still_seen_alike(
        self, path: str, fingerprint: str, names: list[str] | None, sliced: str | None
    ) -> bool:
        """The module is unchanged, or changed only where the importers cannot see."""
        if self._fingerprint(path) == fingerprint:
            return True
        if names is None or sliced is None:
            return False
        return self._slice(path, tuple(names)) == sliced


def environment_key() -> str:
    """What results depend on besides the file and its configuration: picklecheck's code (its
    version and, for development checkouts, its files), astroid's version, the Python running
    it and where that Python finds modules."""
    return json.dumps(
        [
            __version__,
            _package_fingerprint(),
            _astroid_fingerprint(),
            sys.version,
            sys.executable,
            [os.path.abspath(entry) for entry in sys.path],  # "" (python -c) is the cwd
        ]
    )


def _package_fingerprint() -> str:
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def _astroid_fingerprint() -> str:
    """astroid's version, read without importing astroid (that costs 0.1 s)."""
    import importlib.util

    spec = importlib.util.find_spec("astroid")
    if spec is None or spec.origin is None:
        return "no astroid"
    try:
        return text_hash((Path(spec.origin).parent / "__pkginfo__.py").read_text("utf-8"))
    except OSError:
        return spec.origin


def config_key(config: Config) -> Any:
    """Every field of the configuration that can change a result, in a stable plain form."""
    return {f.name: _plain(getattr(config, f.name)) for f in fields(config) if f.compare}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return sorted((str(k), _plain(v)) for k, v in value.items())
    return value


def _name(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _write_atomically(directory: Path, name: str, text: str) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, directory / name)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False


def trim(directory: Path, max_bytes: int) -> None:
    """Remove the records written longest ago until the folder is under `max_bytes`."""
    records: list[tuple[float, int, Path]] = []
    total = 0
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        try:
            stat = entry.stat()
        except OSError:
            continue  # removed by a concurrent run
        if entry.name.startswith(".tmp-"):
            if now - stat.st_mtime > _STALE_TEMPORARY_SECONDS:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
            continue
        records.append((stat.st_mtime, stat.st_size, Path(entry.path)))
        total += stat.st_size
    if total <= max_bytes:
        return
    for _mtime, size, path in sorted(records):
        with contextlib.suppress(OSError):
            path.unlink()
        total -= size
        if total <= max_bytes * _TRIM_TO:
            return


# --- records: a Report and its fix summaries as JSON, and back -----------------------------


def _span(span: model.Span) -> list[int]:
    return [span.line, span.col, span.end_line, span.end_col]


def _span_from(data: list[int]) -> model.Span:
    line, col, end_line, end_col = (int(x) for x in data)
    return model.Span(line, col, end_line, end_col)


def _methods(methods: frozenset[model.StartMethod]) -> list[str]:
    return sorted(method.value for method in methods)


def _methods_from(data: list[str]) -> frozenset[model.StartMethod]:
    return frozenset(model.StartMethod(value) for value in data)


def _finding_json(finding: model.Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "span": _span(finding.span),
        "message": finding.message,
        "runtime_error": finding.runtime_error,
        "start_methods": _methods(finding.start_methods),
        "since": None if finding.since is None else list(finding.since),
        "chain": [[_span(s.span), s.note, s.path] for s in finding.chain],
        "fix_hints": [[hint.kind, hint.data] for hint in finding.fix_hints],
        "sink": finding.sink,
        "path": finding.path,
    }


def _finding_from(data: dict[str, Any]) -> model.Finding:
    since = data["since"]
    return model.Finding(
        code=data["code"],
        severity=model.Severity(data["severity"]),
        span=_span_from(data["span"]),
        message=data["message"],
        runtime_error=data["runtime_error"],
        start_methods=_methods_from(data["start_methods"]),
        since=None if since is None else (int(since[0]), int(since[1])),
        chain=tuple(model.ChainStep(_span_from(s), note, path) for s, note, path in data["chain"]),
        fix_hints=tuple(model.FixHint(kind, hint) for kind, hint in data["fix_hints"]),
        sink=data["sink"],
        path=data["path"],
    )


def _report_json(report: model.Report) -> dict[str, Any]:
    return {
        "path": report.path,
        "findings": [_finding_json(f) for f in report.findings],
        "boundaries": [
            [_span(b.span), b.sink, list(b.pickled), _methods(b.start_methods)]
            for b in report.boundaries
        ],
        "stats": {f.name: getattr(report.stats, f.name) for f in fields(report.stats)},
        "syntax_error": report.syntax_error,
        "dependencies": [[d.path, d.names, d.fingerprint] for d in report.dependencies],
    }


def _report_from(data: dict[str, Any]) -> model.Report:
    return model.Report(
        path=data["path"],
        findings=[_finding_from(f) for f in data["findings"]],
        boundaries=[
            model.Boundary(_span_from(span), sink, tuple(pickled), _methods_from(methods))
            for span, sink, pickled, methods in data["boundaries"]
        ],
        stats=model.Statistics(**data["stats"]),
        syntax_error=data["syntax_error"],
        dependencies=tuple(
            model.Dependency(path, None if names is None else tuple(names), fingerprint)
            for path, names, fingerprint in data["dependencies"]
        ),
    )


def _fixes_json(fixes: Fixes) -> list[list[list[str]]]:
    return [[[fix.title, fix.safety] for fix in summaries] for summaries in fixes]


def _fixes_from(data: list[list[list[str]]]) -> Fixes:
    return [tuple(FixSummary(title, safety) for title, safety in summaries) for summaries in data]
