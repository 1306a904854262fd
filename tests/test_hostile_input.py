"""Hostile input, round 2 (issue 11): each numbered item, as the user sees it.

Templates (items 1, 2, 17) are in ``tests/render/test_render_sandbox.py``; memory and
parallel runs (7, 8, 9) in ``tests/check/test_check_memory.py`` and
``tests/check/test_check_parallel.py``.
"""

from __future__ import annotations

import ast
import errno
import os
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.domain.phrasing import format_number
from raquan.render.output import pdf_made_by_raquan
from support.plans import BUNDLED_PLAN, PLAN_HEAD, SAMPLE_REPORTS, UNITS

runner = CliRunner()
ROOT = Path(__file__).parents[1]


def _check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "--format", "concise", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def _limited(memory: int = 1 << 30, seconds: int = 60) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


def _raquan(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a process limited to 1 GiB of address space and 60 s of CPU."""
    return subprocess.run(
        [sys.executable, "-m", "raquan", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        preexec_fn=_limited,
        timeout=120,
        check=False,
    )


# Item 3: the units path --------------------------------------------------------------------


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "../ngoai/units.yaml"])
def test_units_outside_the_plans_folder_is_refused_unread(tmp_path: Path, target: str) -> None:
    (tmp_path / "ngoai").mkdir()
    (tmp_path / "ngoai" / "units.yaml").write_text(UNITS, encoding="utf-8")
    (tmp_path / "ke-hoach").mkdir()
    plan = tmp_path / "ke-hoach" / "plan.yaml"
    plan.write_text(PLAN_HEAD + f"units: {target}\n", encoding="utf-8")
    os.environ["RAQUAN_SECRET_FOR_TEST"] = "bi-mat-khong-duoc-in"
    try:
        code, output = _check(str(plan))
    finally:
        del os.environ["RAQUAN_SECRET_FOR_TEST"]
    assert code == 1, output
    assert "plan.yaml:11:8: RQ104" in output
    assert "nằm ngoài thư mục của kế hoạch" in output
    assert "root:" not in output
    assert "bi-mat-khong-duoc-in" not in output
    assert "PATH=" not in output


def test_units_given_with_units_option_may_be_outside(tmp_path: Path) -> None:
    (tmp_path / "chung").mkdir()
    registry = tmp_path / "chung" / "units.yaml"
    registry.write_text(UNITS, encoding="utf-8")
    (tmp_path / "ke-hoach").mkdir()
    plan = tmp_path / "ke-hoach" / "plan.yaml"
    plan.write_text(PLAN_HEAD + "units: ../chung/units.yaml\n", encoding="utf-8")
    code, output = _check(str(plan), "--units", str(registry))
    assert code == 0, output


def test_a_link_inside_the_folder_leading_outside_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("mat_khau: abc123\n", encoding="utf-8")
    (tmp_path / "ke-hoach").mkdir()
    (tmp_path / "ke-hoach" / "units.yaml").symlink_to(secret)
    plan = tmp_path / "ke-hoach" / "plan.yaml"
    plan.write_text(PLAN_HEAD, encoding="utf-8")
    code, output = _check(str(plan))
    assert code == 1
    assert "RQ104" in output
    assert "abc123" not in output


def test_a_file_in_the_folder_that_is_not_yaml_is_never_shown(tmp_path: Path) -> None:
    (tmp_path / "ghi-chu.txt").write_text("mật khẩu: 123456\n: : :\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN_HEAD + "units: ghi-chu.txt\n", encoding="utf-8")
    code, output = _check(str(plan))
    assert code == 1
    assert "không phải danh mục đơn vị" in output
    assert "123456" not in output


# Item 4: YAML tags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "snippet",
    [
        "x: !!python/object/apply:os.system\n  args: [id]\n",
        "x: !!python/object/apply:os.system [id]\n",
        "x: !!python/name:os.system ''\n",
        "x: !custom {a: 1}\n",
        "x: !!set {a, b}\n",
        "x: !!omap [a: 1]\n",
        "x: !!python/tuple [1, 2]\n",
        "? !!python/object/new:os.system [id]\n: 1\n",
    ],
)
def test_every_non_standard_tag_is_refused(tmp_path: Path, snippet: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("raquan: 1\nkind: plan\n" + snippet, encoding="utf-8")
    code, output = _check(str(path))
    assert code == 1, output
    assert ":3:" in output or ":4:" in output
    assert "RQ001" in output
    assert "không được hỗ trợ" in output


def test_standard_tags_still_work(tmp_path: Path) -> None:
    path = tmp_path / "units.yaml"
    path.write_text(
        UNITS.replace("area: thành phố Kon Tum", "area: !!str thành phố Kon Tum").replace(
            "groups:", "groups: !!seq"
        ),
        encoding="utf-8",
    )
    code, output = _check(str(path))
    assert code == 0, output


# Item 5: streams and special files --------------------------------------------------------


def test_dev_zero_is_read_no_further_than_the_limit() -> None:
    completed = _raquan("check", "/dev/zero")
    assert completed.returncode == 1, completed.stderr
    assert "RQ010" in completed.stdout
    assert "Tệp quá lớn (hơn 5,0 MiB; giới hạn 5,0 MiB)" in completed.stdout


def test_an_endless_pipe_on_stdin_is_read_no_further_than_the_limit() -> None:
    with subprocess.Popen(["yes"], stdout=subprocess.PIPE) as yes:
        completed = subprocess.run(
            [sys.executable, "-m", "raquan", "check", "/dev/stdin"],
            stdin=yes.stdout,
            capture_output=True,
            text=True,
            preexec_fn=_limited,
            timeout=120,
            check=False,
        )
        yes.kill()
    assert completed.returncode == 1, completed.stderr
    assert "/dev/stdin:1:1: lỗi RQ010: Tệp quá lớn" in completed.stdout


def test_a_small_file_on_stdin_is_checked() -> None:
    completed = _raquan("check", "/dev/stdin", stdin=BUNDLED_PLAN.read_bytes())
    assert completed.returncode == 1  # its registry is not beside /dev/stdin
    assert "RQ104" in completed.stdout


def test_a_fifo_without_a_writer_does_not_hang_the_check(tmp_path: Path) -> None:
    fifo = tmp_path / "ke-hoach.yaml"
    os.mkfifo(fifo)
    completed = _raquan("check", "--format", "concise", str(fifo))  # timeout: 120 s
    assert completed.returncode == 1, completed.stderr
    assert "ke-hoach.yaml:1:1: RQ012 [lỗi] Tệp rỗng" in completed.stdout
    completed = _raquan("check", "--format", "concise", str(tmp_path))  # in a folder: not a file
    # Skipped without waiting; the folder then holds nothing of raquan's to check (exit 2).
    assert completed.returncode == 2, completed.stdout + completed.stderr
    assert "không có gì để kiểm tra" in completed.stderr
    assert "RQ012" not in completed.stdout


def _writer_of(fifo: Path) -> int:
    """A descriptor that holds ``fifo`` open for writing, taken before any reader comes (on
    Linux, opening a FIFO for reading and writing does not wait for the other end)."""
    return os.open(fifo, os.O_RDWR)


def test_a_fifo_whose_writer_never_writes_is_given_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from raquan.read import bounded

    fifo = tmp_path / "ke-hoach.yaml"
    os.mkfifo(fifo)
    monkeypatch.setattr(bounded, "PIPE_IDLE_SECONDS", 1.0)
    writer = _writer_of(fifo)
    try:
        code, output = _check(str(fifo))
    finally:
        os.close(writer)
    assert code == 2, output
    assert f"Không nhận được dữ liệu nào từ tệp '{fifo}' trong 1 giây" in output


def _opened_by(pid: int, path: Path) -> bool:
    """True when process ``pid`` holds ``path`` open (Linux: its links in /proc)."""
    try:
        links = [str(link.readlink()) for link in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:
        return False
    return str(path) in links


def test_a_fifo_with_a_slow_writer_is_read_whole(tmp_path: Path) -> None:
    fifo = tmp_path / "ke-hoach.yaml"
    os.mkfifo(fifo)
    data = BUNDLED_PLAN.read_bytes()
    writer = _writer_of(fifo)
    os.write(writer, data[:1000])  # a pipe holds 64 KiB: this waits for no reader
    with subprocess.Popen(
        [sys.executable, "-m", "raquan", "check", "--format", "concise", str(fifo)],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=_limited,  # noqa: PLW1509  (the test process starts no threads)
    ) as process:
        began = time.monotonic()
        while not _opened_by(process.pid, fifo) and time.monotonic() - began < 60:
            time.sleep(0.05)
        time.sleep(1)  # the reader has read the first part, found the pipe empty, and waits
        with os.fdopen(writer, "wb") as out:
            out.write(data[1000:])
        output, _ = process.communicate(timeout=120)
    # the whole plan was read: only its registry, not beside the FIFO, is missing
    assert process.returncode == 1, output
    assert "RQ104" in output
    assert "RQ001" not in output
    assert "RQ012" not in output


# Item 6: --reference-docx zip bomb ------------------------------------------------------------


def _bomb(path: Path, *, members: int = 1, size: int = 700 * 1024 * 1024) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for number in range(members):
            with package.open(f"word/document{number or ''}.xml", "w", force_zip64=True) as out:
                chunk = b"\0" * (1024 * 1024)
                for _ in range(size // len(chunk)):
                    out.write(chunk)
    return path


@pytest.mark.parametrize(("members", "size"), [(1, 700 * 1024 * 1024), (40, 2 * 1024 * 1024)])
def test_a_zip_bomb_as_reference_docx_is_refused(tmp_path: Path, members: int, size: int) -> None:
    bomb = _bomb(tmp_path / "mau.docx", members=members, size=size)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    completed = _raquan(
        "render", "plan", str(BUNDLED_PLAN), "-o", str(tmp_path / "out.docx"),
        "--reference-docx", str(bomb),
    )  # fmt: skip
    assert completed.returncode == 2, completed.stderr
    assert "bom zip" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "out.docx").exists()


def test_a_broken_zip_as_reference_docx_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "mau.docx"
    broken.write_bytes(b"PK\x03\x04" + b"x" * 100)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app, ["render", "plan", str(BUNDLED_PLAN), "-o", "out.docx", "--reference-docx", "mau.docx"]
    )
    assert result.exit_code == 2, result.output
    assert "không phải một tệp mẫu .docx đọc được" in result.output


def test_the_safe_zip_reader_counts_what_really_comes_out(tmp_path: Path) -> None:
    from raquan.errors import UserError
    from raquan.read.bounded import SafeZip

    plain = tmp_path / "a.zip"
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("a.xml", b"<a/>" * 1000)
        package.writestr("b.xml", b"<b/>" * 1000)
    with SafeZip(plain, 8000) as package:
        assert package.read("a.xml") == b"<a/>" * 1000
        package.remaining = 100  # as if other parts had used the budget
        with pytest.raises(UserError, match="giải nén ra nhiều hơn"):
            package.read("b.xml")
    with pytest.raises(UserError, match="bom zip"):
        SafeZip(plain, 6000)


# Item 10: huge integers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "raquan: 1\nkind: plan\nx: " + "9" * 5000 + "\n",
        "raquan: 1\nkind: plan\n? " + "9" * 5000 + "\n: x\n",
        "raquan: 0x" + "f" * 4000 + "\nkind: plan\n",
        "raquan: 1\nkind: plan\nx: !!int " + "1" * 5000 + "\n",
    ],
)
def test_an_integer_of_thousands_of_digits_is_a_located_problem(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    code, output = _check(str(path))
    assert code == 1, output
    assert "RQ010" in output
    assert "Số quá dài (hơn 100 chữ số)" in output
    assert len(output) < 2000


# Item 11 and 14: dates out of range, year 0, NaN ---------------------------------------------

EVENT = """\
events:
  - id: le
    title: Lễ ra quân
    date: {date}
    place: Thôn 8
    host: xã Đoàn Kết
"""

DEADLINE = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: xã Đoàn Kết
        heading: UBND xã Đoàn Kết
        duties:
          - id: viec
            text: Làm {{deadline}}.
            deadline: {{kind: {kind}, date: {date}}}
"""


@pytest.mark.parametrize(
    ("snippet", "line"),
    [
        (EVENT.format(date="2203-01-31"), 14),
        (EVENT.format(date="0001-01-01"), 14),
        (EVENT.format(date="9999-12-31"), 14),
        (DEADLINE.format(kind="chậm nhất", date="9999-12-31"), 19),
        (DEADLINE.format(kind="trước", date="0001-01-01"), 19),
        ("period: {start: 1899-12-31, end: 2023-12-31}\n", 11),
    ],
)
def test_a_date_outside_1900_2199_is_a_located_rq007(
    tmp_path: Path, snippet: str, line: int
) -> None:
    (tmp_path / "units.yaml").write_text(UNITS, encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN_HEAD + snippet, encoding="utf-8")
    code, output = _check(str(path))
    assert code == 1, output
    assert f"plan.yaml:{line}:" in output, output
    assert "RQ007" in output
    assert "ngày phải từ 01/01/1900 đến 31/12/2199" in output


def test_due_with_a_date_outside_the_range_is_a_message() -> None:
    result = runner.invoke(app, ["due", "--today", "9999-12-31"])
    assert result.exit_code == 2
    assert "nằm ngoài khoảng raquan làm việc được" in result.output


REPORT = """\
raquan: 1
kind: report
plan: ke-hoach-ra-quan-2023
duty: bao-cao-tong-hop-xa-phuong
unit: xã Đoàn Kết
type: tổng hợp
submitted: {submitted}
workdays: {workdays}
"""


@pytest.mark.parametrize(
    ("submitted", "workdays", "words"),
    [
        ("0000-03-28", "1", "Năm 0 nằm ngoài khoảng raquan làm việc được"),
        ("2023-03-28", ".nan", "'workdays' phải là một số thật (không được là .nan hay .inf)"),
        ("2023-03-28", ".inf", "'workdays' phải là một số thật (không được là .nan hay .inf)"),
    ],
)
def test_year_zero_and_nan_are_vietnamese(
    tmp_path: Path, submitted: str, workdays: str, words: str
) -> None:
    path = tmp_path / "bao-cao.yaml"
    path.write_text(REPORT.format(submitted=submitted, workdays=workdays), encoding="utf-8")
    code, output = _check(str(path))
    assert code == 1, output
    assert words in output
    assert "out of range" not in output
    assert "không được lớn hơn" not in output


# Item 12: names too long ------------------------------------------------------------------------


def test_a_5000_character_units_value_is_a_located_problem(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN_HEAD + "units: " + "a" * 5000 + "\n", encoding="utf-8")
    code, output = _check(str(path))
    assert code == 1, output
    assert "plan.yaml:11:8: RQ006" in output
    assert "'units' quá dài (tối đa 255)" in output


@pytest.mark.parametrize(
    "command",
    [
        ["check", "a" * 5000],
        ["due", "a" * 5000],
        ["render", "plan", "a" * 5000],
        ["render", "plan", str(BUNDLED_PLAN), "-o", "a" * 5000 + ".docx"],
        ["render", "plan", str(BUNDLED_PLAN), "--templates", "a" * 5000],
        ["diff", "a" * 5000, str(BUNDLED_PLAN)],
        ["new", "plan", "-o", "a" * 5000 + ".yaml"],
        ["schema", "plan", "-o", "a" * 5000 + ".json"],
    ],
)
def test_a_5000_character_command_line_path_is_a_message(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len(result.output) < 1500
    assert "File name too long" not in result.output


# Item 13: disk full and permission errors on every write path ------------------------------------


def _disk_full(fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    "command",
    [
        ["new", "plan", "-o", "moi.yaml"],
        ["new", "report", "--plan", str(BUNDLED_PLAN), "--unit", "xã Đoàn Kết", "--kind",
         "summary", "-o", "bao-cao.yaml"],
        ["due", "--unit", "xã Đoàn Kết", "--format", "ics", "-o", "lich.ics"],
        ["schema", "plan", "-o", "plan.schema.json"],
        ["render", "plan", str(BUNDLED_PLAN), "-o", "ke-hoach.docx"],
    ],
)  # fmt: skip
def test_a_full_disk_is_a_vietnamese_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "fsync", _disk_full)
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert "đĩa đã đầy" in result.output
    assert "Traceback" not in result.output
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == []


def test_a_schema_folder_that_cannot_be_written_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    real = os.replace

    def refused(source: object, target: object, **kwargs: object) -> None:
        if ".raquan" in str(target):
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refused)
    result = runner.invoke(app, ["new", "plan", "-o", "moi.yaml"])
    assert result.exit_code == 2, result.output
    assert "không có quyền truy cập" in result.output
    assert "Traceback" not in result.output


# Item 16: --pdf never replaces a PDF raquan did not write ---------------------------------


def test_pdf_of_someone_else_is_left_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.pdf").write_text("x\n", encoding="utf-8")
    result = runner.invoke(app, ["render", "plan", str(BUNDLED_PLAN), "-o", "a.docx", "--pdf"])
    assert result.exit_code == 2, result.output
    assert "Tệp 'a.pdf' đã có và không phải do raquan tạo; raquan không ghi đè." in result.output
    assert (tmp_path / "a.pdf").read_text(encoding="utf-8") == "x\n"
    assert not (tmp_path / "a.docx").exists()


def test_a_pdf_raquan_made_is_recognised(tmp_path: Path) -> None:
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(b"%PDF-1.7\n" + b"0" * 3_000_000 + b"/Keywords<FEFF00720061007100750061006E>")
    theirs = tmp_path / "theirs.pdf"
    theirs.write_bytes(b"%PDF-1.7\n/Keywords(khac)\n")
    assert pdf_made_by_raquan(ours)
    assert not pdf_made_by_raquan(theirs)
    assert not pdf_made_by_raquan(tmp_path / "missing.pdf")


# Item 18: numbers in documents --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (2.999, "3"),
        (1e-9, "0"),
        (99999999.99999999, "100.000.000"),
        (2.5, "2,5"),
        (2.345, "2,35"),
        (0.125, "0,13"),
        (1234567.891, "1.234.567,89"),
        (-0.001, "0"),
        (850, "850"),
        (1250000, "1.250.000"),
        (0.1 + 0.2, "0,3"),
    ],
)
def test_decimals_print_the_vietnamese_way(value: float, printed: str) -> None:
    assert format_number(value) == printed


# Item 19: an unreadable folder of --reports ------------------------------------------------------


def test_an_unreadable_reports_folder_is_an_error_or_a_loud_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, issued_plan: Path
) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLE_REPORTS, reports)
    locked = reports / "khoa"
    locked.mkdir()
    shutil.move(str(reports / "doan-ket-tong-hop.yaml"), locked)
    real = os.scandir

    def scandir(path: str = ".") -> object:
        if str(path).endswith("khoa"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    command = ["render", "report", "--plan", str(issued_plan), "--reports", str(reports)]
    command += ["--kind", "summary", "-o", "a.docx"]
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert "Không đọc được thư mục" in result.output
    assert "khoa" in result.output
    assert not (tmp_path / "a.docx").exists()
    result = runner.invoke(app, [*command, "--skip-invalid"])
    assert result.exit_code == 0, result.output
    assert "cảnh báo: Không đọc được thư mục" in result.output
    check = runner.invoke(app, ["check", str(reports)])
    assert check.exit_code == 2
    assert "không được kiểm tra" in check.output


# Item 20: Typer's private modules -----------------------------------------------------------------


def test_raquan_imports_no_private_module_of_typer() -> None:
    for path in (ROOT / "raquan").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                assert not (parts[0] == "typer" and any(p.startswith("_") for p in parts[1:])), (
                    f"{path}: {name}"
                )


def test_the_typer_floor_is_the_one_tested() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"typer>=0.16"' in text  # run with typer 0.16.0 and Click 8.1: see README


# Item 15: the one error boundary, with this issue's attacks ------------------------------------

GAUNTLET = {
    "tag.yaml": "raquan: 1\nkind: plan\nx: !!python/object/apply:os.system [id]\n",
    "so.yaml": "raquan: 0x" + "f" * 4000 + "\nkind: plan\n",
    "ngay.yaml": PLAN_HEAD + "period: {start: 0001-01-01, end: 9999-12-31}\n",
    "units.yaml": PLAN_HEAD.replace("id: thu", "id: thu-2") + "units: /proc/self/environ\n",
    "dai.yaml": PLAN_HEAD.replace("id: thu", "id: thu-3") + "units: " + "a" * 5000 + "\n",
    "phang.yaml": "raquan: 1\nkind: report\nworks: [" + ",".join(["1"] * 100_000) + "]\n",
    "nan.yaml": "raquan: 1\nkind: report\nworkdays: .nan\nsubmitted: 0000-01-01\n",
}


def test_every_attack_of_the_issue_through_the_installed_command(tmp_path: Path) -> None:
    """All of them in one folder, through ``python -m raquan``: exit code 1 (problems found),
    each located, no traceback, no bug message (exit 3)."""
    for name, text in GAUNTLET.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    completed = _raquan("check", "--format", "concise", str(tmp_path))
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert "Traceback" not in completed.stdout + completed.stderr
    assert "lỗi của raquan" not in completed.stderr
    for name in GAUNTLET:
        assert f"{name}:" in completed.stdout, name


def test_an_os_error_the_core_did_not_word_is_exit_2_in_vietnamese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from raquan.check import run as check_run

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/ke-hoach")

    monkeypatch.setattr(check_run, "run", refused)
    result = runner.invoke(app, ["check", "plans"])
    assert result.exit_code == 2, result.output
    assert "Không làm được việc với tệp '/srv/ke-hoach': không có quyền truy cập." in result.output


@pytest.mark.parametrize("error", [MemoryError(), RecursionError("maximum recursion depth")])
def test_an_exhausted_interpreter_is_a_bug_message_with_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    from raquan.check import run as check_run

    def exhausted(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setenv("RAQUAN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RAQUAN_DEBUG", raising=False)
    monkeypatch.setattr(check_run, "run", exhausted)
    result = runner.invoke(app, ["check", "plans"])
    assert result.exit_code == 3, result.output
    assert "Đây là lỗi của raquan" in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "raquan.log").is_file()
