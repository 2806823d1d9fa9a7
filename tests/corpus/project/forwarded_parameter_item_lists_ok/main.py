# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same tasks with list(headers.items()): a list copy of the view pickles
from fo_runner import crawl
from fo_tasks import build_requests

if __name__ == "__main__":
    requests = build_requests(["http://a.example/", "http://b.example/x"], {"x-trace": "1"})
    for url, size in crawl(requests):
        print(url, size)
