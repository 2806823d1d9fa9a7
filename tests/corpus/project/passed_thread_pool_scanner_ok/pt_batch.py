from pt_lexer import tokenize


def tokenize_all(pool, docs):
    """Works with whatever pool the caller runs."""
    return dict(zip([doc[0] for doc in docs], pool.map(tokenize, docs)))
