"""Health views: the account's health panel, portfolio health, the score feed, early warnings."""
