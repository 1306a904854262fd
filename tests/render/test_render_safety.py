"""What data and templates cannot do to a document, and what render never overwrites."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.errors import CheckFailedError, UserError
from raquan.read.resources import bundled
from raquan.render.plan import run as render_plan_file
from support.checks import WriteFiles
from support.docx_text import sections, texts
from support.plans import PLAN_HEAD, dedent

runner = CliRunner()

# The small plan's head, its title replaced by a hostile one.
HOSTILE = PLAN_HEAD.removesuffix("title: Thử\n") + dedent(
    """
    title: "Kế hoạch *quan trọng* | A & B <b>"
    theme: "Ra quân *xanh* & <sạch> | đẹp"
    sections:
      - title: "NỘI DUNG # 1"
        text: |
          1. Chủ đề: {theme}.
          - Nội dung: {content:le}.
    events:
      - id: le
        title: Lễ ra quân
        date: 2023-01-31
        time: "08:30"
        place: Thôn 8
        host: xã Đoàn Kết
        content: "- Làm đường | rộng 3 m & dài <200 m> **ngay**"
    recipients:
      - text: "# Văn phòng *UBND* <tỉnh>"
      - unit: xã Đoàn Kết
    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
      signer: Nguyễn Văn A
    attachments:
      - id: dang-ky
        title: Bảng đăng ký
        kind: đăng ký ra quân
        registrations:
          - unit: xã Đoàn Kết
            content: "- Trồng cây | 500 cây & <làm đường>"
            place: "# Thôn 8"
    """
).replace(
    "  - Nội dung: {content:le}.\n", "  - Nội dung: {content:le}.\n      *{attachment:dang-ky}*\n"
)


Render = Callable[..., Path]


@pytest.fixture
def render(tmp_path: Path, write_files: WriteFiles) -> Render:
    """Render a plan text (beside the small registry) to ``out.docx`` in ``tmp_path``."""

    def run(plan: str, **options: object) -> Path:
        target = tmp_path / "out.docx"
        render_plan_file(write_files(plan), output=target, **options)  # type: ignore[arg-type]
        return target

    return run


def _recipients_template(folder: Path, text: str) -> Path:
    """A user's template folder (``folder/mau``) whose ``plan/recipients.md.j2`` is ``text``."""
    mine = folder / "mau"
    (mine / "plan").mkdir(parents=True)
    (mine / "plan" / "recipients.md.j2").write_text(text, encoding="utf-8")
    return mine


def test_markup_in_values_comes_out_as_written(render: Render) -> None:
    output = render(HOSTILE)
    main = list(texts(sections(output)[0]))
    assert "Kế hoạch *quan trọng* | A & B <b>" in main
    assert "1. Chủ đề: “Ra quân *xanh* & <sạch> | đẹp”." in main
    assert "- Nội dung: - Làm đường | rộng 3 m & dài <200 m> **ngay**." in main
    assert "I. NỘI DUNG # 1" in main
    assert "- # Văn phòng *UBND* <tỉnh>;" in main
    appendix = list(texts(sections(output)[1]))
    assert "- Trồng cây | 500 cây & <làm đường>" in appendix
    assert "# Thôn 8" in appendix
    document = Document(str(output))
    appendix_table = document.tables[2]  # after the header and closing tables
    assert len(appendix_table.columns) == 7  # the "|" in a cell did not add columns
    assert len(appendix_table.rows) == 2


def test_a_user_template_overrides_one_template_only(tmp_path: Path, render: Render) -> None:
    mine = _recipients_template(
        tmp_path,
        "{% for r in plan.recipients %}\\- Gửi: {{ r.text or unit_name(r.unit) }};\n\n{% endfor %}",
    )
    output = render(HOSTILE, templates=mine)
    main = list(texts(sections(output)[0]))
    assert "- Gửi: UBND xã Đoàn Kết;" in main
    assert "- Lưu: VT." not in main  # the user's template has no archive line
    assert "1. Chủ đề: “Ra quân *xanh* & <sạch> | đẹp”." in main  # the body is built-in


@pytest.mark.parametrize(
    ("template", "message"),
    [
        (
            "Dòng một\n\n{{ khong_co }}\n",
            "recipients.md.j2', dòng 3: biến 'khong_co' chưa được định nghĩa",
        ),
        ("{{ plan.khong_co }}\n", "dòng 1: 'Plan' không có thuộc tính 'khong_co'"),
        ("{% for x in %}\n", "cú pháp Jinja không hợp lệ"),
    ],
)
def test_template_errors_name_the_template_and_line(
    tmp_path: Path, render: Render, template: str, message: str
) -> None:
    mine = _recipients_template(tmp_path, template)
    with pytest.raises(UserError) as error:
        render(HOSTILE, templates=mine)
    assert message in error.value.message
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(
    "attack",
    [
        "{{ plan.__class__.__mro__ }}",
        "{{ ''.__class__.__subclasses__() }}",
        "{{ lipsum.__globals__['os'].environ }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ unit_name.__globals__ }}",
        "{% set x = plan.sections.append(1) %}",
    ],
)
def test_the_sandbox_stops_hostile_templates(tmp_path: Path, render: Render, attack: str) -> None:
    mine = _recipients_template(tmp_path, attack + "\n")
    with pytest.raises(UserError) as error:
        render(HOSTILE, templates=mine)
    message = error.value.message
    assert any(
        words in message for words in ("bị chặn", "không có thuộc tính", "chưa được định nghĩa")
    ), message
    assert not (tmp_path / "out.docx").exists()


def test_legal_bases_without_the_placeholder_are_italic_lines(render: Render) -> None:
    plan = HOSTILE.replace(
        "sections:",
        "legal_bases:\n"
        "  - {id: a, type: Kế hoạch, number: 36/KH-UBND, date: 2023-01-06,"
        " issuer: UBND tỉnh Kon Tum, summary: triển khai ra quân}\n"
        "  - {id: b, type: Công văn, number: 1766-CV/TU, date: 2023-01-06,"
        " issuer: Ban Thường vụ Thành ủy, summary: tổ chức ra quân}\n"
        "sections:",
    )
    document = Document(str(render(plan)))
    bases = [p for p in document.paragraphs if p.text.startswith("Căn cứ")]
    assert [p.text for p in bases] == [
        "Căn cứ Kế hoạch số 36/KH-UBND ngày 06/01/2023 của UBND tỉnh Kon Tum về triển khai ra "
        "quân;",
        "Căn cứ Công văn số 1766-CV/TU ngày 06/01/2023 của Ban Thường vụ Thành ủy về việc tổ "
        "chức ra quân.",
    ]
    assert all(run.italic for p in bases for run in p.runs)


def test_a_plan_with_errors_is_not_rendered(tmp_path: Path, render: Render) -> None:
    broken = HOSTILE.replace("host: xã Đoàn Kết", "host: xã Không Có")
    with pytest.raises(CheckFailedError) as error:
        render(broken)
    assert [d.code for d in error.value.diagnostics] == ["RQ101"]
    assert not (tmp_path / "out.docx").exists()


def test_a_control_character_is_caught_by_check_not_by_render(render: Render) -> None:
    broken = HOSTILE.replace('title: "Kế hoạch', 'title: "K\\x0bế hoạch')
    with pytest.raises(CheckFailedError) as error:
        render(broken)
    assert [d.code for d in error.value.diagnostics] == ["RQ009"]


def test_cli_exits_1_and_names_the_place_of_the_error(
    tmp_path: Path, write_files: WriteFiles
) -> None:
    source = write_files(HOSTILE.replace("host: xã Đoàn Kết", "host: xã Không Có"))
    result = runner.invoke(app, ["render", "plan", str(source), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1, result.output
    assert f"{source}:" in result.output
    assert "RQ101" in result.output
    assert "chưa xuất văn bản" in result.output


def test_inputs_and_foreign_files_are_never_overwritten(
    tmp_path: Path, write_files: WriteFiles
) -> None:
    source = write_files(HOSTILE)
    before = source.read_bytes()
    with pytest.raises(UserError, match="là tệp đầu vào"):
        render_plan_file(source, output=source)
    with pytest.raises(UserError, match=r"đuôi \.docx"):
        render_plan_file(source, output=tmp_path / "ke-hoach.pdf")
    assert source.read_bytes() == before
    mine = tmp_path / "cua-toi.docx"
    mine.write_bytes(b"not a raquan document")
    with pytest.raises(UserError, match="không phải do raquan tạo"):
        render_plan_file(source, output=mine)
    assert mine.read_bytes() == b"not a raquan document"
    render_plan_file(source, output=mine, force=True)
    assert mine.read_bytes() != b"not a raquan document"
    render_plan_file(source, output=mine)  # raquan's own file: replaced without --force
    with pytest.raises(UserError, match="là một thư mục"):
        render_plan_file(tmp_path)


def test_default_output_is_named_after_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", "plan"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ke-hoach-ra-quan-2023.docx").is_file()
    assert "Đã ghi ke-hoach-ra-quan-2023.docx." in result.output


def test_reference_docx_gives_the_base_document(tmp_path: Path, render: Render) -> None:
    reference = tmp_path / "mau.docx"
    base = Document()
    base.add_paragraph("Nội dung cũ sẽ bị bỏ")
    base.save(str(reference))
    output = render(HOSTILE, reference_docx=reference)
    main = list(texts(sections(output)[0]))
    assert "Nội dung cũ sẽ bị bỏ" not in main
    assert "KẾ HOẠCH" in main


def test_pdf_without_libreoffice_says_so(
    tmp_path: Path, write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    target = tmp_path / "out.docx"
    rendered = render_plan_file(write_files(HOSTILE), output=target, pdf=True)
    assert rendered.pdf is None
    assert rendered.pdf_problem is not None
    assert "chưa cài LibreOffice" in rendered.pdf_problem.message
    assert target.is_file()  # the .docx itself was written


def test_bundled_templates_ship_with_the_package() -> None:
    folder = bundled("templates")
    assert (folder / "plan" / "body.md.j2").is_file()
