"""What the server knows about its client and the user's choices (plain data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types

from picklecheck.engine.config import Config
from picklecheck.lsp.interpreter import InterpreterInfo
from picklecheck.lsp.settings import Settings


@dataclass
class Session:
    """What the server knows about its client and the user's choices."""

    settings: Settings = field(default_factory=Settings)
    base_config: Config = field(default_factory=Config)
    interpreter: InterpreterInfo | None = None
    pull_mode: bool = False
    refresh_support: bool = False
    initialization_options: Any = None
    client_info: types.ClientInfo | None = None
    reported: set[str] = field(default_factory=set)
    checked_closed: set[str] = field(default_factory=set)  # closed files a workspace check pushed
