"""The writer: dates to datelines in house styles."""
