# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a function of another module maps the bound method of the ledger it is given; the ledger (a third module's class, built by a factory) holds a sqlite connection, pickled with every task (a project reproduced blind, s29b ledger)
from bm_factory import open_ledger
from bm_jobs import run_audits

if __name__ == "__main__":
    ledger = open_ledger()
    for account, balance, currency in run_audits(ledger, ["alice", "bob"]):  # [PKL005]
        print(account, balance, currency)
