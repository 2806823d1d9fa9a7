"""The `picklecheck` settings section: parsed from the client's JSON, turned into engine Config.

Names match the root package.json `contributes.configuration` (a test checks it). An empty value
means "not set here": pyproject's `[tool.picklecheck]` then decides, then the interpreter.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from picklecheck.engine import astroid_facade
from picklecheck.engine.config import (
    PLATFORMS,
    Config,
    ConfigError,
    parse_start_method,
    parse_version,
)
from picklecheck.engine.model import Severity
from picklecheck.engine.rules import resolve_rule
from picklecheck.lsp.interpreter import ProbeError, probe
from picklecheck.lsp.memory import clear_all_caches
from picklecheck.lsp.workspace import check_on_start, watch_files

if TYPE_CHECKING:
    from picklecheck.lsp.server import PicklecheckServer

SECTION = "picklecheck"
SETTING_NAMES = (
    "enable",
    "interpreter",
    "targetVersion",
    "startMethod",
    "platforms",
    "select",
    "ignore",
    "severity",
    "sharedDataMinItems",
    "checkWorkspaceOnStartMaxFiles",
)


@dataclass(frozen=True)
class Settings:
    enable: bool = True
    interpreter: str = ""
    target_version: str = ""
    start_method: str = "auto"
    platforms: tuple[str, ...] = PLATFORMS
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    shared_data_min_items: int = 0  # 0: pyproject's `shared-data-min-items`, else its default
    check_workspace_on_start_max_files: int = 100  # 0: only files the editor opens


@dataclass
class ParsedSettings:
    settings: Settings
    problems: list[str]


def parse_settings(raw: object) -> ParsedSettings:
    """Read the client's JSON; a wrong value is dropped (default kept) and reported."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        if raw is not None:
            problems.append(f"settings must be an object, got {type(raw).__name__}")
        return ParsedSettings(Settings(), problems)
    changes: dict[str, Any] = {}
    for name in SETTING_NAMES:
        if name not in raw or raw[name] is None:
            continue
        try:
            changes[_snake(name)] = _PARSERS[name](raw[name])
        except (ConfigError, TypeError, ValueError) as exc:
            problems.append(f"picklecheck.{name}: {exc}")
    return ParsedSettings(replace(Settings(), **changes), problems)


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value.strip()


def _target_version(value: object) -> str:
    text = _string(value)
    if text:
        parse_version(text)
    return text


def _start_method(value: object) -> str:
    text = _string(value) or "auto"
    parse_start_method(text)
    return text


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a list of strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _platforms(value: object) -> tuple[str, ...]:
    platforms = _strings(value)
    unknown = [p for p in platforms if p not in PLATFORMS]
    if unknown:
        raise ValueError(f"unknown platforms {unknown}; choose from {list(PLATFORMS)}")
    return platforms


def _codes(value: object) -> tuple[str, ...]:
    codes = _strings(value)
    unknown = [c for c in codes if resolve_rule(c) is None]
    if unknown:
        raise ValueError(f"unknown rules {unknown}")
    return tuple(_code(c) for c in codes)


def _code(code_or_name: str) -> str:
    rule = resolve_rule(code_or_name)
    return rule.code if rule else code_or_name


def _severity(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object like {{'PKL005': 'warning'}}, got {value!r}")
    result = {}
    for code, level in value.items():
        if resolve_rule(str(code)) is None:
            raise ValueError(f"unknown rule {code!r}")
        Severity(level)  # raises ValueError for anything but error/warning/info
        result[_code(str(code))] = str(level)
    return result


def _item_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"expected a whole number of items (0 for the default), got {value!r}")
    return value


def _file_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"expected a whole number of files (0 for none), got {value!r}")
    return value


_PARSERS = {
    "enable": _bool,
    "interpreter": _string,
    "targetVersion": _target_version,
    "startMethod": _start_method,
    "platforms": _platforms,
    "select": _codes,
    "ignore": _codes,
    "severity": _severity,
    "sharedDataMinItems": _item_count,
    "checkWorkspaceOnStartMaxFiles": _file_count,
}


def apply_settings(settings: Settings, project: Config) -> Config:
    """Editor settings win over pyproject where they are set."""
    config = project
    if settings.target_version:
        config = replace(config, target_python=parse_version(settings.target_version))
    if settings.start_method != "auto":
        config = replace(config, start_method=parse_start_method(settings.start_method))
    if settings.platforms != PLATFORMS:
        config = replace(config, platforms=settings.platforms)
    if settings.select:
        config = replace(config, select=frozenset(settings.select))
    if settings.ignore:
        config = replace(config, ignore=config.ignore | frozenset(settings.ignore))
    if settings.severity:
        levels = {code: Severity(level) for code, level in settings.severity.items()}
        config = replace(config, severity={**config.severity, **levels})
    if settings.shared_data_min_items:
        config = replace(config, shared_data_min_items=settings.shared_data_min_items)
    return config


CONFIGURATION_TIMEOUT_SECONDS = 10.0


def register(server: PicklecheckServer) -> None:
    session = server.session

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        capabilities = params.capabilities
        session.initialization_options = params.initialization_options
        session.client_info = params.client_info
        refresh = capabilities.workspace and capabilities.workspace.diagnostics
        session.refresh_support = bool(refresh and refresh.refresh_support)
        text_document = capabilities.text_document
        # Pull only when the client can also be told to re-pull (cross-file and settings).
        session.pull_mode = bool(text_document and text_document.diagnostic) and (
            session.refresh_support
        )
        if session.pull_mode:
            server.scheduler.enable_pull()

    @server.feature(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        await reload(server, None)
        await watch_files(server)
        server.scheduler.in_background(check_on_start(server))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(params: types.DidChangeConfigurationParams) -> None:
        pushed = params.settings.get(SECTION) if isinstance(params.settings, dict) else None
        await reload(server, pushed)


async def reload(server: PicklecheckServer, pushed: object) -> None:
    """Fetch the settings, probe a newly chosen interpreter, re-analyse what is open.
    Analyses wait meanwhile, so none runs with settings about to be replaced."""
    server.scheduler.ready.clear()
    try:
        await _reload(server, pushed)
    finally:
        server.scheduler.ready.set()


async def _reload(server: PicklecheckServer, pushed: object) -> None:
    raw = await fetch_settings(server, pushed)
    parsed = parse_settings(raw)
    for problem in parsed.problems:
        server.warn_once(problem)
    previous = server.session.settings
    server.session.settings = parsed.settings
    interpreter = parsed.settings.interpreter or _initial_interpreter(server)
    current = server.session.interpreter
    if interpreter and (current is None or current.executable != interpreter):
        await use_interpreter(server, interpreter)
    if parsed.settings != previous or server.session.interpreter is not current:
        server.scheduler.settings_changed()
        await server.scheduler.ask_client_to_repull()


async def fetch_settings(server: PicklecheckServer, pushed: object) -> object:
    """`workspace/configuration` when the client supports it, else what it pushed or sent
    at initialisation."""
    capabilities = server.client_capabilities.workspace
    if capabilities is not None and capabilities.configuration:
        request = types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
        try:
            answer = await asyncio.wait_for(
                server.workspace_configuration_async(request), CONFIGURATION_TIMEOUT_SECONDS
            )
        except Exception as exc:  # a client that fails the request keeps the last settings
            server.log(f"workspace/configuration failed: {exc}", types.MessageType.Warning)
            return _as_dict(server.session.settings)
        return answer[0] if answer else None
    if pushed is not None:
        return pushed
    options = server.session.initialization_options
    return options.get("settings") if isinstance(options, dict) else None


def _initial_interpreter(server: PicklecheckServer) -> str:
    options = server.session.initialization_options
    value = options.get("interpreter") if isinstance(options, dict) else None
    return value.strip() if isinstance(value, str) else ""


async def use_interpreter(server: PicklecheckServer, executable: str) -> None:
    root = server.workspace.root_path
    try:
        info = await asyncio.to_thread(probe, executable, root)
    except ProbeError as exc:
        server.warn_once(f"cannot use interpreter {executable!r}: {exc}")
        return
    server.session.interpreter = info
    server.session.base_config = replace(Config(), target_python=info.version)
    await server.scheduler.run_in_worker(astroid_facade.set_search_paths, list(info.search_paths))
    await server.scheduler.run_in_worker(clear_all_caches)
    server.log(f"resolving imports with {executable} (Python {info.version[0]}.{info.version[1]})")


def _as_dict(settings: Settings) -> dict[str, Any]:
    return {
        "enable": settings.enable,
        "interpreter": settings.interpreter,
        "targetVersion": settings.target_version,
        "startMethod": settings.start_method,
        "platforms": list(settings.platforms),
        "select": list(settings.select),
        "ignore": list(settings.ignore),
        "severity": dict(settings.severity),
        "checkWorkspaceOnStartMaxFiles": settings.check_workspace_on_start_max_files,
    }
