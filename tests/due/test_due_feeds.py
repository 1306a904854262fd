"""``raquan due --all-units --format ics -o lich/``: one calendar per unit under a stable name,
UIDs stable across runs, files raquan did not write never overwritten nor deleted."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

runner = CliRunner()


def _feeds(folder: Path, today: str, *more: str) -> tuple[int, str]:
    result = runner.invoke(
        app,
        [
            "due",
            str(bundled("plans")),
            "--all-units",
            "--format",
            "ics",
            "--today",
            today,
            "-o",
            str(folder),
            *more,
        ],
    )
    return result.exit_code, result.output


def _uids(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted(str(c["uid"]) for c in calendar.walk() if "uid" in c)


def test_one_calendar_per_unit_under_stable_names(tmp_path: Path) -> None:
    folder = tmp_path / "lich"
    code, output = _feeds(folder, "2023-01-10")
    assert code == 0, output
    names = sorted(p.name for p in folder.iterdir())
    assert "xa-doan-ket.ics" in names
    assert "phong-kinh-te.ics" in names
    assert len(names) > 10
    doan_ket = Calendar.from_ical((folder / "xa-doan-ket.ics").read_bytes())
    assert str(doan_ket["x-wr-calname"]) == "Lịch việc của UBND xã Đoàn Kết"
    uids = _uids(folder / "xa-doan-ket.ics")
    assert uids
    assert all(uid.endswith(".xa-doan-ket@raquan") for uid in uids)
    assert f"Đã ghi {len(names)} lịch" in output

    # A second run, days later, replaces raquan's own files: same names, same UIDs.
    first = {p.name: _uids(p) for p in folder.iterdir()}
    code, output = _feeds(folder, "2023-01-12")
    assert code == 0, output
    assert {p.name: _uids(p) for p in folder.iterdir()} == first


def test_files_raquan_did_not_write_are_kept_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "lich"
    folder.mkdir()
    mine = folder / "xa-doan-ket.ics"
    mine.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    other = folder / "ghi-chu.txt"
    other.write_text("của văn thư", encoding="utf-8")
    code, output = _feeds(folder, "2023-01-10")
    assert code == 2, output
    assert "xa-doan-ket.ics" in output
    assert "không phải do raquan tạo ra" in output
    assert mine.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert other.read_text(encoding="utf-8") == "của văn thư"
    assert (folder / "xa-hoa-binh.ics").exists()  # the others are written all the same

    # A file raquan wrote, then edited by hand, is kept too; --force replaces it.
    hoa_binh = folder / "xa-hoa-binh.ics"
    hoa_binh.write_bytes(hoa_binh.read_bytes().replace(b"SUMMARY:", b"SUMMARY:(sua) ", 1))
    edited = hoa_binh.read_bytes()
    code, output = _feeds(folder, "2023-01-10")
    assert code == 2, output
    assert hoa_binh.read_bytes() == edited
    code, output = _feeds(folder, "2023-01-10", "--force")
    assert code == 0, output
    assert b"(sua)" not in hoa_binh.read_bytes()
    assert other.read_text(encoding="utf-8") == "của văn thư"


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "lich"
    target.write_text("x", encoding="utf-8")
    code, output = _feeds(target, "2023-01-10")
    assert code == 2, output
    assert "là một tệp" in output
    assert target.read_text(encoding="utf-8") == "x"


def test_a_single_calendar_file_is_replaced_only_when_raquan_wrote_it(tmp_path: Path) -> None:
    target = tmp_path / "doan-ket.ics"
    common = ["due", str(bundled("plans")), "-u", "xã Đoàn Kết", "--format", "ics"]
    result = runner.invoke(app, [*common, "-o", str(target)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, [*common, "--today", "2023-01-20", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT")
