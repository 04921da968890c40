"""Money in the window: the reporting currency, exchange rates and their editor."""
