"""The platform-free heart of the bot: neutral events, commands, the briefing service, threads."""
