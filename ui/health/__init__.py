"""Health views: the account's health panel, portfolio health and early-warning wiring."""
