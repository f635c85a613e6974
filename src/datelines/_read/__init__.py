"""The reader: text to tokens to datelines."""
