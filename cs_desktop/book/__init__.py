"""The CSM's own book: the rules for creating and editing its records by hand."""
