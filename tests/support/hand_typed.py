"""A plan typed by hand in Word by a fictional commune (xã Hòa Phú), not made by raquan, with
four mistakes planted for ``raquan check`` to find; and its unit registry.

Shapes real offices use: the header as a borderless table, a title and a typed rule of
dashes, "Căn cứ" in italics, parts as Heading 1 with Word's Roman numbering, items and points
numbered by Word ("1.", "a)") and by hand, bullets drawn by Word ("-", "+"), uneven spaces and a
space before a colon, the closing block as tab-separated lines, and times written
"07 giờ 30 phút" and "17 giờ 00", dates without leading zeros.

Planted mistakes (what ``raquan check`` must report, at these paragraphs):

- ``WRONG_WEEKDAY``: "thứ Ba, ngày 16/9/2024" (16/9/2024 is a Monday): RQ206;
- ``BEFORE_ISSUE``: a deadline "trước ngày 25/7/2024" in a plan issued on 02/8/2024: RQ201;
- ``UNKNOWN_UNIT``: "Ban Văn hóa - Thông tin xã", which is not in the registry: RQ101;
- ``ON_SUNDAY``: "hạn chót: 15/9/2024 (Chủ nhật)": RQ202 (a warning).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from support.word_plans import WordPlan

REGISTRY = """\
raquan: 1
kind: units
area: xã Hòa Phú
units:
  - id: ubnd-xa
    name: Ủy ban nhân dân xã Hòa Phú
    short: UBND xã
    aliases: [UBND xã Hòa Phú]
    kind: ủy ban nhân dân
    level: xã
  - id: van-phong
    name: Văn phòng - Thống kê xã
    aliases: [Văn phòng - Thống kê]
    kind: văn phòng
    level: xã
  - id: cong-an
    name: Công an xã
    kind: lực lượng vũ trang
    level: xã
  - id: quan-su
    name: Ban Chỉ huy Quân sự xã
    kind: lực lượng vũ trang
    level: xã
  - id: tram-y-te
    name: Trạm Y tế xã
    kind: đơn vị sự nghiệp
    level: xã
  - id: mttq
    name: Ủy ban MTTQ Việt Nam xã
    aliases: [Ủy ban Mặt trận Tổ quốc Việt Nam xã]
    kind: mặt trận tổ quốc
    level: xã
  - id: doan-thanh-nien
    name: Đoàn Thanh niên xã
    kind: tổ chức chính trị - xã hội
    level: xã
  - id: ubnd-huyen
    name: Ủy ban nhân dân huyện Hòa Vang
    short: UBND huyện
    kind: ủy ban nhân dân
    level: huyện
  - id: phong-vhtt
    name: Phòng Văn hóa và Thông tin huyện
    aliases: [Phòng VH&TT huyện]
    kind: phòng
    level: huyện
"""

ISSUED = datetime.date(2024, 8, 2)
WRONG_WEEKDAY = "thứ Ba, ngày 16/9/2024"
BEFORE_ISSUE = "trước ngày 25/7/2024"
UNKNOWN_UNIT = "Ban Văn hóa - Thông tin xã"
ON_SUNDAY = "hạn chót: 15/9/2024 (Chủ nhật)"

DUTIES: list[tuple[str, str, tuple[str, datetime.date, datetime.time | None] | None]] = [
    ("Văn phòng - Thống kê xã", "Tham mưu UBND xã", ("trước", datetime.date(2024, 8, 20), None)),
    ("Văn phòng - Thống kê xã", "Chuẩn bị hội trường", ("trước", datetime.date(2024, 7, 25), None)),
    ("Công an xã", "Chủ trì, phối hợp", None),
    ("Trạm Y tế xã", "Bố trí cán bộ y tế", None),
    (
        "Ủy ban MTTQ Việt Nam xã",
        "a) Chủ trì xây dựng kịch bản",
        ("chậm nhất", datetime.date(2024, 9, 6), datetime.time(17, 0)),
    ),
    (
        "Ủy ban MTTQ Việt Nam xã",
        "b) Tổng hợp, báo cáo",
        ("trước", datetime.date(2024, 9, 30), None),
    ),
    (
        UNKNOWN_UNIT,
        "Phối hợp với Đoàn Thanh niên xã",
        ("chậm nhất", datetime.date(2024, 9, 15), None),
    ),
    (UNKNOWN_UNIT, "Trang trí khánh tiết", None),
]
"""Each duty: its unit (registry name, or as written), how its text starts, its deadline."""


def hand_typed_plan(folder: Path) -> Path:
    """Write the Word plan and its registry into ``folder``; the plan's path."""
    (folder / "units.yaml").write_text(REGISTRY, encoding="utf-8")
    word = WordPlan()
    header = word.table(
        [
            [
                ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ", "-------"],
                [
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "---------------",
                ],
            ],
            ["Số:  27 /KH-UBND", "Hòa Phú, ngày 02  tháng 8 năm 2024"],
        ],
        borders=False,
    )
    for cell in header.rows[0].cells:
        for paragraph in cell.paragraphs[:2]:
            for run in paragraph.runs:
                run.bold = True
    word.paragraph("")
    word.paragraph("KẾ HOẠCH", align="center", bold=True)
    word.paragraph("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024", align="center", bold=True)
    word.paragraph("-----------", align="center")
    word.paragraph(
        (
            "Căn cứ Kế hoạch số 85/KH-UBND ngày 01/7/2024 của UBND huyện Hòa Vang về tổ chức "
            "Ngày hội Đại đoàn kết toàn dân tộc năm 2024;",
            {"italic": True},
        )
    )
    word.paragraph("Ủy ban nhân dân xã xây dựng Kế hoạch như sau:", align="justify")
    parts = word.numbered(
        [
            ("upperRoman", "%1."),
            ("decimal", "%2."),
            ("lowerLetter", "%3)"),
            ("bullet", "-"),
            ("bullet", "+"),
        ]
    )
    word.paragraph("MỤC ĐÍCH, YÊU CẦU", num=parts, style="Heading 1")
    word.paragraph(
        "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.", num=parts, level=3
    )
    word.paragraph("Tổ chức trang trọng, tiết kiệm,  thiết thực.", num=parts, level=3)
    word.paragraph("NỘI DUNG", num=parts, style="Heading 1")
    word.paragraph(
        "Thời gian, địa điểm :  Ngày hội được tổ chức vào lúc 07 giờ 30 phút, "
        f"{WRONG_WEEKDAY} tại Nhà văn hóa thôn Phú Túc.",
        num=parts,
        level=1,
    )
    word.paragraph(
        "Nội dung: Lễ tôn vinh các gia đình tiêu biểu, hoạt động văn nghệ, thể thao.",
        num=parts,
        level=1,
    )
    word.paragraph("III. TỔ CHỨC THỰC HIỆN", bold=True)
    items = word.numbered(
        [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "–"), ("bullet", "+")]
    )
    word.paragraph("Văn phòng  -  Thống kê:", num=items, bold=True)
    word.paragraph(
        "Tham mưu UBND xã ban hành Quyết định thành lập Ban Tổ chức Ngày hội, hoàn thành "
        "trước ngày 20/8/2024.",
        num=items,
        level=2,
    )
    word.paragraph(f"Chuẩn bị hội trường, âm thanh, ánh sáng {BEFORE_ISSUE}.", num=items, level=2)
    word.paragraph("Công an xã:", num=items, bold=True)
    word.paragraph(
        "Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã bảo đảm an ninh trật tự trong Ngày hội.",
        num=items,
        level=2,
    )
    word.paragraph(
        ("Trạm Y tế xã:", {"bold": True}),
        " Bố trí cán bộ y tế trực tại Ngày hội.",
        num=items,
    )
    word.paragraph("Đề nghị Ủy ban MTTQ Việt Nam xã:", num=items, bold=True)
    word.paragraph(
        "Chủ trì xây dựng kịch bản, chương trình Ngày hội, gửi về UBND xã chậm nhất 17 giờ 00 "
        "ngày 06/9/2024.",
        num=items,
        level=1,
    )
    word.paragraph(
        "Tổng hợp, báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin huyện) trước "
        "ngày 30/9/2024.",
        num=items,
        level=1,
    )
    word.paragraph(f"{UNKNOWN_UNIT}:", num=items, bold=True)
    word.paragraph(
        f"Phối hợp với Đoàn Thanh niên xã tổ chức các hoạt động văn nghệ, thể thao, {ON_SUNDAY}.",
        num=items,
        level=2,
    )
    word.paragraph(
        "Trang trí khánh tiết, cổ động trực quan tại Nhà văn hóa thôn.", num=items, level=2
    )
    word.paragraph(
        "Trên đây là Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 của UBND xã "
        "Hòa Phú./.",
        align="justify",
    )
    word.paragraph("")
    for line in (
        (
            ("Nơi nhận:", {"bold": True, "italic": True}),
            "\t\t\t\t",
            ("TM. ỦY BAN NHÂN DÂN", {"bold": True}),
        ),
        ("- UBND huyện (b/c);", "\t\t\t\t", ("CHỦ TỊCH", {"bold": True})),
        ("- Phòng VH&TT huyện;",),
        ("- Ủy ban MTTQ Việt Nam xã;",),
        ("- Lưu: VT.",),
        ("\t\t\t\t\t", ("(Đã ký)", {"italic": True})),
        ("\t\t\t\t\t", ("Nguyễn Văn An", {"bold": True})),
    ):
        word.paragraph(*line)
    return word.save(folder / "ke-hoach-ngay-hoi.docx")
