"""Writing skeletons: the schema beside them, never over an existing file, one winner per race."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.errors import UserError
from raquan.models.schema import json_schema, modeline, write_schema
from raquan.new.plan import new_plan
from raquan.new.write import write_skeleton

runner = CliRunner()
TODAY = datetime.date(2024, 5, 15)


def test_modeline_points_at_the_schema_beside_the_file(tmp_path: Path) -> None:
    assert modeline("plan") == "yaml-language-server: $schema=.raquan/plan.schema.json"
    target = tmp_path / "moi.yaml"
    schema = write_skeleton(target, "# " + modeline("report") + "\nraquan: 1\n", "report")
    assert schema == tmp_path / ".raquan" / "report.schema.json"
    assert schema.read_text(encoding="utf-8") == json_schema("report") + "\n"
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_schema_is_rewritten_only_when_it_differs(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, "plan")
    inode = schema.stat().st_ino
    assert write_schema(tmp_path, "plan") == schema
    assert schema.stat().st_ino == inode  # up to date: left alone
    schema.write_text("{}\n", encoding="utf-8")
    write_schema(tmp_path, "plan")
    assert schema.read_text(encoding="utf-8") == json_schema("plan") + "\n"
    assert not [p for p in schema.parent.iterdir() if p.name.endswith(".tmp")]


def test_schema_place_taken_by_something_else_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".raquan").write_text("không phải thư mục", encoding="utf-8")
    with pytest.raises(UserError, match="không phải thư mục"):
        write_skeleton(tmp_path / "moi.yaml", "raquan: 1\n", "plan")
    assert not (tmp_path / "moi.yaml").exists()
    assert (tmp_path / ".raquan").read_text(encoding="utf-8") == "không phải thư mục"
    other = tmp_path / "khac"
    (other / ".raquan" / "plan.schema.json").mkdir(parents=True)
    with pytest.raises(UserError, match="không phải một tệp thường"):
        write_skeleton(other / "moi.yaml", "raquan: 1\n", "plan")


def test_existing_file_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach-moi.yaml"
    target.write_bytes(b"raquan: 1\n# do nguoi dung viet\n")
    with pytest.raises(UserError, match="đã có; raquan không ghi đè"):
        write_skeleton(target, new_plan(None, today=TODAY), "plan")
    assert target.read_bytes() == b"raquan: 1\n# do nguoi dung viet\n"


def test_a_missing_folder_is_made_and_a_file_in_its_place_is_a_user_error(
    tmp_path: Path,
) -> None:
    write_skeleton(tmp_path / "plans" / "moi.yaml", "raquan: 1\n", "plan")
    assert (tmp_path / "plans" / "moi.yaml").read_text(encoding="utf-8") == "raquan: 1\n"
    (tmp_path / "tep").write_text("", encoding="utf-8")
    with pytest.raises(UserError, match=r"'.*tep' không phải một thư mục"):
        write_skeleton(tmp_path / "tep" / "moi.yaml", "raquan: 1\n", "plan")


def test_second_new_plan_exits_2_and_leaves_the_first_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["new", "plan", "--today", "2024-05-15"])
    assert first.exit_code == 0, first.output
    target = tmp_path / "ke-hoach-moi.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
    before = target.read_bytes()
    second = runner.invoke(app, ["new", "plan", "--today", "2024-06-01"])
    assert second.exit_code == 2, second.output
    assert "lỗi: Tệp 'ke-hoach-moi.yaml' đã có; raquan không ghi đè." in second.output
    assert "Traceback" not in second.output
    assert target.read_bytes() == before


def test_two_threads_racing_for_one_name_leave_exactly_one_file(tmp_path: Path) -> None:
    for attempt in range(20):
        target = tmp_path / f"ke-hoach-{attempt}.yaml"
        texts = [f"raquan: 1\n# người viết {i}\n" * 2000 for i in range(2)]
        barrier = threading.Barrier(2)
        outcomes: list[str | None] = [None, None]

        def write(
            i: int,
            target: Path = target,
            barrier: threading.Barrier = barrier,
            texts: list[str] = texts,
            outcomes: list[str | None] = outcomes,
        ) -> None:
            barrier.wait()
            try:
                write_skeleton(target, texts[i], "plan")
                outcomes[i] = "won"
            except UserError as error:
                outcomes[i] = error.message

        threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(o == "won" for o in outcomes) == [False, True], outcomes
        winner = outcomes.index("won")
        assert target.read_text(encoding="utf-8") == texts[winner]
        loser = outcomes[1 - winner]
        assert loser is not None
        assert "đã có; raquan không ghi đè" in loser
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".ke-hoach")]
    assert leftovers == []


WRITER = """
import sys
from pathlib import Path
from raquan.errors import UserError
from raquan.new.write import write_skeleton

target, text, start, ready = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
ready.touch()  # imports done: wait for the other writer, then go
while not start.exists():
    pass
try:
    write_skeleton(target, text, "plan")
except UserError:
    sys.exit(2)
"""


def test_two_processes_racing_for_one_name_leave_exactly_one_file(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach-moi.yaml"
    signals = tmp_path / "tin-hieu"
    signals.mkdir()
    start = signals / "bat-dau"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(target),
                f"raquan: 1\n# tiến trình {i}\n",
                str(start),
                str(signals / f"san-sang-{i}"),
            ],
            env=env,
        )
        for i in range(2)
    ]
    deadline = time.monotonic() + 60
    while len(list(signals.glob("san-sang-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    start.touch()
    codes = sorted(writer.wait(timeout=60) for writer in writers)
    assert codes == [0, 2]
    assert target.read_text(encoding="utf-8") in {
        f"raquan: 1\n# tiến trình {i}\n" for i in range(2)
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == [".raquan", target.name, "tin-hieu"]
