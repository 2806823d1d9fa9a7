EVENTS = {"ana": [1, 0, 0], "ben": [0, 0], "cho": [1]}


def audit_user(args):
    store, user = args
    events = EVENTS[user]
    failed = (i for i, ok in enumerate(events) if not ok)
    store[user] = {"total": len(events), "failed": failed}
    return user
