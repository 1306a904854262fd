"""What each agenda format keeps (issue 12, items 17 and 18): who leads a partner's duty, the
event's place, whole words, the source line, and calendar events with an end."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from raquan.cli.app import app
from support.checks import WriteFiles
from support.plans import PLAN_HEAD, dedent

runner = CliRunner()
HCM = ZoneInfo("Asia/Ho_Chi_Minh")

LONG = (
    "Chủ trì rà soát toàn bộ hồ sơ, tài liệu, phương án thi công, dự toán kinh phí, nguồn "
    "vật liệu, nhân công và các điều kiện bảo đảm an toàn lao động, vệ sinh môi trường, trật "
    "tự an toàn giao thông trên các tuyến đường liên thôn trước khi khởi công công trình "
    "bê tông hóa đường giao thông nông thôn năm 2023 trên địa bàn xã Hòa Bình"
)
"""A duty's text of more than 200 characters, so that the formats have to shorten it."""

PLAN = PLAN_HEAD + dedent(
    f"""
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: huong-dan
                partners: [xã Hòa Bình]
                text: Hướng dẫn xã Hòa Bình lập dự toán {{deadline}}.
                deadline: {{kind: chậm nhất, date: 2023-01-20}}
          - to: xã Đoàn Kết
            heading: UBND xã Đoàn Kết
            duties:
              - id: ho-tro
                role: phối hợp
                partners: [xã Hòa Bình]
                text: Phối hợp với xã Hòa Bình chuẩn bị mặt bằng {{deadline}}.
                deadline: {{kind: chậm nhất, date: 2023-01-25}}
          - to: xã Hòa Bình
            heading: UBND xã Hòa Bình
            duties:
              - id: ra-soat
                text: {LONG} {{deadline}}.
                deadline: {{kind: chậm nhất, date: 2023-01-27}}
    events:
      - id: le
        title: >-
          Lễ khởi công công trình bê tông hóa đường giao thông nông thôn thôn Kon Hra Chót và
          thôn Plei Đôn năm 2023
        date: 2023-01-31
        time: "08:30"
        place: Nhà văn hóa thôn Kon Hra Chót, xã Hòa Bình
        host: [xã Đoàn Kết]
        attendees: [xã Hòa Bình]
      - id: tap-huan
        title: Tập huấn lập dự toán
        date: 2023-02-01
        time: "14:00"
        end_time: "16:30"
        place: Hội trường UBND xã Hòa Bình
        host: [UBND thành phố]
        attendees: [xã Hòa Bình]
      - id: hop
        title: Hội nghị tổng kết
        date: 2023-02-03
        place: Hội trường UBND thành phố
        host: [UBND thành phố]
        attendees: [xã Hòa Bình]
    """
)


@pytest.fixture
def plan(write_files: WriteFiles) -> Path:
    return write_files(PLAN)


def due(plan: Path, *args: str, columns: int = 200) -> str:
    result = runner.invoke(
        app,
        ["due", str(plan), "--unit", "xã Hòa Bình", "--today", "2023-01-10", *args],
        env={"COLUMNS": str(columns)},
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def table_cells(table: str) -> list[list[str]]:
    """The cells of every row of Rich tables, each cell's wrapped lines joined by spaces."""
    rows: list[list[str]] = []
    current: list[list[str]] = []
    for line in table.splitlines():
        if line.startswith("│"):
            parts = line.strip("│").split("│")
            if not current:
                current = [[] for _ in parts]
            for cell, part in zip(current, parts, strict=True):
                if part.strip():
                    cell.append(part.strip())
        elif current:
            rows.append([" ".join(cell) for cell in current])
            current = []
    return rows


def items(plan: Path) -> dict[str, dict[str, object]]:
    return {item["duty"]: item for item in json.loads(due(plan, "--format", "json"))}


def test_json_names_who_leads_what_the_unit_only_partners(plan: Path) -> None:
    found = items(plan)
    # A partner of a duty works under the unit it was given to.
    assert found["huong-dan"]["role"] == "phoi-hop"
    assert found["huong-dan"]["lead"] == ["Phòng Kinh tế thành phố"]
    # A duty given "phối hợp" is led by its partners: the unit asked for is one of them, so
    # nobody else is named.
    assert found["ho-tro"]["lead"] == []
    # An event the unit attends names its host; the unit's own duty names nobody.
    assert found["le"]["lead"] == ["UBND xã Đoàn Kết"]
    assert found["ra-soat"]["lead"] == []


def test_the_lead_is_named_in_the_table_and_in_markdown(plan: Path) -> None:
    rows = table_cells(due(plan))
    row = next(row for row in rows if "Hướng dẫn xã Hòa Bình" in row[1])
    assert row[2] == "phối hợp (chủ trì: Phòng Kinh tế thành phố)"
    markdown = due(plan, "--format", "md")
    line = next(line for line in markdown.splitlines() if "Hướng dẫn xã Hòa Bình" in line)
    assert "(phối hợp; chủ trì: Phòng Kinh tế thành phố)" in line
    line = next(line for line in markdown.splitlines() if "Lễ khởi công" in line)
    assert "tổ chức: UBND xã Đoàn Kết" in line


def test_the_lead_of_the_city_side_is_the_partner_commune(plan: Path) -> None:
    result = runner.invoke(
        app, ["due", str(plan), "-u", "xã Đoàn Kết", "--today", "2023-01-10", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    found = {item["duty"]: item for item in json.loads(result.stdout)}
    assert found["ho-tro"]["role"] == "phoi-hop"
    assert found["ho-tro"]["lead"] == ["UBND xã Hòa Bình"]


def _whole_words(shortened: str, original: str) -> None:
    """``shortened`` ends with "…" right after a whole word of ``original``."""
    assert shortened.endswith("…"), shortened
    kept = shortened[:-1]
    assert original.startswith(kept), kept
    assert original[len(kept)] in " ,", (
        f"cut inside a word: …{kept[-20:]}|{original[len(kept) :][:20]}"
    )


def test_markdown_keeps_the_place_and_never_cuts_a_word(plan: Path) -> None:
    markdown = due(plan, "--format", "md")
    line = next(line for line in markdown.splitlines() if "Lễ khởi công" in line)
    assert "tại Nhà văn hóa thôn Kon Hra Chót, xã Hòa Bình" in line
    line = next(line for line in markdown.splitlines() if "Chủ trì rà soát" in line)
    text = re.search(r"\*\*: (.*?…) \(", line)
    assert text is not None, line
    _whole_words(text.group(1), LONG)


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_table_keeps_every_source_line_number(plan: Path, columns: int) -> None:
    rows = table_cells(due(plan, columns=columns))
    assert len(rows) == 6
    for row in rows:
        # A long file name wraps (folds) inside its cell: its line number is never cut off.
        assert re.search(rf"{re.escape(plan.name)}:\d+$", row[1].replace(" ", "")), row[1]


def test_the_table_cuts_a_long_text_between_words(plan: Path) -> None:
    rows = table_cells(due(plan, columns=200))
    [what] = [row[1] for row in rows if row[1].startswith("Chủ trì rà soát")]
    _whole_words(what[: what.index("…") + 1], LONG)


def test_ics_events_have_an_end_and_whole_summaries(plan: Path) -> None:
    result = runner.invoke(
        app,
        ["due", str(plan), "-u", "xã Hòa Bình", "--today", "2023-01-10", "--format", "ics"],
    )
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(result.stdout_bytes)
    events = {str(c["uid"]).split(".")[1]: c for c in calendar.walk("VEVENT")}
    timed = events["le"]
    assert timed.decoded("dtstart") == datetime.datetime(2023, 1, 31, 8, 30, tzinfo=HCM)
    assert timed.decoded("duration") == datetime.timedelta(hours=2)
    assert str(timed["summary"]) == (
        "Tham dự: Lễ khởi công công trình bê tông hóa đường giao thông nông thôn thôn Kon Hra "
        "Chót và thôn Plei Đôn năm 2023"
    )
    assert "Tổ chức: UBND xã Đoàn Kết" in str(timed["description"])
    ending = events["tap-huan"]
    assert ending.decoded("dtstart") == datetime.datetime(2023, 2, 1, 14, 0, tzinfo=HCM)
    assert ending.decoded("dtend") == datetime.datetime(2023, 2, 1, 16, 30, tzinfo=HCM)
    whole_day = events["hop"]
    assert whole_day.decoded("dtstart") == datetime.date(2023, 2, 3)
    assert whole_day.decoded("dtend") == datetime.date(2023, 2, 4)
    summary = str(events["ra-soat"]["summary"])
    assert "…" not in summary
    assert summary.startswith("Hạn: " + LONG)
    for component in events.values():
        assert "…" not in str(component["summary"])


@pytest.mark.parametrize("days", ["3000000", "2147483648", "-1"])
@pytest.mark.parametrize("digest", [[], ["--digest", "--unit", "xã Đoàn Kết"]], ids=["", "digest"])
def test_a_window_beyond_ten_years_is_refused_in_vietnamese(days: str, digest: list[str]) -> None:
    result = CliRunner().invoke(app, ["due", "--today", "2023-01-10", "--within", days, *digest])
    assert result.exit_code == 2
    assert "Số ngày của --within phải từ 0 đến 3660" in result.output
