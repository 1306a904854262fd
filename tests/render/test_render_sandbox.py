"""Hostile templates (issue 11, items 1, 2 and 17): what a template folder from another office
cannot do, and every bundled template rendered with non-empty data."""

from __future__ import annotations

import resource
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.models.plan import Plan
from raquan.read.loader import load_file
from raquan.render.plain import Record, TemplateFunction, plain, plain_context, shared
from support.checks import WriteFiles
from support.docx_text import sections, texts
from support.plans import BUNDLED_PLAN, PLAN_HEAD, SAMPLE_REPORTS, dedent

runner = CliRunner()


def _templates(folder: Path, name: str, text: str) -> Path:
    mine = folder / "mau"
    (mine / Path(name).parent).mkdir(parents=True, exist_ok=True)
    (mine / name).write_text(text, encoding="utf-8")
    return mine


def _render(tmp_path: Path, template: str, *, name: str = "plan/recipients.md.j2") -> Any:
    mine = _templates(tmp_path, name, template)
    return runner.invoke(
        app,
        [
            "render",
            "plan",
            str(BUNDLED_PLAN),
            "-o",
            str(tmp_path / "out.docx"),
            "--templates",
            str(mine),
        ],
    )


# Item 1: templates see plain data only ----------------------------------------------------

PICKLE = (
    "{{ plan.parse_raw(\"cposix\\nsystem\\n(S'id > OUT'\\ntR.\", "
    'content_type="application/pickle", allow_pickle=True) }}'
)

MODEL_ATTACKS = [
    PICKLE,
    "{{ plan.parse_file('/etc/passwd') }}",
    "{{ plan.header.parse_file('/etc/passwd') }}",
    "{{ plan.model_validate_json('{}') }}",
    "{{ plan.model_construct() }}",
    "{{ plan.model_dump() }}",
    "{{ plan.model_json_schema() }}",
    "{{ plan.schema_json() }}",
    "{{ plan.copy(update={'id': 'x'}) }}",
    "{{ plan.json() }}",
    "{{ plan.model_fields }}",
    "{{ plan.model_config }}",
    "{{ plan.__class__.__mro__ }}",
    "{{ plan._origin }}",
    "{{ plan['_origin'] }}",
    "{{ plan | attr('_origin') }}",
    "{{ (plan.sections | map(attribute='_origin') | first).model_dump() }}",
    "{{ plan.events[0].start() }}",
    "{{ plan.event('le-ra-quan-thanh-pho') }}",
    "{{ plan.duties() | list }}",
    "{{ plan.header.date.earliest.replace(year=1) }}",
    "{{ plan.title.format(plan) }}",
    "{{ plan.title.ljust(100000000) }}",
    "{{ plan.title.encode('utf-8') }}",
    "{{ unit_name.__call__ }}",
    "{{ unit_name._function.__globals__ }}",
    "{{ ''.__class__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ self._TemplateReference__context.environment }}",
    "{{ range.__self__ }}",
    "{{ dict.__base__.__subclasses__() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ plan.period.start.fromisoformat('2023-01-01') }}",
    "{{ (plan.title|list).append(1) }}",
    "{{ plan|tojson }}",
    "{{ plan|pprint }}",
    "{{ plan.items()|list|first|first|attr('__class__') }}",
]


@pytest.mark.parametrize("attack", MODEL_ATTACKS)
def test_a_template_reaches_no_method_of_the_models(
    tmp_path: Path, attack: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _render(tmp_path, attack + "\n")
    assert result.exit_code == 2, result.output
    assert "Mẫu '" in result.output
    assert "recipients.md.j2', dòng 1" in result.output
    assert "Traceback" not in result.output
    assert "root:" not in result.output  # nothing of /etc/passwd
    assert not (tmp_path / "OUT").exists()  # the pickle never ran
    assert not (tmp_path / "out.docx").exists()


def test_the_data_given_to_templates_is_plain(tmp_path: Path) -> None:
    document = load_file(BUNDLED_PLAN)
    assert isinstance(document.model, Plan)
    variables, values = plain_context({"plan": document.model, "unit_name": str.upper})
    assert values > 300
    assert isinstance(variables["unit_name"], TemplateFunction)
    allowed = (type(None), bool, int, float, str, Record, tuple)
    stack: list[Any] = [variables["plan"]]
    seen = 0
    while stack:
        value = stack.pop()
        seen += 1
        assert not isinstance(value, BaseModel)
        assert isinstance(value, allowed) or type(value).__module__ == "datetime", type(value)
        if isinstance(value, Record):
            stack.extend(value.values())
        elif isinstance(value, tuple):
            stack.extend(value)
    assert seen > 300
    # python-docx objects, paths and other objects are refused or turned into text.
    with pytest.raises(TypeError, match="dữ liệu thuần"):
        plain(docx.Document())
    with pytest.raises(TypeError, match="dữ liệu thuần"):
        plain({"x": zipfile.ZipFile})
    assert plain(tmp_path) == str(tmp_path)


def test_the_plan_made_plain_once_gives_each_template_what_it_gave_alone() -> None:
    """``plain.shared``: the plan is made plain once for the templates of a document; each
    template still gets the same variables and the same count of values (its budget) as when
    its whole context was made plain on its own."""
    document = load_file(BUNDLED_PLAN)
    plan = document.model
    assert isinstance(plan, Plan)
    assert plan.attachments
    common = {"plan": plan, "unit_name": str.upper}
    once = shared(common)
    for number, attachment in enumerate(plan.attachments, start=1):
        own = {"attachment": attachment, "number": number, "reference": "Kế hoạch số 1"}
        alone, alone_values = plain_context({**common, **own})
        together, together_values = plain_context(own, shared=once)
        assert together_values == alone_values
        assert list(together) == list(alone)
        assert together["attachment"] == alone["attachment"]
        assert together["plan"] == alone["plan"]
    assert plain_context({}, shared=once)[1] == plain_context(common)[1]


def test_a_python_docx_object_slipped_into_the_data_shows_no_method(tmp_path: Path) -> None:
    """Defence in depth: attributes are allowed by type, so even an object that should never
    reach a template shows nothing."""
    from raquan.render.templating import environment

    env = environment()
    document = docx.Document()
    template = env.from_string("{{ d.save('" + str(tmp_path / "x.docx") + "') }}")
    with pytest.raises(Exception, match=r"unsafe|không"):
        template.render(d=document)
    assert not (tmp_path / "x.docx").exists()
    for attribute in ("part", "core_properties", "element", "settings"):
        with pytest.raises(Exception, match="unsafe"):
            env.from_string("{{ d." + attribute + " }}").render(d=document)


# Item 2: bounded output, time, ranges and repetition; every failure a located message -----

LIMIT_ATTACKS = [
    ("{{ 'x' * 1000000000 }}", "quá lớn"),
    ("{{ [1] * 1000000000 }}", "quá lớn"),
    (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "quá nhiều bước",
    ),
    ("{% for i in range(100000) %}{% for c in plan.title * 100 %}{% endfor %}{% endfor %}", "bước"),
    ("{{ 2 ** 10000000 }}", "số quá lớn"),
    ("{{ 10 ** 100000 }}", "số quá lớn"),
    ("{{ 2.0 ** 100000 }}", "số quá lớn"),
    ("{{ 1 / 0 }}", "chia cho 0"),
    ("{{ 1 // 0 }}", "chia cho 0"),
    ("{{ 1 % 0 }}", "chia cho 0"),
    ("{{ '%0999999999d' % 1 }}", "độ rộng"),
    ("{{ '{:>999999999}'.format(1) }}", "không có thuộc tính|bị chặn"),
    ("{{ range(100000) | join('x' * 1000000) }}", "quá lớn"),
    ("{{ ('x' * 1000000) | replace('', 'y' * 1000) }}", "quá lớn"),
    (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s | length }}",
        "quá lớn",
    ),
    ("{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}", "quá dài"),
    ("{% include 'plan/recipients.md.j2' %}", "gọi lại chính nó"),
    ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "gọi lại chính nó"),
    ("{{ 'abc' | center(1000000000) }}", "không có bộ lọc 'center'"),
    ("{{ range(10) | batch(1000000000, 'x') | list }}", "không có bộ lọc 'batch'"),
    ("{{ lipsum(1000000) }}", "chưa được định nghĩa"),
    ("{{ 'a' + 1 }}", "sai kiểu"),
    ("{{ plan.sections[1000] }}", "chưa được định nghĩa|không có"),
    ("{{ 1 | roman }}{{ 99 | roman }}", "roman cần"),
    ("{{ plan | deadline }}", "deadline cần"),
    ("{{ (10 ** 30) | words }}", "words cần"),
    ("{{ (1e308 * 10) | int }}", "số quá lớn"),
    ("{% for %}", "cú pháp"),
    ("{{ " + "(" * 50000 + "1" + ")" * 50000 + " }}", "cú pháp|quá"),
]


@pytest.mark.parametrize(("attack", "words"), LIMIT_ATTACKS)
def test_a_template_that_goes_too_far_is_a_located_message(
    tmp_path: Path, attack: str, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _render(tmp_path, "Nơi nhận\n" + attack + "\n")
    assert result.exit_code == 2, result.output
    output = " ".join(result.output.split())
    assert "recipients.md.j2'" in output, output
    assert "dòng ?" not in output, output
    assert "Traceback" not in output
    assert any(word in output for word in words.split("|")), output
    assert not (tmp_path / "out.docx").exists()


def test_hostile_templates_stay_within_memory_in_a_limited_process(tmp_path: Path) -> None:
    """The worst templates, run by the installed command in a process limited to 1 GiB of
    address space and 60 s of CPU: each ends with exit code 2 and a message, never a
    MemoryError or a kill."""
    attacks = [
        "{{ 'x' * 1000000000 }}",
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s }}",
        "{% for i in range(100000) %}{{ plan.title * 1000 }}{% endfor %}",
        "{{ range(100000) | join('x' * 1000000) }}",
    ]

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        resource.setrlimit(resource.RLIMIT_CPU, (60, 60))

    for number, attack in enumerate(attacks):
        folder = tmp_path / str(number)
        folder.mkdir()
        mine = _templates(folder, "plan/recipients.md.j2", attack + "\n")
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "raquan",
                "render",
                "plan",
                str(BUNDLED_PLAN),
                "-o",
                str(folder / "out.docx"),
                "--templates",
                str(mine),
            ],
            capture_output=True,
            text=True,
            preexec_fn=limits,
            timeout=120,
            check=False,
        )
        assert completed.returncode == 2, completed.stderr
        assert "recipients.md.j2" in completed.stderr
        assert "Traceback" not in completed.stderr
        assert "MemoryError" not in completed.stderr


def test_a_template_linked_outside_its_folder_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "bi-mat.txt"
    secret.write_text("MẬT KHẨU 1234\n", encoding="utf-8")
    mine = tmp_path / "mau" / "plan"
    mine.mkdir(parents=True)
    (mine / "recipients.md.j2").symlink_to(secret)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app,
        ["render", "plan", str(BUNDLED_PLAN), "-o", "out.docx", "--templates", str(mine.parent)],
    )
    assert result.exit_code == 2, result.output
    assert "liên kết trỏ ra ngoài thư mục mẫu" in result.output
    assert "1234" not in result.output
    assert not (tmp_path / "out.docx").exists()


def test_a_huge_template_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mau" / "plan"
    mine.mkdir(parents=True)
    (mine / "recipients.md.j2").write_bytes(b"x" * (2 * 1024 * 1024))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app,
        ["render", "plan", str(BUNDLED_PLAN), "-o", "out.docx", "--templates", str(mine.parent)],
    )
    assert result.exit_code == 2, result.output
    assert "quá lớn" in result.output


def test_ordinary_template_features_still_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = (
        "{% macro line(text) %}\\- {{ text }};{% endmacro %}"
        "{% set ns = namespace(n=0) %}"
        "{% for r in plan.recipients %}{% set ns.n = ns.n + 1 %}{% endfor %}"
        "{{ line(plan.title.split()[0] ~ ' ' ~ ns.n | string) }}\n\n"
        "{% for label, note in plan.footnotes.items() %}{{ label }}{% endfor %}"
        "{{ plan.archive | join(', ') }} {{ plan.events | map(attribute='id') | first }} "
        "{{ plan.header.date }} {{ plan.header.date.year }} {{ range(3) | sum }} "
        "{{ dict(a=1).get('a') }} {{ plan.events | selectattr('time') | list | length }}\n"
    )
    monkeypatch.chdir(tmp_path)
    result = _render(tmp_path, template)
    assert result.exit_code == 0, result.output
    lines = list(texts(sections(tmp_path / "out.docx")[0]))
    assert any(line.endswith("- Tổ 9;") for line in lines), lines
    assert "1VT, KTN le-ra-quan-xa-phuong 2023-01 2023 3 1 2" in lines


# Item 17: every bundled template renders non-empty data ------------------------------------

APPENDICES = """\
attachments:
  - id: dang-ky
    title: Bảng đăng ký nội dung ra quân
    kind: đăng ký ra quân
    registrations:
      - {unit: xã Đoàn Kết, content: Làm đường bê tông thôn 8, place: Thôn 8, quantity: 2.5,
         measure: km}
      - {unit: phường Quyết Thắng, content: Trồng cây xanh, quantity: 1200, measure: cây}
  - id: phan-cong
    title: Bảng phân công phụ trách địa bàn
    kind: phân công phụ trách địa bàn
    assignments:
      - {area: xã Đoàn Kết, members: [Phòng Kinh tế thành phố, UBND thành phố], note: Trưởng nhóm}
      - {area: xã Hòa Bình, members: Phòng Kinh tế thành phố}
"""


def test_every_bundled_plan_template_renders_non_empty_appendices(
    tmp_path: Path, write_files: WriteFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = write_files(
        PLAN_HEAD
        + dedent(
            """
            preamble: Căn cứ tình hình thực tế[^1].
            footnotes: {"1": Ghi chú.}
            sections:
              - title: TỔ CHỨC THỰC HIỆN
                assignments:
                  - to: Phòng Kinh tế thành phố
                    heading: Phòng Kinh tế thành phố
                    duties:
                      - id: theo-doi
                        text: Theo dõi, hoàn thành {deadline}.
                        deadline: {date: 2023-01-20}
                        items: [{id: con, text: Việc con.}]
            closing: Yêu cầu các đơn vị thực hiện
            recipients: [{unit: xã Đoàn Kết}, Như trên]
            signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], signer: Nguyễn Văn A}
            """
        )
        + APPENDICES
        + "  # (plan/body, recipients, both appendices)\n"
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", "plan", str(plan), "-o", "out.docx"])
    assert result.exit_code == 0, result.output
    parts = sections(tmp_path / "out.docx")
    assert len(parts) == 3
    registrations = list(texts(parts[1]))
    assert "Làm đường bê tông thôn 8" in registrations
    assert "2,5" in registrations
    assert "1.200" in registrations
    assignments = list(texts(parts[2]))
    assert "Phòng Kinh tế thành phố, UBND thành phố" in assignments
    assert "UBND xã Hòa Bình" in assignments
    main = list(texts(parts[0]))
    assert any("hoàn thành trước ngày 20/01/2023" in line for line in main), main


@pytest.mark.parametrize("unit", [None, "xã Đoàn Kết"])
def test_every_bundled_report_template_renders_non_empty_data(
    tmp_path: Path, unit: str | None, issued_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    options = ["--unit", unit] if unit else []
    result = runner.invoke(
        app,
        [
            "render",
            "report",
            "--plan",
            str(issued_plan),
            "--reports",
            str(SAMPLE_REPORTS),
            "--kind",
            "summary",
            "-o",
            "out.docx",
            *options,
        ],
    )
    assert result.exit_code == 0, result.output
    body = " ".join(texts(sections(tmp_path / "out.docx")[0]))
    assert "người" in body
    assert "đồng" in body
    if unit is None:
        appendix = " ".join(texts(sections(tmp_path / "out.docx")[1]))
        assert "Tổng cộng" in appendix
        assert "đúng hạn" in appendix or "trễ hạn" in appendix


@pytest.mark.parametrize("character", ["\x01", "\x0b", "\ufffe"])
def test_a_template_writing_a_character_word_cannot_hold_is_named(
    tmp_path: Path, character: str
) -> None:
    result = _render(tmp_path, f"- dòng một\n- a{character}b\n")
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "recipients.md.j2' viết ra ký tự điều khiển U+" in said
    assert "(dòng 2 của phần mẫu viết ra)" in said
    assert not (tmp_path / "out.docx").exists()


def test_a_template_syntax_error_is_explained_in_vietnamese(tmp_path: Path) -> None:
    from support.english import english

    result = _render(tmp_path, "{% for %}\n")
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "dòng 1: cú pháp Jinja không hợp lệ" in said
    assert english(said) == []


def test_a_sum_of_lists_too_large_is_refused_before_it_is_made(tmp_path: Path) -> None:
    """``sum`` concatenates lists inside Python, past any step: a billion items were being
    built (1.3 GB after a minute) before the result could be measured."""
    big = "{% set a = ('x' * 1000000) | list %}{% set b = [a] * 1000 %}"
    result = _render(tmp_path, big + "{{ (b | sum(start=[])) | length }}\n")
    assert result.exit_code == 2, result.output
    assert "mẫu sẽ tạo ra một giá trị quá lớn (1.000.000.000" in " ".join(result.output.split())


def test_sum_still_adds_numbers_and_fields(tmp_path: Path) -> None:
    import re
    import zipfile

    template = (
        "- {{ [4000, 300, 21] | sum }}\n"
        "- {{ [{'n': 1111}, {'n': 2222}] | sum(attribute='n') }}\n"
        "- {{ [[1], [2, 3], [4, 5]] | sum(start=[]) | join('x') }}\n"
    )
    result = _render(tmp_path, template)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        xml = package.read("word/document.xml").decode("utf-8")
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    assert "4321" in text
    assert "3333" in text
    assert "1x2x3x4x5" in text
