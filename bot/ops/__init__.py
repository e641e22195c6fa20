"""Running the bot in production: health and metrics endpoints, logging."""
