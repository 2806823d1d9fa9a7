# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same bot and Process subclass, but the bot leaves its gettext catalog out of its pickled state and loads it again from the language code when unpickled, so spawn starts the workers
from gcd_bot import Bot
from gcd_bot.runner import Runner

bot = Bot("123:token", lang="it")

if __name__ == "__main__":
    runner = Runner(bot, workers=2)
    print(sorted(runner.run(["/about", "/start"])))
