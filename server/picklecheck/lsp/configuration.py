"""Configuration feature: fetch the `picklecheck` settings, probe the chosen interpreter,
re-analyse what is open when either changes. The settings model is lsp/settings.py."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from lsprotocol import types

from picklecheck.engine import astroid_imports
from picklecheck.engine.config import Config
from picklecheck.lsp.diagnostics import register_pull
from picklecheck.lsp.interpreter import ProbeError, probe
from picklecheck.lsp.memory import clear_all_caches
from picklecheck.lsp.settings import SECTION, parse_settings
from picklecheck.lsp.state import PicklecheckServer
from picklecheck.lsp.workspace import check_on_start, watch_files

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
            # Registered while initialising: the capability is advertised to pullers only.
            register_pull(server)

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
            return server.session.settings.raw
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
    await server.scheduler.run_in_worker(astroid_imports.set_search_paths, list(info.search_paths))
    await server.scheduler.run_in_worker(clear_all_caches)
    server.log(f"resolving imports with {executable} (Python {info.version[0]}.{info.version[1]})")
