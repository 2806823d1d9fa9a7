from gcp_bot import catalogs


class Bot:
    def __init__(self, api_key, lang="en"):
        self.api_key = api_key
        self._lang_inst = catalogs.get_language(lang)

    def _(self, message):
        return self._lang_inst.gettext(message)

    def process(self, text):
        if text == "/about":
            return self._("This bot is powered by botogram.")
        return self._("Use /help to get a list of all the commands.")
