"""The language server: a thin pygls adapter over the engine (the only package importing pygls).

`picklecheck.lsp.server.create_server()` builds a server; one module per feature registers its
handlers on it. All state lives on the server instance.
"""
