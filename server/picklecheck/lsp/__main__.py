"""`python -m picklecheck.lsp`: run the language server over stdio."""

from picklecheck.lsp.server import serve

if __name__ == "__main__":
    serve()
