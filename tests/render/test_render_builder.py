"""``render plan`` with its layout in a helper process (``raquan.render.builder``): the same
document and the same errors as without one, and no process left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest

from raquan import forking
from raquan.errors import CheckFailedError, UserError
from raquan.render import document
from raquan.render.plan import run as render_plan_file
from support.checks import WriteFiles
from support.plans import BUNDLED_PLAN, PLAN_HEAD, dedent

SMALL = PLAN_HEAD + dedent(
    """
    sections:
      - title: NỘI DUNG
        text: "1. Ra quân tại Thôn 8."
    events:
      - id: le
        title: Lễ ra quân
        date: 2023-01-31
        place: Thôn 8
        host: xã Đoàn Kết
    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
      signer: Nguyễn Văn A
    """
)
"""A small valid plan (beside the test registry)."""

UNKNOWN_HOST = SMALL.replace("host: xã Đoàn Kết", "host: xã Không Có Ở Đâu")
"""The same plan, its event hosted by a unit the registry does not have: an error of check."""


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[forking.Helper | None]:
    """The helpers the renders start (None where none could be made)."""
    started: list[forking.Helper | None] = []
    real = forking.start

    def spy(*args: Any, **kwargs: Any) -> forking.Helper | None:
        helper = real(*args, **kwargs)
        started.append(helper)
        return helper

    monkeypatch.setattr(forking, "start", spy)
    return started


@pytest.fixture(params=[2, 1], ids=["two-cores", "one-core"])
def cores(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Renders with a helper (two processors), then without one (one processor)."""
    count: int = request.param
    monkeypatch.setattr(forking, "cores", lambda: count)
    return count


def _alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Renders from now on use one core: no helper."""
    monkeypatch.setattr(forking, "cores", lambda: 1)


def _contents(path: Path) -> dict[str, bytes]:
    """The parts of a .docx package (its members' times aside)."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The processes forked from here on (their ids, as the parent saw them)."""
    children: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return children


def _all_reaped(children: list[int]) -> bool:
    """Whether every one of ``children`` has ended and been waited for (none left running or
    as a zombie). Other tests' processes in the same worker do not count."""
    for pid in children:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def test_the_helper_makes_the_same_document_as_one_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helpers: list[forking.Helper | None],
    forked: list[int],
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1672531200")
    both = render_plan_file(BUNDLED_PLAN, output=tmp_path / "hai.docx").output
    assert len(helpers) == 1
    assert helpers[0] is not None  # the layout really ran in a helper
    _alone(monkeypatch)
    one = render_plan_file(BUNDLED_PLAN, output=tmp_path / "mot.docx").output
    assert len(helpers) == 1  # no helper on one core
    assert _contents(both) == _contents(one)
    assert len(forked) == 1  # the helper was made
    assert _all_reaped(forked)


def test_a_helper_that_dies_leaves_the_document_to_this_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helpers: list[forking.Helper | None],
    forked: list[int],
) -> None:
    parent = os.getpid()
    real = document.build

    def dying(*args: Any, **kwargs: Any) -> bytes:
        if os.getpid() != parent:
            (tmp_path / "killed").touch()
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return real(*args, **kwargs)

    monkeypatch.setattr(document, "build", dying)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1672531200")
    rendered = render_plan_file(BUNDLED_PLAN, output=tmp_path / "ke-hoach.docx").output
    assert len(helpers) == 1
    assert helpers[0] is not None
    assert (tmp_path / "killed").exists()  # the helper really died
    _alone(monkeypatch)
    alone = render_plan_file(BUNDLED_PLAN, output=tmp_path / "mot.docx").output
    assert _contents(rendered) == _contents(alone)
    assert len(forked) == 1  # the helper was made
    assert _all_reaped(forked)


def test_a_plan_the_check_refuses_is_reported_by_the_check_not_its_template(
    tmp_path: Path,
    write_files: WriteFiles,
    cores: int,
    forked: list[int],
) -> None:
    """The parts are composed before the check runs when there is a helper; a template that
    fails on a plan with errors must not hide them."""
    mine = tmp_path / "mau" / "plan"
    mine.mkdir(parents=True)
    (mine / "body.md.j2").write_text("{{ khong_co.gi }}\n", encoding="utf-8")
    plan = write_files(UNKNOWN_HOST)
    with pytest.raises(CheckFailedError) as refused:
        render_plan_file(plan, output=tmp_path / "out.docx", templates=tmp_path / "mau")
    assert any("Không Có Ở Đâu" in d.message for d in refused.value.diagnostics)
    plan = write_files(SMALL)
    with pytest.raises(UserError) as failed:
        render_plan_file(plan, output=tmp_path / "out.docx", templates=tmp_path / "mau")
    assert "body.md.j2', dòng 1: biến 'khong_co' chưa được định nghĩa" in failed.value.message
    assert not (tmp_path / "out.docx").exists()
    assert len(forked) == (2 if cores > 1 else 0)  # a helper for each render, or none
    assert _all_reaped(forked)


def test_a_bad_reference_docx_is_reported_as_without_a_helper(
    tmp_path: Path,
    write_files: WriteFiles,
    cores: int,
    forked: list[int],
) -> None:
    reference = tmp_path / "mau.docx"
    reference.write_bytes(b"PK\x03\x04 not a real package")
    with pytest.raises(UserError) as refused:
        render_plan_file(write_files(SMALL), output=tmp_path / "out.docx", reference_docx=reference)
    assert "mau.docx" in refused.value.message
    assert not (tmp_path / "out.docx").exists()
    assert len(forked) == (1 if cores > 1 else 0)
    assert _all_reaped(forked)


def test_the_render_command_loads_python_docx_only_in_its_helper(tmp_path: Path) -> None:
    """What makes the helper worth having: this process never loads the layout's libraries."""
    shown = _command_line(
        tmp_path, "", "print('docx' in sys.modules, 'markdown_it' in sys.modules)"
    )
    assert shown.split() == ["False", "False"]


def _command_line(tmp_path: Path, before: str, after: str) -> str:
    """The last line printed by a new Python process that runs ``before``, then ``raquan
    render plan`` on the bundled plan (as the console script does), then ``after``."""
    script = (
        f"import os, sys\n{before}\n"
        "from raquan.cli.app import main\n"
        f"sys.argv = ['raquan', 'render', 'plan', {str(BUNDLED_PLAN)!r}, '-o', "
        f"{str(tmp_path / 'out.docx')!r}]\n"
        f"try:\n    main()\nexcept SystemExit:\n    pass\n{after}\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert (tmp_path / "out.docx").stat().st_size > 10_000
    return shown.splitlines()[-1]


def test_an_interrupted_render_leaves_no_helper_and_no_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helpers: list[forking.Helper | None],
    forked: list[int],
) -> None:
    """Ctrl-C while the helper works: the helper is stopped with the render."""
    from raquan.render import output

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "check_output", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render_plan_file(BUNDLED_PLAN, output=tmp_path / "ke-hoach.docx")
    assert len(helpers) == 1
    assert helpers[0] is not None
    assert len(forked) == 1  # the helper was made
    assert _all_reaped(forked)
    assert not (tmp_path / "ke-hoach.docx").exists()


def test_ctrl_c_as_the_helper_is_made_leaves_no_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: list[int]
) -> None:
    """Ctrl-C waits while the helper is made, and comes once it is known: it is stopped."""
    recording = os.fork

    def interrupted_fork() -> int:
        signal.pthread_kill(
            threading.get_ident(), signal.SIGINT
        )  # pending: raised once the helper is made
        return recording()

    monkeypatch.setattr(os, "fork", interrupted_fork)
    with pytest.raises(KeyboardInterrupt):
        render_plan_file(BUNDLED_PLAN, output=tmp_path / "ke-hoach.docx")
    assert len(forked) == 1  # the helper was made
    assert _all_reaped(forked)
    assert not (tmp_path / "ke-hoach.docx").exists()


def test_the_command_line_starts_the_helper_before_pydantic_is_loaded(tmp_path: Path) -> None:
    """``render plan`` forks its helper before Typer parses the options (Typer loads pydantic
    to parse them), and the render uses that helper: one fork in all."""
    before = (
        "from raquan.render import builder\n"
        "from raquan import forking\n"
        "forking.cores = lambda: 2\n"
        "seen = []\n"
        "real_prepare, real_fork = builder.prepare, os.fork\n"
        "def prepare():\n"
        "    seen.append('pydantic' in sys.modules)\n"
        "    return real_prepare()\n"
        "def fork():\n"
        "    pid = real_fork()\n"
        "    if pid:\n"
        "        seen.append('fork')\n"
        "    return pid\n"
        "builder.prepare, os.fork = prepare, fork"
    )
    assert _command_line(tmp_path, before, "print(seen)") == "[False, 'fork']"


def test_the_helper_loads_no_pydantic() -> None:
    """What the helper loads to lay out a document (python-docx, markdown-it, the layout) does
    not bring pydantic: started before it, the helper would load it a second time."""
    script = "import sys\nimport raquan.render.document\nprint('pydantic' in sys.modules)\n"
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert shown.split() == ["False"]


@pytest.mark.parametrize(
    ("arguments", "code"),
    [(["--help"], 0), (["--khong-co"], 2), ([str(BUNDLED_PLAN), "--reference-docx"], 2)],
    ids=["help", "unknown-option", "missing-value"],
)
def test_a_helper_started_for_a_refused_command_line_is_stopped(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    forked: list[int],
    arguments: list[str],
    code: int,
) -> None:
    from typer.testing import CliRunner

    from raquan.cli.app import app

    monkeypatch.setattr(forking, "cores", lambda: 2)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["render", "plan", *arguments])
    assert result.exit_code == code
    assert len(forked) == 1  # started before the options were read
    assert _all_reaped(forked)
    assert not list(tmp_path.iterdir())


def test_ctrl_c_as_the_helper_is_prepared_leaves_no_helper(
    monkeypatch: pytest.MonkeyPatch, forked: list[int]
) -> None:
    """Ctrl-C while ``prepare`` forks (before the command line has registered the release):
    the helper is stopped all the same."""
    from raquan.render import builder

    monkeypatch.setattr(forking, "cores", lambda: 2)
    recording = os.fork

    def interrupted_fork() -> int:
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)  # raised once it is made
        return recording()

    monkeypatch.setattr(os, "fork", interrupted_fork)
    with pytest.raises(KeyboardInterrupt):
        builder.prepare()
    assert len(forked) == 1
    assert not builder._ahead
    assert _all_reaped(forked)
