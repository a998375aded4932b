"""The Discord front end: a thin adapter over bot.queries (validate, call one query, render, reply)."""
