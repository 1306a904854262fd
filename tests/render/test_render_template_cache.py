"""Compiled templates kept on disk (``templating.compiled_templates``): used only in a folder
that belongs to the user alone, keyed by the code that compiles them, and never changing what
a template produces."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.render import templating
from raquan.render.plan import run as render_plan_file
from support.checks import WriteFiles
from support.docx_text import sections, texts
from support.plans import PLAN_HEAD, dedent

PLAN = PLAN_HEAD + dedent(
    """
    sections:
      - title: NỘI DUNG
        text: "1. Ra quân tại Thôn 8."
    """
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of its own for the test (the choice of folder is made once per process,
    so it is forgotten before and after)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("RAQUAN_CACHE_DIR", str(folder))
    templating.compiled_templates.cache_clear()
    yield folder
    templating.compiled_templates.cache_clear()


def _compiled(folder: Path) -> list[Path]:
    return sorted(folder.glob("templates-*/__jinja2_*"))


def test_templates_are_compiled_once_into_a_folder_only_the_user_may_use(
    tmp_path: Path, cache: Path, write_files: WriteFiles
) -> None:
    plan = write_files(PLAN)
    render_plan_file(plan, output=tmp_path / "mot.docx")
    kept = _compiled(cache)
    assert kept  # the templates the plan used
    folder = kept[0].parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    times = [path.stat().st_mtime_ns for path in kept]
    render_plan_file(plan, output=tmp_path / "hai.docx")
    assert [path.stat().st_mtime_ns for path in _compiled(cache)] == times  # read, not redone
    assert list(texts(sections(tmp_path / "hai.docx")[0])) == list(
        texts(sections(tmp_path / "mot.docx")[0])
    )


def test_a_folder_others_may_write_or_a_link_is_not_used(tmp_path: Path, cache: Path) -> None:
    assert templating.compiled_templates() is not None
    folder = next(cache.glob("templates-*"))
    folder.chmod(0o777)
    templating.compiled_templates.cache_clear()
    assert templating.compiled_templates() is None
    folder.chmod(0o700)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folder.rmdir()
    folder.symlink_to(elsewhere)
    templating.compiled_templates.cache_clear()
    assert templating.compiled_templates() is None


def test_a_changed_template_is_compiled_again(
    tmp_path: Path, cache: Path, write_files: WriteFiles
) -> None:
    mine = tmp_path / "mau" / "plan"
    mine.mkdir(parents=True)
    body = mine / "body.md.j2"
    body.write_text("Bản một.\n", encoding="utf-8")
    plan = write_files(PLAN)
    render_plan_file(plan, output=tmp_path / "mot.docx", templates=mine.parent)
    body.write_text("Bản hai.\n", encoding="utf-8")
    render_plan_file(plan, output=tmp_path / "hai.docx", templates=mine.parent)
    assert "Bản hai." in list(texts(sections(tmp_path / "hai.docx")[0]))
    body.write_text("{% for %}\n", encoding="utf-8")
    with pytest.raises(UserError, match="cú pháp Jinja không hợp lệ"):
        render_plan_file(plan, output=tmp_path / "ba.docx", templates=mine.parent)


def test_a_cache_that_cannot_be_made_leaves_rendering_as_it_was(
    tmp_path: Path, cache: Path, write_files: WriteFiles
) -> None:
    cache.write_text("not a folder", encoding="utf-8")  # the folder cannot be made
    assert templating.compiled_templates() is None
    render_plan_file(write_files(PLAN), output=tmp_path / "out.docx")
    assert "1. Ra quân tại Thôn 8." in list(texts(sections(tmp_path / "out.docx")[0]))
    assert cache.is_file()


def test_a_damaged_or_vanished_cache_is_compiled_around(
    tmp_path: Path, cache: Path, write_files: WriteFiles
) -> None:
    plan = write_files(PLAN)
    render_plan_file(plan, output=tmp_path / "mot.docx")
    for kept in _compiled(cache):
        kept.write_bytes(kept.read_bytes()[:30])  # cut short, as by a full disk or a crash
    render_plan_file(plan, output=tmp_path / "hai.docx")
    assert "1. Ra quân tại Thôn 8." in list(texts(sections(tmp_path / "hai.docx")[0]))
    shutil.rmtree(cache)  # removed while the process still holds its choice of folder
    render_plan_file(plan, output=tmp_path / "ba.docx")
    assert "1. Ra quân tại Thôn 8." in list(texts(sections(tmp_path / "ba.docx")[0]))


def test_the_cache_is_named_after_all_of_the_code(tmp_path: Path) -> None:
    """Jinja bakes what a filter gives for a constant into the compiled code: a change to any
    module (a number's spelling in ``phrasing``) must not leave old text in documents."""
    package = tmp_path / "pkg"
    (package / "domain").mkdir(parents=True)
    module = package / "domain" / "phrasing.py"
    module.write_text("A = 1\n", encoding="utf-8")
    first = templating.code_key(package)
    assert templating.code_key(package) == first
    module.write_text("A = 22\n", encoding="utf-8")
    assert templating.code_key(package) != first


def test_a_cache_below_a_folder_others_may_change_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone may rename what is inside
    mine = shared / "cache"
    mine.mkdir(mode=0o700)
    assert not templating.private(mine)
    shared.chmod(0o1777)  # sticky, as /tmp: only the owner of an entry may rename it
    assert templating.private(mine)
    safe = tmp_path / "safe"
    safe.mkdir(mode=0o700)
    assert templating.private(safe)
