"""One cog per feature; each module has `setup(bot)` so the bot loads it as an extension."""
