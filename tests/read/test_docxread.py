"""What the .docx reader sees in a document, as Word shows it: numbering, headings, fields,
tracked changes, hidden text, capitals, footnotes, text boxes, merged cells; and the "đoạn N"
numbering every located finding uses."""

from __future__ import annotations

import zipfile
from pathlib import Path

from raquan.read.docxread import format_number, letters, read_docx, roman
from raquan.read.paragraphs import Note, Table

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/></Types>'
)


def docx(
    tmp_path: Path,
    body: str,
    *,
    numbering: str = "",
    styles: str = "",
    footnotes: str = "",
    name: str = "van-ban.docx",
) -> Path:
    """A package with a main part whose ``w:body`` is ``body``, found through the package's
    relationships like Word's own, and the optional numbering, styles and footnotes parts."""
    parts = {"numbering": numbering, "styles": styles, "footnotes": footnotes}
    rels = "".join(
        f'<Relationship Id="r{i}" Type="{RELS}/{kind}" Target="{kind}.xml"/>'
        for i, (kind, xml) in enumerate(parts.items())
        if xml
    )
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="d" Type="{RELS}/officeDocument" Target="word/main.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/_rels/main.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>",
        )
        archive.writestr("word/main.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        for kind, xml in parts.items():
            if xml:
                root = {"numbering": "numbering", "styles": "styles", "footnotes": "footnotes"}
                archive.writestr(f"word/{kind}.xml", f"<w:{root[kind]} {NS}>{xml}</w:{root[kind]}>")
    return path


def p(*runs: str, ppr: str = "") -> str:
    inner = "".join(runs)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def num(num_id: int, level: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def level(index: int, fmt: str, text: str) -> str:
    """A list level: its number format and text."""
    return (
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


LIST = (
    '<w:abstractNum w:abstractNumId="7">'
    + level(0, "upperRoman", "%1.")
    + level(1, "decimal", "%2.")
    + level(2, "lowerLetter", "%3)")
    + level(3, "bullet", "\uf0b7")
    + level(4, "bullet", "o")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="8">'
    + level(0, "decimal", "%1.")
    + level(1, "decimal", "%1.%2.")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="1">'
    '<w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>'
)
"""A Roman, number, letter, bullet list (and a copy restarting its numbers at 5), and a
"1." / "1.1." list."""


def test_word_numbering_becomes_the_markers_a_clerk_sees(tmp_path: Path) -> None:
    body = "".join(
        [
            p(r("MỤC ĐÍCH"), ppr=num(1, 0)),
            p(r("Mục đích"), ppr=num(1, 1)),
            p(r("điểm một"), ppr=num(1, 2)),
            p(r("điểm hai"), ppr=num(1, 2)),
            p(r("gạch"), ppr=num(1, 3)),
            p(r("cộng"), ppr=num(1, 4)),
            p(r("Yêu cầu"), ppr=num(1, 1)),
            p(r("điểm mới"), ppr=num(1, 2)),
            p(r("NỘI DUNG"), ppr=num(1, 0)),
            p(r("lại từ một"), ppr=num(1, 1)),
            p(r("bắt đầu từ năm"), ppr=num(2, 1)),
            p(r("tiếp"), ppr=num(2, 1)),
            p(r("không đánh số"), ppr=num(0, 0)),
        ]
    )
    document = read_docx(docx(tmp_path, body, numbering=LIST))
    assert [paragraph.text for paragraph in document.paragraphs] == [
        "I. MỤC ĐÍCH",
        "1. Mục đích",
        "a) điểm một",
        "b) điểm hai",
        "- gạch",
        "+ cộng",
        "2. Yêu cầu",
        "a) điểm mới",
        "II. NỘI DUNG",
        "1. lại từ một",
        "5. bắt đầu từ năm",
        "6. tiếp",
        "không đánh số",
    ]


def test_numbering_of_a_list_style_and_levels_of_several_numbers(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="DanhSach"><w:name w:val="Danh sách"/>'
        f"<w:pPr>{num(3, 1)}</w:pPr></w:style>"
    )
    style = '<w:pStyle w:val="DanhSach"/>'
    body = "".join(
        [
            p(r("Một"), ppr=num(3, 0)),
            p(r("Một chấm một"), ppr=style),
            p(r("Một chấm hai"), ppr=style),
            p(r("Hai"), ppr=num(3, 0)),
            p(r("Hai chấm một"), ppr=style),
        ]
    )
    document = read_docx(docx(tmp_path, body, numbering=LIST, styles=styles))
    assert [paragraph.marker for paragraph in document.paragraphs] == [
        "1.",
        "1.1.",
        "1.2.",
        "2.",
        "2.1.",
    ]


def test_number_formats() -> None:
    assert [letters(n) for n in (1, 5, 26, 27)] == ["a", "e", "z", "aa"]
    assert roman(14) == "xiv"
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(3, "decimalZero") == "03"


def test_headings_bold_italic_and_alignment_from_styles(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Tieude"><w:name w:val="Tiêu đề riêng"/>'
        '<w:basedOn w:val="Heading1"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
        '<w:style w:type="character" w:styleId="Nghieng"><w:name w:val="Nghiêng"/>'
        "<w:rPr><w:i/></w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Cap2"><w:name w:val="Mức hai"/>'
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = (
        p(r("KẾ HOẠCH"), ppr='<w:pStyle w:val="Tieude"/>')
        + p(r("thường "), r("nghiêng", '<w:rStyle w:val="Nghieng"/>'), r(" đậm", "<w:b/>"))
        + p(r("Mục"), ppr='<w:pStyle w:val="Cap2"/>')
        + p(r("không đậm", '<w:b w:val="0"/>'), ppr='<w:pStyle w:val="Heading1"/>')
    )
    first, second, third, fourth = read_docx(docx(tmp_path, body, styles=styles)).paragraphs
    assert (first.heading, first.align, first.bold) == (1, "center", True)
    assert [(run.text, run.bold, run.italic) for run in second.runs] == [
        ("thường ", False, False),
        ("nghiêng", False, True),
        (" đậm", True, False),
    ]
    assert third.heading == 2
    assert not fourth.bold


def test_fields_tracked_changes_hidden_text_and_capitals(tmp_path: Path) -> None:
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = (
        p(r("Trang "), field)
        + p(
            r("giữ "),
            "<w:ins>" + r("thêm ") + "</w:ins>",
            "<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>",
        )
        + p(r("hiện "), r("ẩn", "<w:vanish/>"), r(" chữ hoa", "<w:caps/>"))
        + p('<w:hyperlink r:id="x" xmlns:r="r">' + r("liên kết") + "</w:hyperlink>")
        + p("<w:sdt><w:sdtContent>" + r("ô nhập") + "</w:sdtContent></w:sdt>")
        + p(r("Dòng một"), "<w:r><w:br/></w:r>", r("dòng hai"), "<w:r><w:tab/></w:r>", r("cột"))
        + p('<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>', r(" Gạch bằng ký hiệu"))
    )
    texts = [paragraph.text for paragraph in read_docx(docx(tmp_path, body)).paragraphs]
    assert texts == [
        "Trang 3",
        "giữ thêm ",
        "hiện  CHỮ HOA",
        "liên kết",
        "ô nhập",
        "Dòng một\ndòng hai\tcột",
        "- Gạch bằng ký hiệu",
    ]


def test_footnotes_are_kept_aside_with_their_marks(tmp_path: Path) -> None:
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Tại Báo cáo 918/BC-PKT.")
        + "</w:p></w:footnote>"
    )
    body = p(r("Phòng Kinh tế"), '<w:r><w:footnoteReference w:id="2"/></w:r>', r(", UBND"))
    document = read_docx(docx(tmp_path, body, footnotes=notes))
    (paragraph,) = document.paragraphs
    assert [run.note for run in paragraph.runs] == [None, "footnote:2", None]
    assert "".join(run.text for run in document.notes["footnote:2"]).strip() == (
        "Tại Báo cáo 918/BC-PKT."
    )


def test_text_boxes_are_skipped_with_a_note(tmp_path: Path) -> None:
    box = (
        "<w:r><w:drawing><wp:anchor xmlns:wp='wp'><w:txbxContent>"
        + p(r("Chữ trong khung"))
        + "</w:txbxContent></wp:anchor></w:drawing></w:r>"
    )
    body = p(r("Trước")) + p(r("Có khung "), box) + p(r("Sau"))
    document = read_docx(docx(tmp_path, body))
    assert [(x.number, x.text) for x in document.paragraphs] == [
        (1, "Trước"),
        (2, "Có khung "),
        (3, "Sau"),
    ]
    assert document.skipped == [
        Note(
            2,
            "bỏ qua 1 khung văn bản (text box) hoặc hình vẽ có chữ; nội dung trong khung "
            "không được nhập.",
        )
    ]


def test_tables_with_merged_cells_and_paragraph_numbers(tmp_path: Path) -> None:
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(r(text))}</w:tc>"

    rows = [
        cell("STT") + cell("Nội dung") + cell("Chủ trì"),
        cell("1") + cell("Việc một") + cell("Công an xã", '<w:vMerge w:val="restart"/>'),
        cell("2") + cell("Việc hai") + cell("", "<w:vMerge/>"),
        cell("Tổng", '<w:gridSpan w:val="3"/>'),
    ]
    table = "<w:tbl>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"
    document = read_docx(docx(tmp_path, p(r("Trước bảng")) + table + p(r("Sau bảng"))))
    (before, found, after) = document.blocks
    assert isinstance(found, Table)
    assert [[c.text for c in row] for row in found.grid()] == [
        ["STT", "Nội dung", "Chủ trì"],
        ["1", "Việc một", "Công an xã"],
        ["2", "Việc hai", "Công an xã"],
        ["Tổng", "Tổng", "Tổng"],
    ]
    # Every paragraph mark counts, table cells included, in document order.
    assert (before.number, after.number) == (1, 12)
    assert [x.number for x in found.paragraphs] == list(range(2, 12))
    assert found.paragraphs[4].cell is not None
    assert (found.paragraphs[4].cell.row, found.paragraphs[4].cell.column) == (1, 1)
