"""Language tables: month names, weekdays, era marks. Data only, no logic."""
