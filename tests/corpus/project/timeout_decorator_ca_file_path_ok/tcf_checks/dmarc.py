import ssl

from tcf_timeout_util import timeout


def default_ca_file():
    return ssl.get_default_verify_paths().cafile


@timeout(10)
def query_dmarc_record(domain, ca_file=None):
    context = ssl.create_default_context(cafile=ca_file)
    return "_dmarc." + domain, context.verify_mode == ssl.CERT_REQUIRED
