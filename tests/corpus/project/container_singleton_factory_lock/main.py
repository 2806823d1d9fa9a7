# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a service container in another module builds singletons through a memoising _single(key, factory) given lambdas; the report service it hands out holds a metrics sink with a threading.Lock and is sent to Pool.apply_async
from multiprocessing import Pool

from csf_container import Services


def render(service, month):
    return service.render(month)


if __name__ == "__main__":
    services = Services({"currency": "EUR"})
    reports = services.reports()
    with Pool(2) as pool:
        print(pool.apply_async(render, (reports, "2026-11")).get(timeout=60))  # [PKL005]
