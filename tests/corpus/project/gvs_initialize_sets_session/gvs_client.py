from gvs_session import FakeSession

session = None
scale = None


def initialize(args):
    global session, scale
    session = FakeSession(args["url"])
    scale = 2


def make_request(path):
    return session.get(path)
