"""Word documents built the ways other tools and clerks build them: a header of tab-separated
halves with drawn lines, a header in text boxes; for the layout checks' tests."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from raquan.domain.layout import MOTTO, NATIONAL_NAME
from raquan.domain.textwidth import text_width_cm
from raquan.render.frame import closing_block, setup_document, title_block
from raquan.render.parts import ClosingBlock
from raquan.render.typeset import Typesetter
from raquan.render.word import Footnotes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
EMU_PER_CM = 360_000
LEFT_CENTRE_CM = 3.25
RIGHT_CENTRE_CM = 11.5
BODY = """\
Thực hiện Kế hoạch số 36/KH-UBND ngày 06/01/2023 của Ủy ban nhân dân tỉnh Kon Tum về triển khai \
các hoạt động Lễ ra quân đầu năm 2023, UBND thành phố ban hành Kế hoạch với những nội dung sau:

I. MỤC ĐÍCH YÊU CẦU:

Tạo khí thế sôi nổi, thi đua yêu nước, hăng say lao động, sản xuất từ thành phố đến các xã, \
phường ngay từ những ngày đầu năm.

Trên đây là Kế hoạch tổ chức ra quân đầu xuân Quý Mão năm 2023 trên địa bàn thành phố Kon Tum./.
"""


def _anchor(shape: str, left_cm: float, width_cm: float, height_cm: float, ident: int) -> str:
    cx, cy = round(width_cm * EMU_PER_CM), round(height_cm * EMU_PER_CM)
    return (
        f'<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{round(left_cm * EMU_PER_CM)}'
        "</wp:posOffset></wp:positionH>"
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{ident}" name="Hình {ident}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape">{shape}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )


def add_line(paragraph: Paragraph, centre_cm: float, length_cm: float, ident: int) -> None:
    """A drawn straight line (DrawingML), centred at ``centre_cm`` from the column's left."""
    shape = (
        f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{round(length_cm * EMU_PER_CM)}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>'
    )
    paragraph._p.append(parse_xml(_anchor(shape, centre_cm - length_cm / 2, length_cm, 0, ident)))


def _run(text: str, size: float, *, bold: bool = False, italic: bool = False) -> str:
    look = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    half = round(size * 2)
    return (
        f'<w:r><w:rPr>{look}<w:sz w:val="{half}"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def _box_paragraph(runs: str, *, rule_cm: float | None = None, width_cm: float = 0) -> str:
    border = ""
    if rule_cm is not None:
        indent = round((width_cm - rule_cm) / 2 / 2.54 * 1440)
        border = (
            '<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'
            f'<w:ind w:left="{indent}" w:right="{indent}"/>'
        )
    return f'<w:p><w:pPr>{border}<w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>{runs}</w:p>'


def add_text_box(
    paragraph: Paragraph, left_cm: float, width_cm: float, paragraphs: list[str], ident: int
) -> None:
    """A text box (DrawingML) at ``left_cm`` holding ``paragraphs`` (``w:p`` XML)."""
    shape = (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{''.join(paragraphs)}"
        '</w:txbxContent></wps:txbx><wps:bodyPr lIns="0" rIns="0"/></wps:wsp>'
    )
    paragraph._p.append(parse_xml(_anchor(shape, left_cm, width_cm, 3.0, ident)))


def _tabbed(
    document: Document, left: str, right: str, sizes: tuple[float, float], **look: bool
) -> Paragraph:
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Cm(0)
    for position in (LEFT_CENTRE_CM, RIGHT_CENTRE_CM):
        fmt.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.CENTER)
    for text, size, bold in (
        ("\t" + left, sizes[0], look.get("left_bold", True)),
        ("\t" + right, sizes[1], look.get("right_bold", True)),
    ):
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = look.get("italic", False) and text.startswith("\tKon")
    return paragraph


def _rest(document: Document) -> None:
    title_block(document, "Kế hoạch", "Tổ chức ra quân đầu Xuân Quý Mão năm 2023")
    Typesetter(Footnotes(document), text_width_cm=16.5).add(document, BODY)
    left = closing_block(
        document, ClosingBlock(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn A")
    )
    for line in ("- UBND tỉnh;", "- Lưu: VT, KTN."):
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Cm(0)
        run = paragraph.add_run(line)
        run.font.size = Pt(11)


def tabbed_header_document(path: Path) -> Path:
    """The header as two tab-separated halves per line, with drawn lines under the issuer and
    the motto (as many clerks type it in Word)."""
    document = docx.Document()
    setup_document(document)
    _tabbed(document, "ỦY BAN NHÂN DÂN", NATIONAL_NAME, (13, 12))
    _tabbed(document, "THÀNH PHỐ KON TUM", MOTTO, (13, 13))
    rules = document.add_paragraph()
    rules.paragraph_format.first_line_indent = Cm(0)
    issuer = text_width_cm("THÀNH PHỐ KON TUM", 13, bold=True)
    add_line(rules, LEFT_CENTRE_CM, 0.4 * issuer, 1)
    add_line(rules, RIGHT_CENTRE_CM, text_width_cm(MOTTO, 13, bold=True), 2)
    number = _tabbed(
        document,
        "Số: 05/KH-UBND",
        "Kon Tum, ngày 05 tháng 01 năm 2023",
        (13, 13),
        left_bold=False,
        right_bold=False,
        italic=True,
    )
    number.paragraph_format.space_after = Pt(6)
    _rest(document)
    document.save(str(path))
    return path


def text_box_header_document(path: Path) -> Path:
    """The header in two text boxes (left: issuer, rule, number; right: national name, motto,
    rule, place and date)."""
    document = docx.Document()
    setup_document(document)
    anchor = document.add_paragraph()
    anchor.paragraph_format.first_line_indent = Cm(0)
    left_width, right_width = 6.0, 9.5
    issuer = text_width_cm("THÀNH PHỐ KON TUM", 13, bold=True)
    motto = text_width_cm(MOTTO, 13, bold=True)
    add_text_box(
        anchor,
        0.0,
        left_width,
        [
            _box_paragraph(_run("ỦY BAN NHÂN DÂN", 13, bold=True)),
            _box_paragraph(_run("THÀNH PHỐ KON TUM", 13, bold=True)),
            _box_paragraph("", rule_cm=0.4 * issuer, width_cm=left_width),
            _box_paragraph(_run("Số: 05/KH-UBND", 13)),
        ],
        1,
    )
    add_text_box(
        anchor,
        7.0,
        right_width,
        [
            _box_paragraph(_run(NATIONAL_NAME, 12, bold=True)),
            _box_paragraph(_run(MOTTO, 13, bold=True)),
            _box_paragraph("", rule_cm=motto, width_cm=right_width),
            _box_paragraph(_run("Kon Tum, ngày 05 tháng 01 năm 2023", 13, italic=True)),
        ],
        2,
    )
    _rest(document)
    document.save(str(path))
    return path


def letter_document(path: Path) -> Path:
    """A công văn: no type name; "V/v ..." under the number, "Kính gửi:" before the body."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from raquan.render.frame import header_block
    from raquan.render.parts import HeaderBlock

    document = docx.Document()
    setup_document(document)
    header_block(
        document,
        HeaderBlock(
            supervising_body=[],
            issuing_body=["Ủy ban nhân dân", "thành phố Kon Tum"],
            number_line="Số: 12/UBND-VX",
            place_date="Kon Tum, ngày 09 tháng 02 năm 2023",
        ),
    )
    cell = document.tables[0].rows[1].cells[0]
    summary = cell.add_paragraph()
    summary.alignment = WD_ALIGN_PARAGRAPH.CENTER
    summary.paragraph_format.space_after = Pt(0)
    run = summary.add_run("V/v triển khai Lễ ra quân đầu xuân năm 2023")
    run.font.size = Pt(12)
    greeting = document.add_paragraph()
    greeting.alignment = WD_ALIGN_PARAGRAPH.CENTER
    greeting.paragraph_format.space_before = Pt(12)
    greeting.add_run("Kính gửi: Ủy ban nhân dân các xã, phường").font.size = Pt(14)
    Typesetter(Footnotes(document), text_width_cm=16.5).add(document, BODY)
    left = closing_block(
        document,
        ClosingBlock(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn A"),
    )
    for line in ("- Như trên;", "- Lưu: VT, VX."):
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Cm(0)
        paragraph.add_run(line).font.size = Pt(11)
    document.save(str(path))
    return path


V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def vml_header_document(path: Path) -> Path:
    """The header in VML text boxes (as older Word versions write it), with a VML line under
    the motto drawn in the paragraph below the right box's text."""
    document = docx.Document()
    setup_document(document)
    anchor = document.add_paragraph()
    anchor.paragraph_format.first_line_indent = Cm(0)
    issuer = text_width_cm("THÀNH PHỐ KON TUM", 13, bold=True)
    motto = text_width_cm(MOTTO, 13, bold=True)
    left_pt, right_pt = 6.0 / 2.54 * 72, 9.5 / 2.54 * 72
    right_cm = 9.5 - 2 * 0.254
    boxes = (
        (
            0.0,
            left_pt,
            [
                _box_paragraph(_run("ỦY BAN NHÂN DÂN", 13, bold=True)),
                _box_paragraph(_run("THÀNH PHỐ KON TUM", 13, bold=True)),
                _box_paragraph("", rule_cm=0.4 * issuer, width_cm=6.0),
                _box_paragraph(_run("Số: 05/KH-UBND", 13)),
            ],
            ' inset="0,0,0,0"',
        ),
        (
            7.0 / 2.54 * 72,
            right_pt,
            [
                _box_paragraph(_run(NATIONAL_NAME, 12, bold=True)),
                _box_paragraph(_run(MOTTO, 13, bold=True)),
                _box_paragraph(
                    f"<w:r><w:pict><v:line {V_NS} "
                    f'from="{(right_cm - motto) / 2 / 2.54 * 72:.2f}pt,0" '
                    f'to="{(right_cm + motto) / 2 / 2.54 * 72:.2f}pt,0" '
                    'style="position:absolute;mso-position-horizontal-relative:text"/></w:pict></w:r>'
                ),
                _box_paragraph(_run("Kon Tum, ngày 05 tháng 01 năm 2023", 13, italic=True)),
            ],
            "",
        ),
    )
    for margin, width, paragraphs, inset in boxes:
        anchor._p.append(
            parse_xml(
                f'<w:r {NS} {V_NS}><w:pict><v:shape type="#_x0000_t202" style="position:absolute;'
                f"margin-left:{margin:.2f}pt;margin-top:0;width:{width:.2f}pt;height:90pt;"
                f'mso-position-horizontal-relative:text"><v:textbox{inset}><w:txbxContent>'
                f"{''.join(paragraphs)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
            )
        )
    _rest(document)
    document.save(str(path))
    return path
