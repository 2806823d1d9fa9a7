"""The single version string shared by the CLI, the language server and the VSIX build."""

__version__ = "0.1.0"
