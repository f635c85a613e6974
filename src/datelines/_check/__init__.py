"""The checker: do a dateline's halves agree, and if not, why not."""
