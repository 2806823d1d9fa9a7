"""The `picklecheck` command line: a pure library over the engine (never imports pygls)."""
