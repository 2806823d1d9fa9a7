# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'dict_items' object
# summary: a helper of one module puts a dict.items() view in every (url, headers) task; a function of another module unpacks the tasks it is given and submits the view (a project reproduced blind, s29b crawler)
from fe_runner import crawl
from fe_tasks import build_requests

if __name__ == "__main__":
    requests = build_requests(["http://a.example/", "http://b.example/x"], {"x-trace": "1"})
    for url, size in crawl(requests):  # [PKL004]
        print(url, size)
