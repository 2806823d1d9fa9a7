from gcd_bot import catalogs


class Bot:
    def __init__(self, api_key, lang="en"):
        self.api_key = api_key
        self.lang = lang
        self._lang_inst = catalogs.get_language(lang)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lang_inst"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lang_inst = catalogs.get_language(self.lang)

    def _(self, message):
        return self._lang_inst.gettext(message)

    def process(self, text):
        if text == "/about":
            return self._("This bot is powered by botogram.")
        return self._("Use /help to get a list of all the commands.")
