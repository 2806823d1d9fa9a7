"""`picklecheck profile`: profile a program's main process and every worker process.

Pure standard library; the entry point is `picklecheck.profiling.cli.main`.
"""
