"""``raquan status --format html``: one self-contained page, rendered by a real browser
(headless Chromium), whose matrix says what the agenda says, readable on a phone."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.browser import CHROMIUM, dump_dom, screenshot
from support.plans import ROOT, SAMPLE_REPORTS

runner = CliRunner()
PLANS = str(bundled("plans"))
REPORTS = str(SAMPLE_REPORTS)
TODAY = "2023-01-31"

IMAGES = ROOT / "docs" / "images"
"""Where the README's pictures are: ``RAQUAN_SCREENSHOTS=1 pytest tests/status`` writes the
screenshots these tests take there."""


def _keep(shot: Path, name: str) -> None:
    if os.environ.get("RAQUAN_SCREENSHOTS") == "1":
        shutil.copyfile(shot, IMAGES / name)


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed; .ci/run installs it"
)


def _page(folder: Path, *more: str) -> Path:
    target = folder / "theo-doi.html"
    result = runner.invoke(
        app,
        ["status", PLANS, REPORTS, "--today", TODAY, "--format", "html", "-o", str(target), *more],
    )
    assert result.exit_code == 0, result.output
    assert f"Đã ghi {target}." in result.stderr
    return target


class _Cells(HTMLParser):
    """The matrix cells of a page: (unit, duty) -> status, and the unit rows in order."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[tuple[str, str], str | None] = {}
        self.rows: list[str] = []
        self.attributes: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        if tag == "tr" and "data-unit" in found:
            self.rows.append(found["data-unit"])
        if tag == "td" and "cell" in found.get("class", "").split():
            self.cells[(found["data-unit"], found["data-duty"])] = found.get("data-status")
        if tag == "body":
            self.attributes = found


def _parsed(dom: str) -> _Cells:
    parser = _Cells()
    parser.feed(dom)
    return parser


def test_the_page_needs_nothing_from_elsewhere(tmp_path: Path) -> None:
    text = _page(tmp_path).read_text(encoding="utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    for outside in ("<script", "<link", "@import", "url(", "src=", "http://", "https://", "//cdn"):
        assert outside not in text, outside
    assert "<svg" in text
    assert "<style>" in text
    assert re.search(r"<!-- raquan-fingerprint: [0-9a-f]{32} -->\n$", text)


def test_the_page_is_replaced_by_a_new_run_but_not_after_a_hand_edit(tmp_path: Path) -> None:
    page = _page(tmp_path)
    _page(tmp_path)  # raquan's own page, unchanged: replaced
    page.write_text(page.read_text(encoding="utf-8").replace("Quá hạn", "Quá hẹn"), "utf-8")
    result = runner.invoke(app, ["status", PLANS, "--format", "html", "-o", str(page)])
    assert result.exit_code == 2, result.output
    assert "không ghi đè" in result.stderr
    assert "Quá hẹn" in page.read_text(encoding="utf-8")
    forced = runner.invoke(app, ["status", PLANS, "--format", "html", "-o", str(page), "--force"])
    assert forced.exit_code == 0, forced.output
    assert "Quá hẹn" not in page.read_text(encoding="utf-8")


def _agenda() -> dict[tuple[str, str], str]:
    result = runner.invoke(
        app, ["due", PLANS, REPORTS, "--today", TODAY, "--all", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    items: list[dict[str, Any]] = json.loads(result.stdout)
    return {(i["unit_id"], i["duty"]): i["status"] for i in items if i["kind"] == "duty"}


@needs_chromium
def test_chromium_shows_the_agendas_statuses_in_the_matrix(tmp_path: Path) -> None:
    page = _page(tmp_path)
    dom = dump_dom(page)
    cells = _parsed(dom)
    said = _agenda()
    given = {key: value for key, value in cells.cells.items() if value is not None}
    assert len(given) > 100
    for key, value in given.items():
        assert said[key] == value, key
    # The sample reports: on time, late, and the communes that sent nothing by 09:00.
    assert given[("xa-doan-ket", "bao-cao-nhanh-xa-phuong")] == "done"
    assert given[("phuong-quyet-thang", "bao-cao-nhanh-xa-phuong")] == "done-late"
    assert given[("xa-vinh-quang", "bao-cao-nhanh-xa-phuong")] == "due-today"
    # A duty not given to a unit is an empty cell.
    assert cells.cells[("phong-kinh-te", "ke-hoach-chi-tiet")] is None
    # Rows: the most overdue first (the same order as the JSON of raquan status).
    result = runner.invoke(app, ["status", PLANS, REPORTS, "--today", TODAY, "--format", "json"])
    [matrix] = json.loads(result.stdout)
    assert cells.rows == [row["unit_id"] for row in matrix["units"]]

    shot = screenshot(page, tmp_path / "theo-doi.png", width=1000, height=1150)
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1000, 1150)
    assert shot.stat().st_size > 50_000  # a page drawn, not a blank one
    _keep(shot, "theo-doi.png")


PHONE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>body {{ margin: 0; }}</style></head>
<body><iframe id="phone" src="{page}" width="390" height="844" style="border: 0"></iframe>
<script>
document.getElementById("phone").addEventListener("load", function () {{
  var frame = this.contentWindow, page = this.contentDocument;
  var body = document.body;
  body.setAttribute("data-viewport", frame.innerWidth);
  body.setAttribute("data-page-width", page.documentElement.scrollWidth);
  var cell = page.querySelector("td.cell.overdue, td.cell.on-time, td.cell.late");
  body.setAttribute("data-cell-width", Math.round(cell.getBoundingClientRect().width));
  body.setAttribute("data-font-size", frame.getComputedStyle(page.body).fontSize);
  var matrix = page.querySelector(".scroll");
  body.setAttribute("data-matrix-scrolls", matrix.scrollWidth > matrix.clientWidth);
}});
</script></body></html>
"""
"""A phone's screen (390 by 844 CSS pixels) around the page, and what it measures there:
headless Chromium's own window is at least 500 pixels wide."""


@needs_chromium
def test_on_a_phone_the_page_fits_and_the_matrix_scrolls_inside(tmp_path: Path) -> None:
    page = _page(tmp_path)
    phone = tmp_path / "dien-thoai.html"
    phone.write_text(PHONE.format(page=page.name), encoding="utf-8")
    measured = _parsed(dump_dom(phone, width=500, height=900)).attributes
    assert int(measured["data-viewport"]) == 390
    assert int(measured["data-page-width"]) <= 390  # nothing wider than the screen ...
    assert measured["data-matrix-scrolls"] == "true"  # ... the matrix scrolls in its box
    assert measured["data-font-size"] == "14px"
    assert int(measured["data-cell-width"]) >= 24  # a cell a finger can point at
    shot = screenshot(phone, tmp_path / "dien-thoai.png", width=390, height=844)
    assert shot.stat().st_size > 20_000
    _keep(shot, "theo-doi-dien-thoai.png")
