# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same ledger and bound method, but the ledger's __reduce__ pickles its rows and reopens a connection on the other side
from bo_factory import open_ledger
from bo_jobs import run_audits

if __name__ == "__main__":
    ledger = open_ledger()
    for account, balance, currency in run_audits(ledger, ["alice", "bob"]):
        print(account, balance, currency)
