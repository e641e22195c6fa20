"""Discord adapter internals: client, commands, Sources buttons, posting."""
