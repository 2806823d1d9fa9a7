from pe_lexer import tokenize


def tokenize_all(executor, docs):
    """Works with whatever executor the caller runs."""
    futures = {executor.submit(tokenize, doc): doc[0] for doc in docs}
    return {futures[future]: future.result(timeout=60) for future in futures}
