"""Coverage-guided fuzzing of the reader, checker and writer with atheris.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_datelines.py fuzz/corpus -max_total_time=600    # by hand, for minutes
    python fuzz/fuzz_datelines.py fuzz/corpus -runs=20000             # the short run in CI

Any exception other than a ``DatelineError`` (or a ``TypeError`` for a wrong type, which
the harness never passes) is a crash: atheris stops and writes the input to a file.
"""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    import datelines
    import datelines._check.check
    import datelines._read.api
    import datelines._read.extract
    import datelines._read.halves
    import datelines._read.normalize
    import datelines._read.pairs
    import datelines._read.parse
    import datelines._read.tokens
    import datelines._read.typed
    import datelines._write.format
    import datelines._write.styles
    import datelines._write.template

    # The package loads these on first use; importing them here gets them instrumented.
    import datelines.calendars.icu
    import datelines.calendars.tabular
    import datelines.calendars.umalqura
    from datelines import DatelineError

STYLES = datelines.style_names()
CALENDARS = datelines.calendar_names()


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, 5)
    text = provider.ConsumeUnicode(provider.remaining_bytes())
    try:
        if choice == 0:
            datelines.parse(text)
        elif choice == 1:
            for line in datelines.extract(text):
                datelines.check(line)
                datelines.format(line, STYLES[len(line.text) % len(STYLES)])
            pieces = text.split("\n")  # read together, the pieces give what each gives alone
            assert list(datelines.extract_many(pieces)) == [list(datelines.extract(p)) for p in pieces]
        elif choice == 2:
            datelines.check(text, calendar=CALENDARS[len(text) % len(CALENDARS)])
        elif choice == 3:
            datelines.to_hijri(text)
        elif choice == 4:
            datelines.to_gregorian(text)
        else:
            datelines.format(date(2016, 1, 20), datelines.Style("fuzz", text))
    except DatelineError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
