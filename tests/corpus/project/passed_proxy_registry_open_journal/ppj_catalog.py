def register(table, key, entry):
    """Makes an entry visible to every process sharing the catalog table."""
    table[key] = entry


def entries(table):
    return sorted(table.keys())
