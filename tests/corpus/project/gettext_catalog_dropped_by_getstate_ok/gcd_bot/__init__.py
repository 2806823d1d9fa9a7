from gcd_bot.bot import Bot

__all__ = ["Bot"]
