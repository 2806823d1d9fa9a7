# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup func on gettext failed
# summary: a bot keeps its gettext GNUTranslations catalog (built by a helper of its package) on `self`; the runner's Process subclass holds the bot, and GNUTranslations keeps its plural rule as a function compiled at run time, which spawn cannot pickle (botogram 2)
from gcp_bot import Bot
from gcp_bot.runner import Runner

bot = Bot("123:token", lang="it")

if __name__ == "__main__":
    runner = Runner(bot, workers=2)
    print(sorted(runner.run(["/about", "/start"])))
