# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same shortcut whose __getattr__ refuses dunder names with AttributeError: unpickling finds no __setstate__ and restores the state itself
from concurrent.futures import ProcessPoolExecutor


class ActionShortcut:
    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)

        def action(**kwargs):
            return self._client.call_action(name, kwargs)

        return action


class Client:
    def __init__(self, address):
        self.address = address
        self.action = ActionShortcut(self)

    def call_action(self, name, data):
        return {"action": name, "count": len(data)}


def package_count(client, org):
    return org, client.action.package_search(org=org)["count"]


if __name__ == "__main__":
    client = Client("https://demo.example")
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(package_count, client, org) for org in ("nasa", "noaa")]
        print(dict(f.result(timeout=30) for f in futures))
