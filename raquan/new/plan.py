"""The skeleton of a new plan: every section present, each field explained in a comment.

The skeleton is a valid plan as it stands (types, ids, dates), so that ``raquan check`` reports
only what is left to fill: every text the clerk must write is a ``<điền: ...>`` placeholder
(check RQ109), and every date or number is a plausible value with a comment saying to replace
it. Unit names come from the registry the plan will use, when it can be read, so that the
example duty, event and recipients already point at real units.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from raquan.domain.dates.phrases import long_date, short_date
from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.history import Period
from raquan.domain.time import now
from raquan.domain.units import UnitIndex
from raquan.errors import UserError
from raquan.files import write_new
from raquan.models.base import IssueDate
from raquan.models.units import Registry, Unit
from raquan.new.write import Created, modeline, write_skeleton
from raquan.new.yamltext import Block, Item, Key, Map, Quoted, Seq, fill, render
from raquan.read.loader import load_file
from raquan.read.workspace import merged_calendar

DEFAULT_UNITS = "units.yaml"
EVENT_ID = "su-kien-chinh"
ATTACHMENT_ID = "bang-dang-ky"
REPLACE = "thay bằng ngày thật"

EVENT_AFTER = datetime.timedelta(days=21)
"""How long after today the example event is (then moved to a working day)."""
PREPARED_BEFORE = datetime.timedelta(days=7)
"""How long before the event the example duty is due."""
PERIOD_LENGTH = datetime.timedelta(days=90)
REPORTED_AFTER = datetime.timedelta(days=14)
"""How long after the event the example summary report is due (then moved to a working day)."""

_PEOPLES_COMMITTEE = re.compile(r"(?:ủy|uỷ) ban nhân dân\s+(.+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Names:
    """The unit names the skeleton uses: real ones from a registry, or placeholders."""

    issuer: str
    issuing_body: list[str]
    assignee: str
    heading: str
    host: str
    known: bool


def _read_registry(path: Path) -> tuple[Registry | None, str | None]:
    """The registry at ``path``, or None and why it cannot be used (Vietnamese)."""
    later = "tên đơn vị trong kế hoạch mới để ở dạng <điền: ...>."
    if not path.is_file():
        return None, f"Không tìm thấy danh mục đơn vị '{path}'; {later}"
    try:
        document = load_file(path, expect="units")
    except UserError as error:
        return None, f"{error.message} Vì vậy {later}"
    if not document.ok or not isinstance(document.model, Registry):
        return None, (
            f"Danh mục đơn vị '{path}' có lỗi (xem bằng lệnh: raquan check {path}); {later}"
        )
    return document.model, None


def _registry_path(units: Path | None, output: Path | None) -> Path:
    folder = output.parent if output is not None else Path()
    return units if units is not None else folder / DEFAULT_UNITS


def _issuer(units: list[Unit]) -> Unit:
    committees = [u for u in units if u.kind == "ủy ban nhân dân"]
    local = [u for u in committees if u.level == "huyện"]
    return (local or committees or units)[0]


def _issuing_body(issuer: Unit) -> list[str]:
    match = _PEOPLES_COMMITTEE.fullmatch(issuer.name.strip())
    if match is None:
        return [fill("TÊN CƠ QUAN BAN HÀNH, VIẾT HOA, MỖI DÒNG MỘT PHẦN TỬ")]
    return ["ỦY BAN NHÂN DÂN", match.group(1).upper()]


def _names(registry: Registry | None, today: datetime.date) -> _Names:
    """Real names for the skeleton: units in force in the month it is a draft of."""
    month = Period.of_issue(IssueDate(today.year, today.month))
    index = UnitIndex(registry).as_of(month) if registry is not None else None
    units = [u for u in registry.units if index.in_force(u)] if index and registry else []
    if registry is None or index is None or not units:
        assignee = fill("đơn vị hoặc nhóm được giao")
        return _Names(
            issuer=fill("cơ quan ban hành"),
            issuing_body=[fill("TÊN CƠ QUAN BAN HÀNH, VIẾT HOA, MỖI DÒNG MỘT PHẦN TỬ")],
            assignee=assignee,
            heading=fill("tiêu đề mục, ví dụ UBND các xã, phường:"),
            host=fill("đơn vị chủ trì sự kiện"),
            known=False,
        )
    issuer = _issuer(units)
    others = [u for u in units if u.id != issuer.id] or [issuer]
    host: Unit = others[0]
    groups = [g for g in registry.groups if index.members(g)]
    if groups:
        assignee = groups[0].name
        host = index.members(groups[0])[0]
    else:
        assignee = host.display
    return _Names(
        issuer=issuer.display,
        issuing_body=_issuing_body(issuer),
        assignee=assignee,
        heading=f"{assignee}:",
        host=host.display,
        known=True,
    )


def _relative(units: Path, output: Path | None) -> str:
    """How the plan names its registry: relative to the plan's folder, with forward slashes."""
    if output is None:
        return PurePath(units).as_posix()
    try:
        relative = os.path.relpath(units.resolve(), output.resolve().parent)
    except ValueError:  # another drive (Windows): only an absolute path works
        return units.resolve().as_posix()
    return PurePath(relative).as_posix()


@dataclass(frozen=True, slots=True)
class PlanSkeleton:
    """A new plan's text, and why its unit names could not come from the registry (or None):
    a Vietnamese sentence for the user; the text then has ``<điền: ...>`` in their place."""

    text: str
    registry_problem: str | None


def plan_skeleton(
    units: Path | None,
    *,
    today: datetime.date,
    output: Path | None = None,
) -> PlanSkeleton:
    """The YAML text of a new plan skeleton, with Vietnamese comments explaining each field.

    ``units`` is the unit registry the plan will use, as a path from the current folder (the
    default is ``units.yaml`` beside the plan); ``output`` is where the plan will be written
    (default: the current folder), so that the plan's ``units:`` key can name the registry
    relative to the plan. When the registry can be read, the skeleton's unit names are real
    names from it; otherwise they are ``<điền: ...>`` placeholders. ``today`` dates the
    skeleton: the issue month, the period and the example deadline and event follow from it.
    """
    units_key = _relative(units, output) if units is not None else DEFAULT_UNITS
    registry, problem = _read_registry(_registry_path(units, output))
    names = _names(registry, today)
    calendar = merged_calendar(registry.calendar) if registry is not None else WorkCalendar()
    event_day = calendar.next_working_day(today + EVENT_AFTER)
    due = calendar.previous_working_day(event_day - PREPARED_BEFORE)
    period_end = today + PERIOD_LENGTH
    reported = calendar.next_working_day(event_day + REPORTED_AFTER)
    text = render(_document(names, units_key, today, event_day, (due, reported), period_end))
    if problem is None and (units_key.startswith("../") or PurePath(units_key).is_absolute()):
        problem = (
            f"Danh mục đơn vị '{units_key}' nằm ngoài thư mục của kế hoạch; khi kiểm tra hay "
            f"xuất văn bản, thêm --units {PurePath(units).as_posix() if units else units_key} "
            "(raquan chỉ tự đọc danh mục trong thư mục của kế hoạch)."
        )
    return PlanSkeleton(text, problem)


def new_plan(
    units: Path | None,
    *,
    today: datetime.date,
    output: Path | None = None,
) -> str:
    """The text of ``plan_skeleton(units, today=today, output=output)``."""
    return plan_skeleton(units, today=today, output=output).text


def run(
    units: Path | None,
    *,
    output: Path,
    today: datetime.date | None = None,
) -> Created:
    """``raquan new plan``: write a new plan skeleton at ``output`` (never over an existing
    file) and its JSON Schema beside it; ``today`` defaults to today in Vietnam. The note says
    why the unit names could not come from the registry, if they could not."""
    skeleton = plan_skeleton(units, today=today or now().date(), output=output)
    schema = write_skeleton(output, skeleton.text, "plan")
    return Created(output, schema, skeleton.registry_problem)


EXAMPLE = "ke-hoach-ra-quan-2023.yaml"
"""The bundled plan that ``raquan new plan --example`` copies."""

_DRAFT_NUMBER = re.compile(r"^(  number:)[^\n]*$", re.M)
_DRAFT_DATE = re.compile(r"^(  date:) (\d{4})-(\d{2})(?=\s)[^\n]*$", re.M)


def example_text() -> tuple[str, str]:
    """The bundled example plan, issued (a number and a day, for illustration: the original
    text was copied without them), with a modeline; and its unit registry."""
    from raquan.read.resources import bundled  # noqa: PLC0415

    folder = bundled("plans")
    text = (folder / EXAMPLE).read_text(encoding="utf-8")
    text = _DRAFT_NUMBER.sub(
        r"\1 9              # số minh họa (bản gốc được trích không ghi số)", text, 1
    )
    text = _DRAFT_DATE.sub(r"\1 \2-\3-10      # ngày minh họa (bản gốc không ghi ngày)", text, 1)
    heading = (
        f"# {modeline('plan')}\n"
        "# Kế hoạch mẫu, tạo bằng 'raquan new plan --example': một kế hoạch thật, đã điền đủ, để\n"
        "# thử mọi lệnh của raquan. Kế hoạch của bạn: raquan new plan -o plans/ke-hoach-moi.yaml\n"
    )
    return heading + text, (folder / "units.yaml").read_text(encoding="utf-8")


def run_example(output: Path) -> Created:
    """``raquan new plan --example``: the bundled example plan at ``output`` and its unit
    registry beside it (``units.yaml``, unless there is one already), never over a file."""
    plan, units = example_text()
    schema = write_skeleton(output, plan, "plan")
    registry = output.parent / "units.yaml"
    note = None
    if registry.exists():
        note = f"Đã có '{registry}': raquan không ghi đè; kế hoạch mẫu dùng danh mục đó."
    else:
        write_new(registry, units)
    return Created(output, schema, note)


def _document(
    names: _Names,
    units_key: str,
    today: datetime.date,
    event_day: datetime.date,
    dues: tuple[datetime.date, datetime.date],
    period_end: datetime.date,
) -> Map:
    heading = "\n".join(
        (
            modeline("plan"),
            f"Kế hoạch mới, tạo bằng lệnh 'raquan new plan' ngày {short_date(today)}.",
            "Cách dùng: điền mọi chỗ <điền: ...>, thay các ngày và số có ghi chú 'thay', rồi kiểm",
            "tra bằng lệnh: raquan check <tệp này>. Các dòng bắt đầu bằng # là chú thích, không",
            "in ra văn bản; xoá đi khi không cần nữa.",
        )
    )
    units_note = (
        "Danh mục đơn vị, tính từ thư mục chứa tệp này. Mọi tên đơn vị, nhóm trong kế hoạch\n"
        "phải có trong danh mục (viết tên, tên ngắn, tên gọi khác hoặc mã đều được)."
    )
    if not names.known:
        units_note += "\nChưa đọc được danh mục này nên các tên đơn vị đang để ở dạng <điền: ...>."
    draft = f"{today.year:04d}-{today.month:02d}"
    return Map(
        heading=heading,
        keys=[
            Key("raquan", 1, eol="phiên bản định dạng tệp raquan; không sửa"),
            Key("kind", "plan", eol="loại tệp: kế hoạch; không sửa"),
            Key(
                "id",
                f"ke-hoach-moi-{today.year}",
                note="Mã định danh của kế hoạch: chữ thường không dấu, chữ số, dấu gạch ngang.\n"
                "Báo cáo của các đơn vị trỏ tới mã này, nên đặt một lần và không đổi sau khi "
                "ban hành.",
                eol="đổi thành mã riêng của kế hoạch",
            ),
            Key("units", units_key, note=units_note),
            Key(
                "header",
                _header(names, draft, today),
                note="Phần đầu văn bản: cơ quan ban hành, số, ký hiệu, địa danh, ngày tháng.",
                gap=True,
            ),
            Key(
                "title",
                fill("trích yếu nội dung kế hoạch"),
                note="Trích yếu nội dung, in dưới chữ KẾ HOẠCH (không gồm chữ 'Kế hoạch').",
                gap=True,
            ),
            Key(
                "theme",
                fill("chủ đề"),
                note="Chủ đề (nếu có), in vào chỗ {theme} trong văn bản; không có thì xoá dòng "
                "này và chỗ {theme}.",
            ),
            Key(
                "period",
                Map(
                    [
                        Key("start", today, eol=REPLACE),
                        Key("end", period_end, eol=f"{REPLACE} (tính cả ngày này)"),
                    ]
                ),
                note="Khoảng thời gian kế hoạch bao trùm; mọi thời hạn và sự kiện phải nằm "
                "trong khoảng này.",
            ),
            Key(
                "legal_bases",
                Seq([_legal_basis(today)]),
                note="Các văn bản làm căn cứ, in vào chỗ {legal_bases} của đoạn mở đầu.\n"
                "Mỗi văn bản một mục bắt đầu bằng '-'; đây là một ví dụ.",
                gap=True,
            ),
            Key(
                "preamble",
                f"Thực hiện {{legal_bases}}. Xét đề nghị của {fill('cơ quan tham mưu')}[^1], "
                f"{names.issuer} ban hành Kế hoạch {fill('trích yếu')} với những nội dung sau:",
                note="Đoạn mở đầu. {legal_bases} là chỗ in danh sách văn bản căn cứ; [^1] là "
                "dấu chú thích\ncuối trang, nội dung của nó ở 'footnotes'.",
                gap=True,
            ),
            Key(
                "footnotes",
                Map([Key("1", fill("nội dung chú thích, ví dụ văn bản tham mưu"))]),
                note="Chú thích cuối trang, theo nhãn dùng trong [^nhãn]; nhãn nào cũng phải "
                "được dùng trong văn bản.",
            ),
            Key(
                "sections",
                Seq(_sections(names, dues)),
                note="Các phần của văn bản; số La Mã I, II, III, IV được thêm theo thứ tự.\n"
                "Trong 'text', mỗi dòng là một đoạn, giữ các mục 1., a), -, + ở đầu dòng.\n"
                "Chỗ điền lấy từ dữ liệu: {theme}, {when:mã-sự-kiện}, {place:mã-sự-kiện},\n"
                "{content:mã-sự-kiện}, {attachment:mã-phụ-lục}; **đậm**, *nghiêng*.",
                gap=True,
            ),
            Key(
                "events",
                Seq([_event(names, event_day)]),
                note="Các sự kiện có ngày giờ (lễ, hội nghị). Nhiệm vụ trỏ tới sự kiện bằng "
                "'prepares'\n(chuẩn bị, phải xong trước) hoặc 'reports_on' (báo cáo, chỉ sau "
                "sự kiện).",
                gap=True,
            ),
            Key(
                "closing",
                f"Trên đây là Kế hoạch {fill('trích yếu')}; đề nghị các cơ quan, đơn vị "
                "triển khai thực hiện.",
                note="Câu kết thúc, in trước ký hiệu ./. ở cuối văn bản.",
                gap=True,
            ),
            Key(
                "recipients",
                Seq([Map([Key("unit", names.assignee)])]),
                note="Nơi nhận. Mỗi dòng: 'unit' là đơn vị hoặc nhóm trong danh mục; 'text' là "
                "dòng in ra\nkhi khác tên đơn vị (ví dụ VP. UBND tỉnh); 'covers' là các đơn vị "
                "mà một dòng chữ\ntự do gửi tới. Mọi đơn vị được giao việc phải có trong Nơi "
                "nhận.",
            ),
            Key(
                "archive",
                Seq(["VT", fill("chữ viết tắt đơn vị soạn thảo")]),
                note="Dòng Lưu: VT và chữ viết tắt đơn vị soạn thảo.",
            ),
            Key(
                "signature",
                Map(
                    [
                        Key(
                            "lines",
                            Seq(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
                            note="Các dòng thẩm quyền và chức vụ, viết hoa: TM., KT., TL., "
                            "TUQ., Q.",
                        ),
                        Key(
                            "signer",
                            fill("họ tên người ký"),
                            eol="không ghi học hàm, học vị",
                        ),
                    ]
                ),
                note="Phần ký.",
            ),
            Key(
                "attachments",
                Seq([_attachment(names)]),
                note="Các phụ lục gửi kèm; văn bản nhắc tới mỗi phụ lục bằng "
                "*{attachment:mã-phụ-lục}*.",
                gap=True,
            ),
        ],
    )


def _header(names: _Names, draft: str, today: datetime.date) -> Map:
    return Map(
        [
            Key("type", "Kế hoạch", eol="loại văn bản"),
            Key("issuer", names.issuer, eol="cơ quan ban hành: một đơn vị trong danh mục"),
            Key(
                "issuing_body",
                Seq(names.issuing_body),
                note="Tên cơ quan ban hành như in ở góc trái, mỗi dòng một phần tử, viết hoa.",
            ),
            Key("number", None, eol="số văn bản; để trống khi là dự thảo chưa lấy số"),
            Key("symbol", "KH-UBND", eol="ký hiệu: KH (kế hoạch), gạch nối, chữ viết tắt cơ quan"),
            Key("place", fill("địa danh ghi trước ngày tháng, ví dụ Kon Tum")),
            Key(
                "date",
                draft,
                eol=f"dự thảo: tháng {today.month:02d}/{today.year}, chưa ghi ngày; khi ký, ghi "
                f"đủ ngày dạng {today.isoformat()}",
            ),
        ]
    )


def _legal_basis(today: datetime.date) -> Map:
    return Map(
        [
            Key("id", "van-ban-can-cu-1", eol="mã định danh, đổi tùy ý"),
            Key("type", "Kế hoạch", eol="loại văn bản: Kế hoạch, Công văn, Quyết định, ..."),
            Key(
                "number",
                "01/KH-UBND",
                eol="thay bằng số, ký hiệu thật (văn bản của Đảng viết dạng 1766-CV/TU)",
            ),
            Key("date", today, eol=f"{REPLACE} ban hành văn bản"),
            Key("issuer", fill("cơ quan ban hành, ví dụ Ủy ban nhân dân tỉnh Kon Tum")),
            Key("summary", fill("trích yếu, không gồm chữ 'về'")),
        ]
    )


def _sections(names: _Names, dues: tuple[datetime.date, datetime.date]) -> list[Item]:
    purpose = Map(
        [
            Key("title", "MỤC ĐÍCH, YÊU CẦU:"),
            Key(
                "text",
                Block(f"1. Mục đích:\n- {fill('mục đích')}\n2. Yêu cầu:\n- {fill('yêu cầu')}\n"),
            ),
        ]
    )
    content = Map(
        [
            Key("title", "NỘI DUNG THỰC HIỆN:"),
            Key(
                "text",
                Block(
                    "1. Chủ đề: {theme}.\n"
                    f"2. Nội dung:\n- {fill('nội dung thực hiện')}\n"
                    f"*{{attachment:{ATTACHMENT_ID}}}*\n"
                ),
            ),
        ]
    )
    when = Map(
        [
            Key("title", "THỜI GIAN, ĐỊA ĐIỂM:"),
            Key(
                "text",
                Block(
                    f"1. Thời gian: {{when:{EVENT_ID}}}.\n"
                    f"2. Địa điểm: {{place:{EVENT_ID}}}.\n"
                    f"3. Nội dung: {{content:{EVENT_ID}}}.\n"
                ),
            ),
        ]
    )
    organisation = Map(
        [
            Key("title", "TỔ CHỨC THỰC HIỆN:"),
            Key(
                "assignments",
                Seq(
                    [
                        Item(
                            _assignment(names, dues),
                            note="Một mục phân công: ai được giao, tiêu đề mục, các nhiệm vụ.",
                        )
                    ]
                ),
                note="Mỗi mục là một đơn vị hoặc nhóm và các nhiệm vụ của nó.",
            ),
        ]
    )
    return [
        Item(purpose, note="Phần I."),
        Item(content, note="Phần II."),
        Item(when, note="Phần III."),
        Item(organisation, note="Phần IV: phân công nhiệm vụ."),
    ]


def _assignment(names: _Names, dues: tuple[datetime.date, datetime.date]) -> Map:
    due, reported = dues
    report = Map(
        [
            Key(
                "id", "bao-cao-tong-hop", eol="mã định danh; tệp kết quả của đơn vị trỏ tới mã này"
            ),
            Key(
                "text",
                f"Báo cáo tổng hợp kết quả thực hiện {{deadline}}, gửi về {names.issuer}.",
            ),
            Key(
                "deliverable",
                Map(
                    [
                        Key("kind", "báo cáo tổng hợp", eol="báo cáo nhanh hoặc báo cáo tổng hợp"),
                        Key("to", Seq([names.issuer])),
                    ]
                ),
            ),
            Key(
                "deadline",
                Map(
                    [
                        Key("kind", "chậm nhất"),
                        Key(
                            "date",
                            reported,
                            eol=f"{REPLACE}; in ra: chậm nhất {long_date(reported)}",
                        ),
                    ]
                ),
            ),
            Key(
                "reports_on",
                EVENT_ID,
                eol="mã sự kiện được báo cáo (hạn báo cáo phải sau khi sự kiện bắt đầu)",
            ),
        ]
    )
    duty = Map(
        [
            Key("id", "xay-dung-ke-hoach-chi-tiet", eol="mã định danh của nhiệm vụ"),
            Key(
                "text",
                f"{fill('nội dung nhiệm vụ')}, hoàn thành {{deadline}}, gửi về {names.issuer}.",
                note="Nội dung như văn bản viết; {deadline} là chỗ in thời hạn, không gõ ngày "
                "bằng tay.",
            ),
            Key(
                "deliverable",
                Map(
                    [
                        Key(
                            "kind",
                            "kế hoạch chi tiết",
                            eol="kế hoạch chi tiết, báo cáo nhanh, báo cáo tổng hợp, báo cáo, "
                            "chương trình, ...",
                        ),
                        Key("to", Seq([names.issuer]), eol="gửi về đơn vị nào"),
                    ]
                ),
                note="Sản phẩm phải nộp (bỏ khoá này nếu nhiệm vụ không có sản phẩm).",
            ),
            Key(
                "deadline",
                Map(
                    [
                        Key("kind", "chậm nhất", eol="trước, chậm nhất, vào lúc hoặc đến hết"),
                        Key("date", due, eol=f"{REPLACE}; in ra: chậm nhất {long_date(due)}"),
                    ]
                ),
                note="Thời hạn. 'time' (\"09:00\") thêm giờ; 'format' chọn cách in ngày; "
                "'weekday: true' in thứ.",
            ),
            Key(
                "prepares",
                EVENT_ID,
                eol="mã sự kiện mà nhiệm vụ này chuẩn bị cho (phải xong trước sự kiện)",
            ),
        ]
    )
    return Map(
        [
            Key("to", names.assignee, eol="đơn vị hoặc nhóm được giao (tên trong danh mục)"),
            Key("heading", names.heading, eol="tiêu đề mục như văn bản viết"),
            Key(
                "duties",
                Seq(
                    [
                        Item(duty, note="Một nhiệm vụ; thêm nhiệm vụ khác bằng một mục '-' mới."),
                        Item(
                            report,
                            note="Nhiệm vụ báo cáo: mỗi đơn vị được giao gửi về một tệp kết quả "
                            "(raquan new report), raquan tổng hợp (raquan render report).",
                        ),
                    ]
                ),
            ),
        ]
    )


def _event(names: _Names, day: datetime.date) -> Map:
    return Map(
        [
            Key("id", EVENT_ID, eol="mã định danh; văn bản dùng {when:...}, {place:...}"),
            Key("title", fill("tên sự kiện, ví dụ Lễ ra quân")),
            Key("date", day, eol=REPLACE),
            Key("time", Quoted("08:00"), eol="giờ bắt đầu, viết trong dấu nháy"),
            Key("place", fill("địa điểm")),
            Key("host", names.host, eol="đơn vị chủ trì tổ chức"),
            Key("content", fill("nội dung, công trình"), eol="in vào chỗ {content:...}"),
        ]
    )


def _attachment(names: _Names) -> Map:
    row = Map(
        [
            Key("unit", names.host, eol="đơn vị đăng ký"),
            Key("content", fill("nội dung, công trình đăng ký")),
            Key("place", fill("địa điểm")),
        ]
    )
    return Map(
        [
            Key("id", ATTACHMENT_ID, eol="mã định danh; văn bản nhắc bằng *{attachment:...}*"),
            Key("title", fill("tên bảng như văn bản viết")),
            Key(
                "kind",
                "đăng ký ra quân",
                eol="loại bảng: đăng ký ra quân, hoặc phân công phụ trách địa bàn",
            ),
            Key("registrations", Seq([row]), note="Các dòng của bảng đăng ký."),
        ]
    )
