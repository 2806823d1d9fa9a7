from multiprocessing import Pool


def run_audits(ledger, accounts, workers=2):
    with Pool(workers) as pool:
        # the bound method takes its instance along, and the instance its connection
        return pool.map_async(ledger.audit, accounts).get(timeout=60)
