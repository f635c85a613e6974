"""Copy the primary-source fixtures that hijridate publishes into tests/data/hijridate/.

    python scripts/hijridate_fixtures.py [VERSION]

They come from hijridate's source distribution on PyPI (tests/integration/fixtures):
Umm al-Qura newspaper issues (masthead dates, with the issue number), the KFUPM
comparison calendar, and the Umm al-Qura calendar website. Each is a JSON list whose items
start with [[hijri y, m, d], [gregorian y, m, d]]; an item ending in false is one the
source itself marks as not to be trusted.
"""

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

FIXTURES = (
    "ummalqura_newspaper_issues.json",
    "kfupm_comparison_calendar.json",
    "ummalqura_calendar_website.json",
)


def main() -> None:
    version = sys.argv[1] if len(sys.argv) > 1 else "2.6.0"
    out = Path(__file__).resolve().parent.parent / "tests" / "data" / "hijridate"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                f"hijridate=={version}",
                "--dest",
                tmp,
            ],
            check=True,
        )
        (sdist,) = Path(tmp).glob("hijridate-*.tar.gz")
        with tarfile.open(sdist) as archive:
            for member in archive.getmembers():
                name = Path(member.name).name
                if name in FIXTURES and "fixtures" in member.name:
                    data = archive.extractfile(member)
                    assert data is not None
                    (out / name).write_bytes(data.read())
                    print("wrote", out / name)
    (out / "SOURCE").write_text(f"hijridate {version} sdist, tests/integration/fixtures/\n")


if __name__ == "__main__":
    main()
