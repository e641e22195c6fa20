"""Scheduled briefings: the APScheduler wrapper, the delivery ledger, times of day."""
