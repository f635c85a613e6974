"""The service through Starlette's test client: every endpoint, every error code and
limit, the answers against the OpenAPI document, and no request that makes it fail."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serving import ARABIC, SEED, SLIPPED, need_server

need_server()

from jsonschema import Draft202012Validator  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from datelines.serve import Limits, Settings, create_app  # noqa: E402
from datelines.serve._endpoints import OPERATIONS  # noqa: E402
from datelines.serve._errors import CODES  # noqa: E402

SEEN_CODES: set[str] = set()


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(limits=Limits(body_bytes=4096, text_chars=500, items=5)))) as found:
        yield found


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    answer = client.get("/v1/openapi.json")
    assert answer.status_code == 200
    found: dict[str, Any] = answer.json()
    return found


def conforms(spec: dict[str, Any], schema: str, value: object) -> None:
    """``value`` is what the OpenAPI document says ``schema`` is."""
    validator = Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema}", "components": spec["components"]}
    )
    from jsonschema.exceptions import best_match

    error = best_match(validator.iter_errors(value))
    assert error is None, f"{list(error.absolute_path)}: {error.message}"


def refused(client: TestClient, spec: dict[str, Any], status: int, code: str, method: str, path: str,
            **kwargs: Any) -> dict[str, Any]:  # fmt: skip
    answer = client.request(method, path, **kwargs)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body: dict[str, Any] = answer.json()
    conforms(spec, "Error", body)
    assert body["error"]["code"] == code
    assert CODES[code][0] == status
    SEEN_CODES.add(code)
    return body["error"]


# --- every endpoint ---------------------------------------------------------------------------------


def test_check_answers_the_verdict_with_its_ok(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.post("/v1/check", json={"text": SEED}).json()
    conforms(spec, "Checked", answer)
    assert answer["ok"] is True
    assert answer["input"] == SEED
    assert answer["dateline"]["place"] == "Seoul"
    slipped = client.post("/v1/check", json={"text": SLIPPED, "authority": "SA"}).json()
    assert slipped["ok"] is False
    assert slipped["calendar"] == "SA"
    assert "three days behind" in slipped["message"]
    assert slipped["message"] == next(f["message"] for f in slipped["findings"] if f["severity"] == "error")


def test_check_a_list_answers_each_in_place(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.post("/v1/check", json={"texts": [SEED, "no date here", ARABIC]}).json()
    conforms(spec, "Checked", answer)
    first, second, third = answer["results"]
    assert first["ok"] is True
    assert second == {"input": "no date here", "error": second["error"]}
    assert second["error"]["code"] == "unreadable-date"
    assert third["ok"] is True


def test_check_in_a_calendar_or_as_julian(client: TestClient) -> None:
    line = "10 Rabiul Akhir 1437/20 January 2016"
    assert (
        client.post("/v1/check", json={"text": line, "calendar": "umalqura"}).json()["calendar"] == "umalqura"
    )
    assert (
        client.post("/v1/check", json={"text": line, "calendar": "umalqura", "offset": 1}).json()["ok"]
        is False
    )
    assert client.post("/v1/check", json={"text": line, "julian": True}).status_code == 200


@pytest.mark.parametrize(
    ("body", "gregorian", "hijri", "source"),
    [
        ({"date": "2016-01-20"}, "2016-01-20", "1437-04-10", "gregorian"),
        ({"date": "10 Rabiul Akhir 1437"}, "2016-01-20", "1437-04-10", "hijri"),
        ({"date": "1437-04-10", "from": "hijri"}, "2016-01-20", "1437-04-10", "hijri"),
        ({"date": "01/02/2016", "order": "dayfirst"}, "2016-02-01", "1437-04-22", "gregorian"),
        (
            {"date": "2024-03-12", "calendar": "umalqura", "offset": -1},
            "2024-03-12",
            "1445-09-01",
            "gregorian",
        ),
        ({"date": "2025-03-31", "calendar": "ID"}, "2025-03-31", "1446-10-01", "gregorian"),
        ({"date": "2016-01-20", "calendar": "islamic-civil"}, "2016-01-20", "1437-04-09", "gregorian"),
    ],
)
def test_convert_both_ways_in_any_calendar(
    client: TestClient, spec: dict[str, Any], body: dict[str, object], gregorian: str, hijri: str, source: str
) -> None:
    answer = client.post("/v1/convert", json=body).json()
    conforms(spec, "Conversion", answer)
    assert (answer["gregorian"], answer["hijri"], answer["from"]) == (gregorian, hijri, source)


def test_convert_answers_what_the_command_line_writes(client: TestClient) -> None:
    from support import cli

    answer = client.post("/v1/convert", json={"date": "2016-01-20", "calendar": "ID"}).json()
    written = cli("convert", "2016-01-20", "--calendar", "ID", "--format", "jsonl")
    record = json.loads(written.stdout)
    assert record.pop("where") == "argument 1"  # the command line says which input it was
    assert record == answer


def test_convert_a_list(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.post(
        "/v1/convert", json={"dates": ["2016-01-20", "1437-02-30", "20 Januari 2016"]}
    ).json()
    conforms(spec, "Conversion", answer)
    assert [r.get("hijri") for r in answer["results"]] == ["1437-04-10", None, "1437-04-10"]
    assert answer["results"][1]["error"]["code"] == "unreadable-date"  # Hijri or Gregorian: say which
    hijri = client.post("/v1/convert", json={"dates": ["1437-02-30"], "from": "hijri"}).json()
    assert hijri["results"][0]["error"]["code"] == "invalid-date"


def test_convert_a_year_or_month_alone(client: TestClient, spec: dict[str, Any]) -> None:
    """A librarian's catalogue: "Ramadan 1250" and "2025" as their first and last days."""
    answer = client.post(
        "/v1/convert",
        json={"dates": ["Ramadan 1250", "1250", "20 January 2016"], "calendar": "civil", "from": "hijri"},
    ).json()
    conforms(spec, "Conversion", answer)
    month, year, whole = answer["results"]
    assert (month["period"], month["hijri"], month["gregorian"]) == (
        "month",
        "1250-09",
        "1835-01-01/1835-01-30",
    )
    assert (year["period"], year["days"]) == ("year", 354)
    assert whole["error"]["code"] == "unreadable-date"  # a Gregorian date, said to be Hijri
    gregorian = client.post("/v1/convert", json={"date": "March 2025", "calendar": "ID"}).json()
    conforms(spec, "Conversion", gregorian)
    assert (gregorian["hijri_start"], gregorian["hijri_end"], gregorian["days"]) == (
        "1446-09-01",
        "1446-10-01",
        31,
    )


def test_convert_the_rumi_calendar(client: TestClient, spec: dict[str, Any]) -> None:
    """A historian's page converts Ottoman Rumi dates both ways (a trial: only an internal
    module could), and parses and checks a Rumi line as one."""
    answer = client.post(
        "/v1/convert", json={"date": "29 Ağustos 1324", "from": "rumi", "calendar": "civil"}
    ).json()
    conforms(spec, "Conversion", answer)
    assert (answer["from"], answer["gregorian"], answer["hijri"], answer["rumi"]) == (
        "rumi", "1908-09-11", "1326-08-14", "1324-08-29"
    )  # fmt: skip
    marked = client.post("/v1/convert", json={"date": "29 Ağustos 1324 Rumi"}).json()
    conforms(spec, "Conversion", marked)  # read as Rumi unasked, in the calendar of its time
    assert (marked["from"], marked["gregorian"], marked["calendar"]) == ("rumi", "1908-09-11", "civil")
    unmarked = client.post("/v1/convert", json={"date": "29 Ağustos 1324"})
    assert unmarked.status_code == 422
    assert unmarked.json()["error"]["message"].endswith('say which ("from": "rumi" or "gregorian")')
    back = client.post("/v1/convert", json={"date": "1908-09-11", "to": "rumi"}).json()
    conforms(spec, "Conversion", back)
    assert (back["calendar"], back["rumi_text"]) == ("rumi", "29 Ağustos 1324 Rumi")
    parsed = client.post("/v1/parse", json={"text": "15 Şaban 1326 / 29 Ağustos 1324"}).json()
    conforms(spec, "Parsed", parsed)
    assert (parsed["gregorian"]["calendar"], parsed["gregorian"]["iso"]) == ("rumi", "1324-08-29")
    extracted = client.post("/v1/extract", json={"text": "15 Şaban 1326 / 29 Ağustos 1325"}).json()
    conforms(spec, "Extracted", extracted)
    (found,) = extracted["datelines"]
    assert (found["gregorian"], found["rumi"], found["verdict"]["ok"]) == ("1909-09-11", "1325-08-29", False)
    assert [f["half"] for f in found["verdict"]["findings"]] == ["rumi", "hijri"]


def test_parse(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.post("/v1/parse", json={"text": SEED}).json()
    conforms(spec, "Parsed", answer)
    assert (answer["hijri"]["iso"], answer["gregorian"]["iso"], answer["agency"]) == (
        "1437-04-10",
        "2016-01-20",
        "MINA",
    )
    many = client.post("/v1/parse", json={"texts": [SEED, "nothing"]}).json()
    conforms(spec, "Parsed", many)
    assert many["results"][1]["error"]["code"] == "unreadable-date"
    # Every field of the answer is in the schema (which allows others: a field it left out,
    # solar_hijri, passed unseen), a Solar Hijri half included.
    persian = client.post("/v1/parse", json={"text": "۳۰ دی ۱۳۹۴ هجری شمسی، مطابق ۹ ربیع‌الثانی ۱۴۳۷"}).json()
    conforms(spec, "Parsed", persian)
    assert set(persian) == set(spec["components"]["schemas"]["Dateline"]["properties"])
    assert persian["solar_hijri"]["iso"] == "1394-10-30"


def test_hints_name_the_service_s_fields_not_the_command_line_s_options(client: TestClient) -> None:
    ambiguous = client.post("/v1/convert", json={"date": "01/02/2016"}).json()["error"]["message"]
    assert ambiguous.endswith('say which ("order": "dayfirst" or "monthfirst")')
    hijri = client.post("/v1/convert", json={"date": "1437-02-30"}).json()["error"]["message"]
    assert hijri.endswith('say which ("from": "hijri" or "gregorian")')
    assert client.post("/v1/convert", json={"date": "01/02/2016", "order": "dayfirst"}).status_code == 200


def test_a_path_with_a_trailing_slash_is_not_found_not_redirected(
    client: TestClient, spec: dict[str, Any]
) -> None:
    for path in ("/v1/check/", "/healthz/"):
        method = "POST" if path.startswith("/v1") else "GET"
        refused(client, spec, 404, "not-found", method, path, json={"text": SEED},
                headers={"host": "evil.example"})  # fmt: skip


def test_extract_gives_spans_and_verdicts(client: TestClient, spec: dict[str, Any]) -> None:
    text = f"{SEED} – said.\n\n{SLIPPED} – later.\n{ARABIC}"
    answer = client.post("/v1/extract", json={"text": text}).json()
    conforms(spec, "Extracted", answer)
    assert (answer["count"], answer["failing"]) == (3, 1)
    for found in answer["datelines"]:
        assert text[found["start"] : found["end"]] == found["text"]
    assert [d["verdict"]["ok"] for d in answer["datelines"]] == [True, False, True]
    assert "three days behind" in answer["datelines"][1]["message"]
    none = client.post("/v1/extract", json={"text": "No dateline here."}).json()
    assert none == {"count": 0, "failing": 0, "datelines": []}


def test_extract_takes_several_stories(client: TestClient, spec: dict[str, Any]) -> None:
    # a CMS checking many stories asked once a story (a trial: "unknown field 'texts'")
    answer = client.post("/v1/extract", json={"texts": [f"{SEED} – said.", "No dateline here.", 5]}).json()
    conforms(spec, "Extracted", answer)
    first, second, third = answer["results"]
    assert (first["count"], first["failing"], first["datelines"][0]["text"]) == (
        1, 0, "10 Rabiul Akhir 1437/20 January 2016",
    )  # fmt: skip
    assert second == {"count": 0, "failing": 0, "datelines": []}
    assert third["error"]["code"] == "wrong-type"
    both = client.post("/v1/extract", json={"text": SEED, "texts": [SEED]})
    assert both.status_code == 422


def test_extract_offsets_count_code_points(client: TestClient) -> None:
    text = f"😀😀 {SEED}"
    found = client.post("/v1/extract", json={"text": text}).json()["datelines"][0]
    assert text[found["start"] : found["end"]] == found["text"]


def test_extract_by_authority(client: TestClient) -> None:
    line = "Jakarta, 1 Syawal 1446 H / 31 Maret 2025"
    assert client.post("/v1/extract", json={"text": line}).json()["failing"] == 0
    assert client.post("/v1/extract", json={"text": line, "authority": "SA"}).json()["failing"] == 1


def test_format(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.post("/v1/format", json={"date": "2016-01-20", "place": "Seoul", "agency": "MINA"}).json()
    conforms(spec, "Formatted", answer)
    assert answer == {"input": "2016-01-20", "dateline": SEED, "calendar": "umalqura"}
    arabic = client.post("/v1/format", json={"date": "2016-01-20", "style": "spa-ar"}).json()
    assert arabic["dateline"] == "10 ربيع الآخر 1437 هـ الموافق 20 يناير 2016 م"
    options = {"date": "10 Rabiul Akhir 1437", "style": "mina", "language": "id", "digits": "arab", "era": False,
               "weekday": True, "calendar": "umalqura", "offset": 0}  # fmt: skip
    assert client.post("/v1/format", json=options).status_code == 200
    many = client.post("/v1/format", json={"dates": ["2016-01-20", "2016-02-30"], "weekday": None}).json()
    conforms(spec, "Formatted", many)
    assert many["results"][1]["error"]["code"] == "invalid-date"
    solar = client.post("/v1/format", json={"date": "2016-01-20", "calendar": "solar-hijri"})
    assert solar.status_code == 422
    assert (solar.json()["error"]["code"], solar.json()["error"]["field"]) == ("invalid-value", "calendar")
    assert "Solar Hijri" in solar.json()["error"]["message"]


def test_today(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.get("/v1/today", params={"tz": "Asia/Jakarta"}).json()
    conforms(spec, "Today", answer)
    assert [c["calendar"] for c in answer["calendars"]] == [
        "umalqura",
        "umalqura-icu",
        "civil",
        "astronomical",
    ]
    assert answer["tz"] == "Asia/Jakarta"
    chosen = client.get("/v1/today?calendar=ID&calendar=SA").json()
    assert [c["calendar"] for c in chosen["calendars"]] == ["ID", "SA"]
    assert chosen["calendars"][0]["gregorian"] == chosen["gregorian"]


def test_listings(client: TestClient, spec: dict[str, Any]) -> None:
    calendars = client.get("/v1/calendars").json()
    conforms(spec, "Calendars", calendars)
    assert {"umalqura", "mabims", "ID"} <= {c["name"] for c in calendars["calendars"]}
    authorities = client.get("/v1/authorities").json()
    conforms(spec, "Authorities", authorities)
    assert authorities["authorities"][0]["id"] == "SA"
    styles = client.get("/v1/styles", params={"date": "2016-01-20"}).json()
    conforms(spec, "Styles", styles)
    assert styles["styles"][0] == {
        "name": "mina", "language": "en", "example": "10 Rabiul Akhir 1437/20 January 2016",
        "description": "MINA (Mi'raj News Agency), English edition",
    }  # fmt: skip
    assert client.get("/v1/styles").json()["date"]  # today's
    days = client.get("/v1/days/1446?authority=SA&authority=ID").json()
    conforms(spec, "Days", days)
    ramadan = next(d for d in days["days"] if d["name"] == "First of Ramadan")
    assert [(d["authority"], d["gregorian"]) for d in ramadan["dates"]] == [
        ("SA", "2025-03-01"),
        ("ID", "2025-03-01"),
    ]


def test_health(client: TestClient, spec: dict[str, Any]) -> None:
    answer = client.get("/healthz").json()
    conforms(spec, "Health", answer)
    assert answer["status"] == "ok"


def test_the_openapi_document_names_every_route(client: TestClient, spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    documented = {(path, method.upper()) for path, methods in spec["paths"].items() for method in methods}
    served = {(op.path, op.method) for op in OPERATIONS} | {("/healthz", "GET")}
    assert documented == served
    for operation in OPERATIONS:
        entry = spec["paths"][operation.path][operation.method.lower()]
        if operation.method == "POST":
            body = entry["requestBody"]["content"]["application/json"]
            assert set(body["schema"]["properties"]) == {f.name for f in operation.fields}
            if operation.example is not None:  # the documented example is answered
                assert client.post(operation.path, json=body["example"]).status_code == 200
        assert entry["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
            operation.response
        )
    codes = spec["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["enum"]
    assert codes == list(CODES)


def test_the_pages_are_served_with_no_external_resource(client: TestClient) -> None:
    for path, kind in [("/", "text/html"), ("/v1/reference", "text/html"), ("/static/desk.js", "text/javascript"),
                       ("/static/desk.css", "text/css"), ("/static/reference.js", "text/javascript")]:  # fmt: skip
        answer = client.get(path)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith(kind)
        assert "default-src 'self'" in answer.headers["content-security-policy"]
        assert "http://" not in answer.text
        assert "https://" not in answer.text
        assert "//cdn" not in answer.text


# --- every error code and limit -----------------------------------------------------------------------


def test_bodies_that_cannot_be_read_are_400(client: TestClient, spec: dict[str, Any]) -> None:
    refused(client, spec, 400, "malformed-json", "POST", "/v1/check", content=b"{not json")
    refused(client, spec, 400, "malformed-json", "POST", "/v1/check", content=b"")
    refused(client, spec, 400, "malformed-json", "POST", "/v1/check", content=b'{"text": NaN}')
    twice = refused(
        client, spec, 400, "malformed-json", "POST", "/v1/check", content=b'{"text": "a", "text": "b"}'
    )
    assert twice["message"] == "the body is not JSON: the member 'text' is given twice"
    refused(client, spec, 400, "malformed-json", "POST", "/v1/check", content=b"[" * 3000)
    refused(client, spec, 400, "not-utf-8", "POST", "/v1/check", content=b'{"text": "\xff"}')
    refused(client, spec, 400, "bad-content-length", "POST", "/v1/check", content=b"{}",
            headers={"content-length": "two"})  # fmt: skip


def test_a_byte_order_mark_and_lone_surrogates_are_harmless(client: TestClient) -> None:
    answer = client.post("/v1/check", content=b'\xef\xbb\xbf{"text": "\\ud800 ' + SEED.encode() + b'"}')
    assert answer.status_code == 200
    assert answer.json()["input"].startswith("\ud800")
    assert b"\\ud800" in answer.content


def test_requests_that_are_not_what_the_endpoint_takes_are_422(
    client: TestClient, spec: dict[str, Any]
) -> None:
    assert (
        "JSON object"
        in refused(client, spec, 422, "not-an-object", "POST", "/v1/check", json=["a"])["message"]
    )
    error = refused(client, spec, 422, "unknown-field", "POST", "/v1/check", json={"text": SEED, "txt": 1})
    assert error["field"] == "txt"
    refused(client, spec, 422, "unknown-field", "POST", "/v1/check?text=x", json={"text": SEED})
    refused(client, spec, 422, "unknown-field", "GET", "/v1/today?zone=UTC")
    refused(client, spec, 422, "unknown-field", "GET", "/v1/calendars?x=1")
    refused(client, spec, 422, "missing-field", "POST", "/v1/check", json={})
    refused(client, spec, 422, "missing-field", "POST", "/v1/extract", json={"authority": "ID"})
    refused(client, spec, 422, "invalid-value", "POST", "/v1/check", json={"text": SEED, "texts": [SEED]})
    for body in ({"text": 1}, {"texts": "x"}, {"text": SEED, "julian": "yes"},
                 {"text": SEED, "offset": 1.5}, {"text": SEED, "offset": True}):  # fmt: skip
        refused(client, spec, 422, "wrong-type", "POST", "/v1/check", json=body)
    # null is a field left out, as many serializers send one (a trial): then none is given
    refused(client, spec, 422, "missing-field", "POST", "/v1/check", json={"text": None})
    # an item of a list that is no string is answered in its place, the others still are (a trial)
    answer = client.post("/v1/check", json={"texts": [1, SEED]})
    assert answer.status_code == 200
    first, second = answer.json()["results"]
    assert first == {
        "input": 1,
        "error": {
            "code": "wrong-type",
            "message": "texts[0] must be a string, not a number",
            "field": "texts",
        },
    }
    assert second["ok"] is True
    # names given as choices are taken in any case, as the library takes them (a trial)
    assert client.post("/v1/check", json={"text": SEED, "authority": "sa"}).json()["authority"] == "SA"
    assert client.post("/v1/convert", json={"date": "01/02/2016", "order": "DayFirst"}).json()[
        "gregorian"
    ] == ("2016-02-01")
    # the value said, where "a number" would say nothing (a trial)
    error = refused(
        client, spec, 422, "wrong-type", "POST", "/v1/convert", json={"date": "2016-01-20", "offset": 1.5}
    )
    assert error["message"] == "'offset' must be a whole number, not 1.5"
    refused(client, spec, 422, "wrong-type", "GET", "/v1/days/year")
    # A whole number out of range is a value refused, not a wrong type.
    for year in ("-1", "1" * 24):
        error = refused(client, spec, 422, "invalid-value", "GET", f"/v1/days/{year}")
        assert error["message"] == (
            f"year must be a whole number, a Hijri year of the authorities' calendars (1300–1600 AH); got {year!r}"
        )
    refused(client, spec, 422, "invalid-value", "POST", "/v1/check", json={"text": SEED, "authority": "XX"})
    refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/convert",
        json={"date": "2016-01-20", "from": "julian"},
    )
    refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/format",
        json={"date": "2016-01-20", "digits": "roman"},
    )
    refused(client, spec, 422, "invalid-value", "GET", "/v1/days/1446?authority=XX")
    refused(client, spec, 422, "invalid-value", "GET", "/v1/days/99")
    refused(client, spec, 422, "invalid-value", "GET", "/v1/styles?date=2016-01-20&date=2016-01-21")
    error = refused(client, spec, 422, "invalid-value", "POST", "/v1/check",
                    json={"text": SEED, "authority": "ID", "calendar": "umalqura"})  # fmt: skip
    assert "not allowed with" in error["message"]


def test_values_the_library_refuses_are_422_with_its_message(
    client: TestClient, spec: dict[str, Any]
) -> None:
    error = refused(client, spec, 422, "unreadable-date", "POST", "/v1/check", json={"text": "no date"})
    assert error["message"].startswith("no date found")
    assert error["field"] == "text"
    error = refused(
        client, spec, 422, "invalid-date", "POST", "/v1/convert", json={"date": "1437-02-30", "from": "hijri"}
    )
    assert "Safar 1437 has 29 days" in error["message"]
    refused(
        client, spec, 422, "out-of-range", "POST", "/v1/convert", json={"date": "1200-01-01", "from": "hijri"}
    )
    refused(
        client,
        spec,
        422,
        "unknown-calendar",
        "POST",
        "/v1/convert",
        json={"date": "2016-01-20", "calendar": "mayan"},
    )
    error = refused(
        client, spec, 422, "invalid-value", "POST", "/v1/convert", json={"date": "2016-01-20", "offset": 99}
    )
    assert (error["field"], error["message"]) == ("offset", "'offset' must be in -30..30; got 99")
    error = refused(
        client, spec, 422, "invalid-value", "POST", "/v1/check", json={"text": SEED, "offset": -(10**6)}
    )
    assert error["field"] == "offset"
    request = spec["paths"]["/v1/convert"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    offset = request["properties"]["offset"]["anyOf"][0]  # or null, for the field left out
    assert (offset["minimum"], offset["maximum"]) == (-30, 30)
    refused(
        client, spec, 422, "unknown-calendar", "POST", "/v1/check", json={"text": SEED, "calendar": "mayan"}
    )
    refused(
        client,
        spec,
        422,
        "unknown-calendar",
        "POST",
        "/v1/format",
        json={"date": "2016-01-20", "calendar": "x"},
    )
    refused(client, spec, 422, "unknown-calendar", "GET", "/v1/today?calendar=mayan")
    refused(
        client, spec, 422, "unknown-style", "POST", "/v1/format", json={"date": "2016-01-20", "style": "nyt"}
    )
    refused(client, spec, 422, "invalid-input", "GET", "/v1/today?tz=Mars/Olympus")
    refused(client, spec, 422, "invalid-input", "GET", "/v1/styles?tz=Mars/Olympus")
    refused(client, spec, 422, "unreadable-date", "GET", "/v1/styles?date=someday")
    # a day no style can write is an error, not examples that each are one (a trial)
    error = refused(client, spec, 422, "out-of-range", "GET", "/v1/styles?date=1437-04-10")
    assert error["field"] == "date"


def test_a_text_longer_than_a_dateline_points_to_extract(spec: dict[str, Any]) -> None:
    with TestClient(create_app()) as roomy:  # the default limits: 100,000 characters a text
        for path in ("/v1/parse", "/v1/check"):
            error = refused(
                roomy, spec, 422, "unreadable-date", "POST", path, json={"text": SEED + " x" * 600}
            )
            assert error["message"] == (
                "text of 1,250 characters is longer than any dateline (at most 1,000); "
                "/v1/extract reads the datelines in running text"
            )
        assert roomy.post("/v1/extract", json={"text": SEED + " x" * 600}).json()["count"] == 1


def test_limits_are_413_with_the_limit(client: TestClient, spec: dict[str, Any]) -> None:
    error = refused(client, spec, 413, "body-too-large", "POST", "/v1/check", content=b" " * 5000)
    assert error["message"] == "the body is 5,000 bytes; the limit is 4,096 bytes"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it is read
        yield from [b" " * 1000] * 10

    error = refused(client, spec, 413, "body-too-large", "POST", "/v1/check", content=chunks())
    assert error["message"] == "the body is longer than the limit of 4,096 bytes"
    error = refused(client, spec, 413, "text-too-long", "POST", "/v1/extract", json={"text": "x" * 501})
    assert error["message"] == "'text' has 501 characters; the limit is 500"
    # an item over the limit is answered in its place (a trial: one item lost the whole list)
    answer = client.post("/v1/convert", json={"dates": ["2016-01-20", "y" * 600]})
    assert answer.status_code == 200
    good, long = answer.json()["results"]
    assert good["hijri"] == "1437-04-10"
    assert long["error"] == {
        "code": "text-too-long", "message": "'dates[1]' has 600 characters; the limit is 500", "field": "dates[1]",
    }  # fmt: skip
    error = refused(
        client, spec, 413, "too-many-items", "POST", "/v1/convert", json={"dates": ["2016-01-20"] * 6}
    )
    assert error["message"] == "'dates' has 6 items; the limit is 5"
    refused(client, spec, 413, "too-many-items", "GET", "/v1/today?" + "&".join(["calendar=SA"] * 6))
    # Just within each limit is answered.
    assert client.post("/v1/convert", json={"dates": ["2016-01-20"] * 5}).status_code == 200
    assert client.post("/v1/extract", json={"text": "x" * 500}).status_code == 200


def test_routing_errors(client: TestClient, spec: dict[str, Any]) -> None:
    refused(client, spec, 404, "not-found", "GET", "/v2/check")
    error = refused(client, spec, 405, "method-not-allowed", "GET", "/v1/check")
    assert error["message"] == "/v1/check takes POST"


def test_a_fault_of_ours_is_500_without_details(
    monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]
) -> None:
    def broken(fields: object) -> object:
        raise RuntimeError("secret detail")

    import dataclasses

    from datelines.serve import _app

    faulty_operations = tuple(
        dataclasses.replace(op, run=broken) if op.id == "parse" else op for op in OPERATIONS
    )
    monkeypatch.setattr(_app, "OPERATIONS", faulty_operations)
    with TestClient(create_app(), raise_server_exceptions=False) as faulty:
        error = refused(faulty, spec, 500, "internal-error", "POST", "/v1/parse", json={"text": SEED})
    assert "secret" not in error["message"]


def test_a_request_cancelled_by_the_server_s_stop_is_a_503(
    monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]
) -> None:
    # What uvicorn does to a request still under way when the graceful timeout runs out
    # (tests/serve/test_server.py stops a real server so).
    import asyncio

    from datelines.serve import _app

    async def cancelled(*args: object) -> object:
        raise asyncio.CancelledError

    with TestClient(create_app()) as stopping:  # started (its warm-up runs in the pool too)
        monkeypatch.setattr(_app, "run_in_threadpool", cancelled)
        answer = stopping.post("/v1/parse", json={"text": SEED})
        assert (answer.status_code, answer.headers["retry-after"]) == (503, "5")
        refused(stopping, spec, 503, "unavailable", "POST", "/v1/parse", json={"text": SEED})


def test_every_error_code_was_answered() -> None:
    # The tests above, in file order, reached each code; this one runs after them.
    assert set(CODES) - SEEN_CODES == set()


# --- settings -------------------------------------------------------------------------------------------


def test_cors_is_off_by_default_and_configurable(client: TestClient) -> None:
    origin = {"origin": "https://cms.example"}
    assert "access-control-allow-origin" not in client.get("/healthz", headers=origin).headers
    with TestClient(create_app(Settings(cors_origins=("https://cms.example",)))) as open_:
        assert (
            open_.get("/healthz", headers=origin).headers["access-control-allow-origin"]
            == "https://cms.example"
        )
        preflight = open_.options(
            "/v1/check", headers={**origin, "access-control-request-method": "POST",
                                  "access-control-request-headers": "content-type"},
        )  # fmt: skip
        assert preflight.status_code == 200
        other = open_.get("/healthz", headers={"origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_the_access_log_says_method_path_status_and_time_only(caplog: pytest.LogCaptureFixture) -> None:
    with TestClient(create_app()) as logged, caplog.at_level("INFO", logger="datelines.serve"):
        logged.post("/v1/check?x=secret-query", json={"text": f"{SEED} secret-body"})
    (record,) = [r for r in caplog.records if r.name == "datelines.serve"]
    message = record.getMessage()
    assert message.startswith("POST /v1/check 422 ")
    assert message.endswith(" ms")
    assert "secret" not in message
    caplog.clear()
    with TestClient(create_app(Settings(access_log=False))) as quiet, caplog.at_level("INFO"):
        quiet.get("/healthz")
    assert [r for r in caplog.records if r.name == "datelines.serve"] == []


def test_settings_from_the_environment() -> None:
    from datelines.errors import DatelineError

    assert Settings.from_environ({}) == Settings()
    env = {"DATELINES_SERVE_MAX_ITEMS": "7", "DATELINES_SERVE_CORS_ORIGINS": "https://a.example https://b.example",
           "DATELINES_SERVE_ACCESS_LOG": "off"}  # fmt: skip
    found = Settings.from_environ(env)
    assert (found.limits.items, found.cors_origins, found.access_log) == (
        7,
        ("https://a.example", "https://b.example"),
        False,
    )
    with pytest.raises(DatelineError, match="DATELINES_SERVE_MAX_ITEMS must be a whole number"):
        Settings.from_environ({"DATELINES_SERVE_MAX_ITEMS": "many"})
    with pytest.raises(DatelineError, match="items must be at least 1"):
        Limits(items=0)


# --- no request makes it fail ---------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[str, object]:
    operation = draw(st.sampled_from([op for op in OPERATIONS if op.method == "POST"]))
    names = [f.name for f in operation.fields]
    values = st.one_of(
        _JSON, st.sampled_from([SEED, SLIPPED, ARABIC, "2016-01-20", "1437-02-30", "ID", "mina"])
    )
    body = draw(st.one_of(_JSON, st.dictionaries(st.sampled_from(names), values, max_size=4)))
    return operation.path, body


@settings(max_examples=300, deadline=None)
@given(_bodies())
def test_no_body_is_a_fault(client: TestClient, request_: tuple[str, object]) -> None:
    path, body = request_
    answer = client.post(path, content=json.dumps(body).encode())
    assert answer.status_code in (200, 400, 413, 422), answer.text
    assert isinstance(answer.json(), dict)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=64),
    st.sampled_from(["/v1/check", "/v1/convert", "/v1/extract", "/v1/format", "/v1/parse"]),
)
def test_no_bytes_are_a_fault(client: TestClient, body: bytes, path: str) -> None:
    assert client.post(path, content=body).status_code in (200, 400, 413, 422)


def test_a_number_of_thousands_of_digits_is_refused_by_its_length(spec: dict[str, Any]) -> None:
    # Python's own refusal of 4,300 digits advises sys.set_int_max_str_digits(): not for the service's users.
    with TestClient(create_app(Settings())) as roomy:  # the default body limit, 64 KB
        body = '{"date": "2016-01-20", "offset": ' + "9" * 5000 + "}"
        error = refused(
            roomy, spec, 422, "invalid-value", "POST", "/v1/convert", content=body,
            headers={"content-type": "application/json"},
        )  # fmt: skip
    assert error["message"] == "a number of 5000 digits: no field takes more than 20"


def test_a_hint_names_no_option_the_service_lacks(client: TestClient, spec: dict[str, Any]) -> None:
    error = refused(client, spec, 422, "unreadable-date", "POST", "/v1/convert", json={"date": "1437-04-10"})
    assert "--from" not in error["message"]
    assert error["message"].endswith('say which ("from": "hijri" or "gregorian")')
    # a Gregorian date of the Hijri years' range, said to be one, outside Umm al-Qura: the hint first
    body = {"date": "1437-04-10", "from": "gregorian"}
    error = refused(client, spec, 422, "out-of-range", "POST", "/v1/convert", json=body)
    assert "--from" not in error["message"]
    # a Solar Hijri date written out is read as one, as a Bengali one is (stop 48)
    read = client.post("/v1/convert", json={"date": "7 Mehr 1404"}).json()
    conforms(spec, "Conversion", read)
    assert (read["from"], read["gregorian"], read["solar_hijri"]) == (
        "solar-hijri",
        "2025-09-29",
        "1404-07-07",
    )


def test_convert_solar_hijri_dates_in_their_own_fields(client: TestClient, spec: dict[str, Any]) -> None:
    """A trial (stop 44): "calendar": "solar-hijri" put a Solar Hijri date in the "hijri"
    field. As `datelines convert` does, the Solar date is asked for with "to" or "from"."""
    only = client.post("/v1/convert", json={"date": "2024-03-20", "to": "solar-hijri"}).json()
    conforms(spec, "Conversion", only)
    assert only == {
        "input": "2024-03-20", "from": "gregorian", "calendar": "solar-hijri", "gregorian": "2024-03-20",
        "weekday": "Wednesday", "gregorian_text": "20 March 2024", "solar_hijri": "1403-01-01",
        "solar_hijri_text": "1 Farvardin 1403 SH",
    }  # fmt: skip
    every = client.post("/v1/convert", json={"date": "2024-03-20", "to": "all", "calendar": "ID"}).json()
    conforms(spec, "Conversion", every)
    assert (every["calendar"], every["hijri"], every["solar_hijri"]) == ("ID", "1445-09-09", "1403-01-01")
    read = client.post(
        "/v1/convert", json={"dates": ["7 Mehr 1404", "1404-07-07"], "from": "solar-hijri"}
    ).json()
    conforms(spec, "Conversion", read)
    assert [(r["from"], r["gregorian"], r["hijri"], r["solar_hijri"]) for r in read["results"]] == [
        ("solar-hijri", "2025-09-29", "1447-04-07", "1404-07-07")
    ] * 2
    cli = subprocess.run(
        [sys.executable, "-m", "datelines", "convert", "--to", "solar-hijri", "--format", "jsonl", "2024-03-20"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert {k: v for k, v in json.loads(cli.stdout).items() if k != "where"} == only
    error = refused(client, spec, 422, "invalid-value", "POST", "/v1/convert",
                    json={"date": "2024-03-20", "calendar": "solar-hijri"})  # fmt: skip
    assert error["field"] == "calendar"
    assert '"to": "solar-hijri"' in error["message"]


def test_today_in_a_solar_calendar_gives_its_date_in_its_own_fields(
    client: TestClient, spec: dict[str, Any]
) -> None:
    answer = client.get("/v1/today", params=[("calendar", "SA"), ("calendar", "solar-hijri")]).json()
    conforms(spec, "Today", answer)
    lunar, solar = answer["calendars"]
    assert "hijri" in lunar
    assert "solar_hijri" not in lunar
    assert "hijri" not in solar
    assert solar["calendar"] == "solar-hijri"
    assert solar["gregorian"] == answer["gregorian"]
    assert solar["solar_hijri_text"].endswith(" SH")


def test_check_by_several_authorities(client: TestClient, spec: dict[str, Any]) -> None:
    """An Indonesian desk prints Indonesia's dates and Muhammadiyah's (a trial): a line may
    follow any authority of a list, which names the one it follows."""
    line = "1 Ramadhan 1447 H / 18 Februari 2026"
    one = client.post("/v1/check", json={"text": line, "authority": "ID"}).json()
    assert not one["ok"]
    both = client.post("/v1/check", json={"text": line, "authority": ["ID", "ID-muhammadiyah"]}).json()
    assert (both["ok"], both["authority"]) == (True, "ID-muhammadiyah")
    conforms(spec, "Verdict", both)
    refused(client, spec, 422, "invalid-value", "POST", "/v1/check", json={"text": line, "authority": []})
    refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/check",
        json={"text": line, "authority": ["ID", "XX"]},
    )
    refused(client, spec, 422, "wrong-type", "POST", "/v1/check", json={"text": line, "authority": 7})
    extracted = client.post("/v1/extract", json={"text": line, "authority": ["ID", "ID-muhammadiyah"]}).json()
    assert extracted["failing"] == 0


def test_convert_from_and_to_the_bengali_calendar(client: TestClient, spec: dict[str, Any]) -> None:
    """As the command line: "from"/"to": "bangla", and "all" with the Bengali date; the answers
    are the command line's records."""
    alone = client.post("/v1/convert", json={"date": "2024-01-20", "to": "bangla"}).json()
    conforms(spec, "Conversion", alone)
    assert alone == {
        "input": "2024-01-20", "from": "gregorian", "calendar": "bangla", "gregorian": "2024-01-20",
        "weekday": "Saturday", "gregorian_text": "20 January 2024", "bangla": "1430-10-06",
        "bangla_text": "6 Magh 1430 BS", "bangla_month_length": 30,
    }  # fmt: skip
    read = client.post("/v1/convert", json={"dates": ["1430-10-06", "৬ মাঘ ১৪৩০"], "from": "bangla"}).json()
    conforms(spec, "Conversion", read)
    # a Bengali date's lunar date is Bangladesh's (BD) where no calendar is asked for (a trial)
    assert [(r["from"], r["gregorian"], r["hijri"], r["calendar"], r["bangla"]) for r in read["results"]] == [
        ("bangla", "2024-01-20", "1445-07-07", "BD", "1430-10-06")
    ] * 2
    every = client.post("/v1/convert", json={"date": "2024-01-20", "to": "all"}).json()
    conforms(spec, "Conversion", every)
    assert (every["hijri"], every["solar_hijri"], every["bangla"]) == (
        "1445-07-08",
        "1402-10-30",
        "1430-10-06",
    )
    cli = subprocess.run(
        [sys.executable, "-m", "datelines", "convert", "--to", "bangla", "--format", "jsonl", "2024-01-20"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert {k: v for k, v in json.loads(cli.stdout).items() if k != "where"} == alone
    error = refused(client, spec, 422, "out-of-range", "POST", "/v1/convert",
                    json={"date": "1950-01-01", "to": "bangla"})  # fmt: skip
    assert "outside the bangla calendar" in error["message"]


def test_bangladeshi_lines_carry_their_bengali_half(client: TestClient, spec: dict[str, Any]) -> None:
    masthead = "ঢাকা, মঙ্গলবার ২৩ জুলাই ২০১৯, ০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০ হিজরী"
    answer = client.post("/v1/check", json={"text": masthead}).json()
    conforms(spec, "Checked", answer)
    assert answer["ok"] is True
    assert answer["dateline"]["bangla"]["iso"] == "1426-04-08"
    wrong = client.post("/v1/check", json={"text": "বুধবার, ২৬ মার্চ ২০২৫, ১১ চৈত্র ১৪৩১ বঙ্গাব্দ"}).json()
    conforms(spec, "Checked", wrong)
    assert wrong["findings"][-1]["half"] == "bangla"
    found = client.post("/v1/extract", json={"text": "শিরোনাম\n" + masthead}).json()
    conforms(spec, "Extracted", found)
    assert found["datelines"][0]["bangla"] == "1426-04-08"
    # a lunar calendar is asked for: Bangladesh's Bengali calendar is none
    error = refused(
        client, spec, 422, "invalid-value", "POST", "/v1/check", json={"text": masthead, "calendar": "bangla"}
    )
    assert error["field"] == "calendar"
    assert "not a lunar one" in error["message"]


def test_null_for_an_optional_field_is_the_field_left_out(client: TestClient, spec: dict[str, Any]) -> None:
    """Jackson, PHP and Go's pointers send null for a field not set (a trial: 422 wrong-type)."""
    plain = client.post("/v1/format", json={"date": "2016-01-20", "style": "mina"}).json()
    nulls = {"date": "2016-01-20", "style": "mina", "calendar": None, "place": None, "offset": None}
    assert client.post("/v1/format", json=nulls).json() == plain
    answer = client.post("/v1/extract", json={"text": SEED, "authority": None, "calendar": None})
    assert answer.status_code == 200
    conforms(spec, "Extracted", answer.json())
    body = spec["paths"]["/v1/format"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"type": "null"} in body["properties"]["calendar"]["anyOf"]


def test_the_document_says_what_the_service_takes(spec: dict[str, Any]) -> None:
    """A trial's generated client: ids in any case, no calendar on /v1/check meaning any
    authority's, a 405 on every operation, a server."""
    check = spec["paths"]["/v1/check"]["post"]
    schema = check["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert "default: none, any authority's" in schema["calendar"]["description"]
    one = schema["authority"]["anyOf"][0]
    assert {"ID", "id", "ID-muhammadiyah", "id-muhammadiyah"} <= set(one["enum"])
    assert "405" in check["responses"]
    assert spec["servers"] == [{"url": "/"}]


def test_format_in_a_newsroom_s_own_template(client: TestClient, spec: dict[str, Any]) -> None:
    """A CMS in PHP or JavaScript could use only the built-in styles (a trial)."""
    body = {
        "date": "2016-01-20",
        "style": "indonesia",
        "template": "{weekday}, {hday} {hmonth} {hyear} H / {gday} {gmonth} {gyear}",
    }
    answer = client.post("/v1/format", json=body)
    assert answer.status_code == 200
    conforms(spec, "Formatted", answer.json())
    assert answer.json()["dateline"] == "Rabu, 10 Rabiul Akhir 1437 H / 20 Januari 2016"
    error = refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/format",
        json={"date": "2016-01-20", "template": "{hday} {foo}"},
    )
    assert (error["field"], error["position"]) == ("template", 7)
    error = refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/format",
        json={"date": "2016-01-20", "template": "hello"},
    )
    assert "names no field" in error["message"]


def test_one_of_a_pair_given_with_the_other_null_is_what_the_document_says(
    client: TestClient, spec: dict[str, Any]
) -> None:
    """A review: the service took {"text": null, "texts": […]}, the document's oneOf refused it."""
    body = {"text": None, "texts": [SEED]}
    assert client.post("/v1/check", json=body).status_code == 200
    schema = spec["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    assert validator.is_valid(body)
    assert not validator.is_valid({"text": SEED, "texts": [SEED]})
    assert not validator.is_valid({"text": None})


def test_a_template_is_a_line_long(client: TestClient, spec: dict[str, Any]) -> None:
    """A review: a 99,000-character template for 1,000 dates answered 99 MB."""
    error = refused(
        client,
        spec,
        422,
        "invalid-value",
        "POST",
        "/v1/format",
        json={"date": "2016-01-20", "template": "{hday}" * 60},
    )
    assert "at most 300" in error["message"]


def test_extracts_stories_are_held_to_the_text_limit_together(client: TestClient) -> None:
    # a request of many stories is no more work than one story at the limit (a review)
    story = "x " * 150  # 300 characters: two of them are over the 500 a text may have here
    assert client.post("/v1/extract", json={"texts": [story]}).status_code == 200
    answer = client.post("/v1/extract", json={"texts": [story, story]})
    assert answer.status_code == 413
    assert answer.json()["error"]["message"] == "'texts' have 600 characters together; the limit is 500"


def test_extract_reads_a_page_as_its_visible_text(client: TestClient, spec: dict[str, Any]) -> None:
    # a trial's Jakarta desk: a page sent as text gave a "dateline" inside its script, and
    # spans with markup in them; input=html reads what a reader of the page sees
    page = (
        '<html><head><script>var d = "1 Ramadhan 1447 H/19 Februari 2025";</script></head>\n'
        "<body><nav>1 Syawal 1446 H / 31 Maret 2025</nav>\n"
        "<p>Jakarta,&nbsp;<b>1 Ramadhan 1447 H</b>/19 Februari 2026 (MINA) &ndash; said.</p></body></html>"
    )
    answer = client.post("/v1/extract", json={"text": page, "input": "html"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    conforms(spec, "Extracted", body)
    assert body["count"] == 1
    found = body["datelines"][0]
    assert (found["hijri"], found["gregorian"]) == ("1447-09-01", "2026-02-19")
    assert page[found["start"] : found["end"]] == "1 Ramadhan 1447 H</b>/19 Februari 2026"
    assert (found["line"], found["column"]) == (3, page.splitlines()[2].index("1 Ramadhan") + 1)
    # as text, the script's and the navigation's are read too
    assert client.post("/v1/extract", json={"text": page}).json()["count"] == 3
    refused(client, spec, 422, "invalid-value", "POST", "/v1/extract", json={"text": page, "input": "pdf"})


def test_extract_reads_a_draft_s_prose_without_its_code(client: TestClient, spec: dict[str, Any]) -> None:
    # a CMS's Markdown draft: its examples of datelines, quoted as code, are not the story's
    draft = (
        "Write `Riyadh, 2 Shawwal 1446 AH / 30 March 2025` never.\n\n```\n1 Shawwal 1446 / 30 March 2025\n```\n\n"
        "Riyadh, 1 Shawwal 1446 AH / 30 March 2025 (SPA) - The Kingdom celebrated."
    )
    answer = client.post("/v1/extract", json={"text": draft, "input": "markdown"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    conforms(spec, "Extracted", body)
    assert body["count"] == 1
    found = body["datelines"][0]
    assert draft[found["start"] : found["end"]] == "1 Shawwal 1446 AH / 30 March 2025"
    assert client.post("/v1/extract", json={"text": draft}).json()["count"] == 3


def test_an_html_datelines_span_ends_past_an_entity_it_ends_with(client: TestClient) -> None:
    # a review: the end fell inside "&#1605;", the Gregorian era written as a reference
    page = "<p>١٢ رمضان ١٤٤٥ &#1607;&#1600; الموافق ٢٢ مارس ٢٠٢٤ &#1605;</p>"
    found = client.post("/v1/extract", json={"text": page, "input": "html"}).json()["datelines"][0]
    assert page[found["start"] : found["end"]].endswith("٢٠٢٤ &#1605;")
