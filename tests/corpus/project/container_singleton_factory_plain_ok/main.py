# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a service container in another module builds singletons through a memoising _single(key, factory) given lambdas; the report service it hands out holds only a plain metrics sink, so it pickles
from multiprocessing import Pool

from csg_container import Services


def render(service, month):
    return service.render(month)


if __name__ == "__main__":
    services = Services({"currency": "EUR"})
    reports = services.reports()
    with Pool(2) as pool:
        print(pool.apply_async(render, (reports, "2026-11")).get(timeout=60))
