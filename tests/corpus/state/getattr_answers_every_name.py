# runtime: fork=error spawn=error forkserver=error
# error-contains: takes 0 positional arguments but 1 was given
# summary: a client keeps a shortcut object whose __getattr__ returns a local function for any name; the worker's copy is rebuilt by calling the answer for __setstate__ with the state (ckanapi 219)
from concurrent.futures import ProcessPoolExecutor


class ActionShortcut:
    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
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
        futures = [executor.submit(package_count, client, org) for org in ("nasa", "noaa")]  # [PKL005]
        print(dict(f.result(timeout=30) for f in futures))
