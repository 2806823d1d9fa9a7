import ssl

from tsk_timeout_util import timeout


def make_context():
    return ssl.create_default_context()


@timeout(10)
def query_dmarc_record(domain, ssl_context=None):
    verified = ssl_context is not None and ssl_context.verify_mode == ssl.CERT_REQUIRED
    return "_dmarc." + domain, verified
