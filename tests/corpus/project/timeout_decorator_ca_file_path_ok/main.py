# runtime: fork=ok spawn=ok forkserver=ok
# summary: a timeout decorator factory in another module runs the call in Pool(1).apply_async with the call's args and kwargs; the caller passes the CA file path and the function builds its SSL context itself
from tcf_checks.dmarc import default_ca_file, query_dmarc_record

if __name__ == "__main__":
    print(query_dmarc_record("example.com", ca_file=default_ca_file()))
