import re

from pt_model import TokenStream

TOKEN = re.compile(r"(?P<num>\d+)|(?P<word>[A-Za-z]+)|(?P<op>[-+*/=])")


def tokenize(doc):
    doc_id, text = doc
    return TokenStream(doc_id, text, TOKEN)
