# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: a timeout decorator factory in another module runs the call in Pool(1).apply_async with the call's args and kwargs; the decorated package function is called with ssl_context=ssl.create_default_context() (checkdmarc / wrapt_timeout_decorator 10)
from tsk_checks.dmarc import make_context, query_dmarc_record

if __name__ == "__main__":
    print(query_dmarc_record("example.com", ssl_context=make_context()))
