"""The follow-up as an Excel workbook (``raquan status --format xlsx``), made with openpyxl.

It replaces the sheet a follow-up office keeps by hand, laid out as such an office lays it
out: a title, the plan it follows and the date, a header row frozen with the column of units
(STT, Đơn vị), Times New Roman, thin borders, numbers with thousands separators (``#,##0``:
Excel shows them with dots under a Vietnamese locale), dates ``dd/mm/yyyy``, A4 landscape with
the header repeated on each printed page.

- Sheet "Theo dõi": units by tracked duties, each cell the status in words ("Quá hạn", "Trễ
  hạn", "Đúng hạn", "Chưa đến hạn", "Hết thời gian"), its details in a comment; the counts of
  each unit and of each duty are ``COUNTIF`` formulas, so they follow a hand correction.
- Sheet "Số liệu N", one per report duty: each unit expected, when it sent, on time or late
  (as the city's summary report says), the figures of its result file, the total of its
  money by formula, the totals of every column by formula; then the works reported and their
  totals by measure (``SUMIF``), and the result files left out for their errors.

openpyxl is the well-kept library for writing .xlsx; the workbook is stamped with the
fingerprint of its content (``raquan.owned``) so that a later run replaces it only if nobody
changed it.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from raquan import __version__
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import deadline_phrase, moment_phrase
from raquan.owned import FINGERPRINT_PROPERTY, PLACEHOLDER, stamp_package
from raquan.results.aggregate import measure
from raquan.results.collect import Returns
from raquan.status.matrix import Category, Cell, Matrix
from raquan.status.table import heading

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from raquan.status.run import Dashboard

FONT = "Times New Roman"
SIZE = 12
INTEGER = "#,##0"
DECIMAL = "#,##0.0#"
DATE = "dd/mm/yyyy"
MOMENT = "hh:mm dd/mm/yyyy"

CELL_WORDS = {
    Category.OVERDUE: "Quá hạn",
    Category.LATE: "Trễ hạn",
    Category.ON_TIME: "Đúng hạn",
    Category.PENDING: "Chưa đến hạn",
    Category.LAPSED: "Hết thời gian",
    Category.NO_DEADLINE: "Không ghi hạn",
}
"""What a cell of the matrix says; the counts are COUNTIF over these words."""

FILLS = {
    Category.OVERDUE: "F4C7C3",
    Category.LATE: "FCE8B2",
    Category.ON_TIME: "B7E1CD",
    Category.PENDING: "FFFFFF",
    Category.LAPSED: "E8EAED",
    Category.NO_DEADLINE: "F3F3F3",
}

RECEIVED_ON_TIME = "Đúng hạn"
RECEIVED_LATE = "Trễ hạn"
NOT_RECEIVED = "Chưa báo cáo"

_FIRST_ROW = 6
"""The first data row of each sheet (title, plan, date, blank, header above it)."""


class _Sheet:
    """A worksheet and the styles of a Vietnamese office's sheet."""

    def __init__(self, sheet: Worksheet) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415

        self.sheet = sheet
        self.Font = Font
        self.Alignment = Alignment
        self.PatternFill = PatternFill
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(
        self,
        row: int,
        column: int,
        value: Any,
        *,
        bold: bool = False,
        italic: bool = False,
        size: int = SIZE,
        align: str | None = None,
        wrap: bool = False,
        number: str | None = None,
        fill: str | None = None,
        boxed: bool = True,
    ) -> Any:
        cell = self.sheet.cell(row=row, column=column, value=value)
        cell.font = self.Font(name=FONT, size=size, bold=bold, italic=italic)
        cell.alignment = self.Alignment(horizontal=align, vertical="center", wrap_text=wrap)
        if number is not None:
            cell.number_format = number
        if fill is not None:
            cell.fill = self.PatternFill("solid", start_color=fill, end_color=fill)
        if boxed:
            cell.border = self.border
        return cell

    def title(self, lines: Sequence[str], width: int) -> None:
        """The title lines, each merged across ``width`` columns (rows 1-3)."""
        for n, text in enumerate(lines, start=1):
            self.put(
                n,
                1,
                text,
                bold=n == 1,
                italic=n == 3,
                size=14 if n == 1 else SIZE,
                align="center",
                wrap=True,
                boxed=False,
            )
            if width > 1:
                self.sheet.merge_cells(start_row=n, start_column=1, end_row=n, end_column=width)
        self.sheet.row_dimensions[2].height = 36

    def widths(self, widths: Sequence[float]) -> None:
        from openpyxl.utils import get_column_letter  # noqa: PLC0415

        for n, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(n)].width = width

    def print_setup(self, header_row: int) -> None:
        sheet = self.sheet
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415

        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = f"{header_row}:{header_row}"
        footer = sheet.oddFooter
        assert footer is not None
        footer.center.text = "Trang &P/&N"
        sheet.page_margins.left = sheet.page_margins.right = 0.5


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(column)


def _number(value: float) -> str:
    return INTEGER if float(value).is_integer() else DECIMAL


def _cell_text(cell: Cell) -> str:
    text = CELL_WORDS[cell.category]
    if cell.recurring:
        done, due = cell.counted
        text += f" ({done}/{due} kỳ)"
    return text


def _comment(cell: Cell, due_text: str) -> str:
    lines = [cell.status.label[:1].upper() + cell.status.label[1:] + "."]
    completion = cell.completion
    if completion is not None:
        lines.append(f"Gửi {moment_phrase(completion.at)}.")
        if completion.document:
            lines.append(completion.document + ".")
        lines.append(f"Nguồn: {completion.source}")
    elif cell.due is not None:
        lines.append(f"Hạn: {due_text}.")
    return "\n".join(lines)


def _matrix_sheet(sheet: _Sheet, matrix: Matrix, today: datetime.date) -> None:
    from openpyxl.comments import Comment  # noqa: PLC0415

    columns = matrix.columns
    counted = [c for c in Category if matrix.totals[c] or c is not Category.NO_DEADLINE]
    first_duty = 3
    first_count = first_duty + len(columns)
    width = first_count + len(counted) - 1
    sheet.title(
        [
            "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH",
            heading(matrix),
            f"(Tính đến ngày {short_date(today)})",
        ],
        width,
    )
    header = _FIRST_ROW - 1
    heads = ["STT", "Đơn vị"]
    heads += [f"{c.number}. {c.label}\n({c.due_text})" for c in columns]
    heads += [CELL_WORDS[c] for c in counted]
    for n, text in enumerate(heads, start=1):
        sheet.put(header, n, text, bold=True, align="center", wrap=True, fill="D9E2F3")
    sheet.sheet.row_dimensions[header].height = 96
    last = _FIRST_ROW + len(matrix.rows) - 1
    duty_range = f"${_letter(first_duty)}{{row}}:${_letter(first_count - 1)}{{row}}"
    for n, row in enumerate(matrix.rows):
        at = _FIRST_ROW + n
        sheet.put(at, 1, n + 1, align="center")
        sheet.put(at, 2, row.name)
        for k, column in enumerate(columns):
            cell = row.cells.get(column.duty_id)
            if cell is None:
                sheet.put(at, first_duty + k, None)
                continue
            written = sheet.put(
                at,
                first_duty + k,
                _cell_text(cell),
                align="center",
                fill=FILLS[cell.category],
            )
            written.comment = Comment(_comment(cell, column.due_text), "raquan", width=300)
        span = duty_range.format(row=at)
        for k, category in enumerate(counted):
            sheet.put(
                at,
                first_count + k,
                f'=COUNTIF({span},"{CELL_WORDS[category]}*")',
                align="center",
                number=INTEGER,
            )
    # The counts of each duty, one row per category, and the units each duty is given to.
    at = last + 1
    for category in counted:
        sheet.put(at, 1, None)
        sheet.put(at, 2, CELL_WORDS[category], bold=True)
        for k in range(len(columns)):
            letter = _letter(first_duty + k)
            sheet.put(
                at,
                first_duty + k,
                f'=COUNTIF({letter}{_FIRST_ROW}:{letter}{last},"{CELL_WORDS[category]}*")',
                align="center",
                number=INTEGER,
                bold=True,
            )
        for k in range(len(counted)):
            letter = _letter(first_count + k)
            sheet.put(
                at,
                first_count + k,
                f"=SUM({letter}{_FIRST_ROW}:{letter}{last})" if counted[k] is category else None,
                align="center",
                number=INTEGER,
                bold=True,
            )
        at += 1
    sheet.put(at, 1, None)
    sheet.put(at, 2, "Số đơn vị được giao", bold=True)
    for k in range(len(columns)):
        letter = _letter(first_duty + k)
        sheet.put(
            at,
            first_duty + k,
            f"=COUNTA({letter}{_FIRST_ROW}:{letter}{last})",
            align="center",
            number=INTEGER,
            bold=True,
        )
    for k in range(len(counted)):
        sheet.put(at, first_count + k, None)
    sheet.widths([6, 30, *([15] * len(columns)), *([10] * len(counted))])
    sheet.sheet.freeze_panes = f"{_letter(first_duty)}{_FIRST_ROW}"
    sheet.print_setup(header)


_FIGURE_HEADS = (
    "STT",
    "Đơn vị",
    "Ngày gửi",
    "Tình trạng",
    "Số người tham gia",
    "Số ngày công",
    "Ngân sách nhà nước (đồng)",
    "Nhân dân đóng góp (đồng)",
    "Doanh nghiệp, đơn vị (đồng)",
    "Tổng kinh phí (đồng)",
    "Tệp kết quả",
)


def _figures_sheet(
    sheet: _Sheet, matrix: Matrix, returns: Returns, today: datetime.date, names: dict[str, str]
) -> None:
    duty = returns.duty.duty
    plan = matrix.loaded.plan
    kind = duty.deliverable.kind if duty.deliverable else "báo cáo"
    said = deadline_phrase(duty.deadline, plan) if duty.deadline else "không ghi thời hạn"
    sheet.title(
        [
            f"SỐ LIỆU {kind.upper()} CỦA CÁC ĐƠN VỊ",
            f"{heading(matrix)}. Nhiệm vụ '{duty.id}', hạn {said}.",
            f"(Tính đến ngày {short_date(today)})",
        ],
        len(_FIGURE_HEADS),
    )
    header = _FIRST_ROW - 1
    for n, text in enumerate(_FIGURE_HEADS, start=1):
        sheet.put(header, n, text, bold=True, align="center", wrap=True, fill="D9E2F3")
    sheet.sheet.row_dimensions[header].height = 48
    last = _unit_figures(sheet, returns, names)
    at = _figure_totals(sheet, last)
    at = _works(sheet, returns, at + 1, names)
    if returns.broken:
        at += 1
        sheet.put(at, 1, "Tệp kết quả có lỗi, coi như chưa nhận:", bold=True, boxed=False)
        for name, errors in returns.broken:
            at += 1
            first = errors[0].message if errors else "không đọc được"
            sheet.put(at, 2, name, boxed=False)
            sheet.put(at, 3, f"{len(errors)} lỗi; {first}", boxed=False)
    sheet.widths([6, 30, 17, 14, 12, 12, 16, 16, 16, 17, 34])
    sheet.sheet.freeze_panes = f"C{_FIRST_ROW}"
    sheet.print_setup(header)


def _unit_figures(sheet: _Sheet, returns: Returns, names: dict[str, str]) -> int:
    """A row per unit expected: when it sent, on time or not, its figures; the last row."""
    expected = returns.expected
    last = _FIRST_ROW + max(len(expected), 1) - 1
    for n, unit in enumerate(expected):
        at = _FIRST_ROW + n
        sheet.put(at, 1, n + 1, align="center")
        sheet.put(at, 2, names.get(unit.id, unit.name))
        got = returns.received.get(unit.id)
        if got is None:
            sheet.put(at, 3, None)
            sheet.put(at, 4, NOT_RECEIVED, align="center", fill=FILLS[Category.OVERDUE])
            for column in range(5, len(_FIGURE_HEADS) + 1):
                sheet.put(at, column, None)
            continue
        report = got.report
        submitted = report.submitted
        sheet.put(
            at,
            3,
            submitted.moment() if submitted.time is not None else submitted.date,
            align="center",
            number=MOMENT if submitted.time is not None else DATE,
        )
        status = RECEIVED_LATE if got.late else RECEIVED_ON_TIME
        fill = FILLS[Category.LATE if got.late else Category.ON_TIME]
        sheet.put(at, 4, status, align="center", fill=fill)
        sheet.put(at, 5, report.participants, number=INTEGER)
        sheet.put(at, 6, report.workdays, number=_number(report.workdays))
        sheet.put(at, 7, report.money.state_budget, number=INTEGER)
        sheet.put(at, 8, report.money.people, number=INTEGER)
        sheet.put(at, 9, report.money.businesses, number=INTEGER)
        sheet.put(at, 10, f"=SUM(G{at}:I{at})", number=INTEGER)
        sheet.put(at, 11, got.source)
    return last


def _figure_totals(sheet: _Sheet, last: int) -> int:
    """The totals row (SUM of each column) and the counts of units by state; the next row."""
    at = last + 1
    sheet.put(at, 1, None)
    sheet.put(at, 2, "Tổng cộng", bold=True)
    sheet.put(at, 3, None)
    states = f"D{_FIRST_ROW}:D{last}"
    sheet.put(
        at,
        4,
        f'=COUNTIF({states},"{RECEIVED_ON_TIME}")&" đúng hạn, "&'
        f'COUNTIF({states},"{RECEIVED_LATE}")&" trễ hạn"',
        align="center",
        bold=True,
    )
    for column in range(5, 11):
        letter = _letter(column)
        sheet.put(
            at,
            column,
            f"=SUM({letter}{_FIRST_ROW}:{letter}{last})",
            number=INTEGER if column != 6 else DECIMAL,
            bold=True,
        )
    sheet.put(at, 11, None)
    at += 2
    for words in (RECEIVED_ON_TIME, RECEIVED_LATE, NOT_RECEIVED):
        sheet.put(at, 2, f"Số đơn vị {words.lower()}", bold=True)
        sheet.put(at, 3, f'=COUNTIF({states},"{words}")', align="center", number=INTEGER)
        at += 1
    return at


def _works(sheet: _Sheet, returns: Returns, at: int, names: dict[str, str]) -> int:
    """The works each unit reported, and their totals by measure (SUMIF)."""
    works = [
        (unit_id, work) for unit_id, got in returns.received.items() for work in got.report.works
    ]
    if not works:
        return at
    sheet.put(at, 1, "KHỐI LƯỢNG THỰC HIỆN", bold=True, boxed=False)
    at += 1
    heads = ("STT", "Đơn vị", "Công trình, phần việc", "Tình trạng", "Khối lượng", "Đơn vị tính")
    for n, text in enumerate(heads, start=1):
        sheet.put(at, n, text, bold=True, align="center", wrap=True, fill="D9E2F3")
    first = at + 1
    order = {unit.id: n for n, unit in enumerate(returns.expected)}
    works.sort(key=lambda pair: order.get(pair[0], len(order)))
    for n, (unit_id, work) in enumerate(works):
        at += 1
        sheet.put(at, 1, n + 1, align="center")
        sheet.put(at, 2, names.get(unit_id, unit_id))
        sheet.put(at, 3, work.name, wrap=True)
        sheet.put(at, 4, work.state, align="center")
        sheet.put(at, 5, work.quantity, number=_number(work.quantity))
        sheet.put(at, 6, measure(work.measure), align="center")
    last = at
    at += 1
    sheet.put(at, 2, "Cộng theo đơn vị tính", bold=True, boxed=False)
    for unit_of_measure in dict.fromkeys(measure(work.measure) for _, work in works):
        at += 1
        sheet.put(at, 3, None, boxed=False)
        sheet.put(
            at,
            5,
            f'=SUMIF(F{first}:F{last},"{unit_of_measure}",E{first}:E{last})',
            number=DECIMAL,
            bold=True,
        )
        sheet.put(at, 6, unit_of_measure, align="center", bold=True)
    return at + 1


def _sheet_name(prefix: str, name: str) -> str:
    return f"{prefix}{name}"[:31]


def render_workbook(dashboard: Dashboard) -> bytes:
    """The workbook of every matrix (and the figures of its report duties), stamped."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.packaging.custom import StringProperty  # noqa: PLC0415

    book = Workbook()
    book.remove(book.worksheets[0])
    several = len(dashboard.matrices) > 1
    for p, matrix in enumerate(dashboard.matrices, start=1):
        prefix = f"{p} " if several else ""
        names = {row.unit.id: row.name for row in matrix.rows}
        _matrix_sheet(
            _Sheet(book.create_sheet(_sheet_name(prefix, "Theo dõi"))), matrix, dashboard.today
        )
        for n, returns in enumerate(dashboard.figures.get(matrix.plan_id, []), start=1):
            sheet = _Sheet(book.create_sheet(_sheet_name(prefix, f"Số liệu {n}")))
            _figures_sheet(sheet, matrix, returns, dashboard.today, names)
    if not dashboard.matrices:
        sheet = _Sheet(book.create_sheet("Theo dõi"))
        sheet.title(
            [
                "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH",
                "Không có nhiệm vụ nào được theo dõi.",
                f"(Tính đến ngày {short_date(dashboard.today)})",
            ],
            1,
        )
    book.properties.creator = f"raquan {__version__}"
    book.properties.title = "Theo dõi thực hiện kế hoạch"
    book.properties.language = "vi-VN"
    # openpyxl has custom properties since 3.1; its type stubs do not say so yet.
    cast(Any, book).custom_doc_props.append(
        StringProperty(name=FINGERPRINT_PROPERTY, value=PLACEHOLDER)
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return stamp_package(buffer.getvalue())
