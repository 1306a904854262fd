"""The fictional assignment-table plan (xã Tân Lập, tests/fixtures/import/ke-hoach-mau-bang-phan-
cong.md) typed in Word: the duties in a six-column table, and a registry of the commune."""

from __future__ import annotations

from pathlib import Path

from support.word_plans import WordPlan

REGISTRY = """\
raquan: 1
kind: units
area: xã Tân Lập
units:
  - id: ubnd-xa
    name: Ủy ban nhân dân xã Tân Lập
    short: UBND xã
    aliases: [UBND xã Tân Lập]
    kind: ủy ban nhân dân
    level: xã
  - id: van-phong
    name: Văn phòng - Thống kê
    kind: văn phòng
    level: xã
  - id: dia-chinh
    name: Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường
    kind: khác
    level: xã
  - id: cong-an
    name: Công an xã
    kind: lực lượng vũ trang
    level: xã
  - id: mttq
    name: Ủy ban MTTQ Việt Nam xã
    kind: mặt trận tổ quốc
    level: xã
  - id: doan-thanh-nien
    name: Đoàn Thanh niên xã
    aliases: [Đoàn Thanh niên]
    kind: tổ chức chính trị - xã hội
    level: xã
  - id: hoi-phu-nu
    name: Hội Phụ nữ xã
    kind: tổ chức chính trị - xã hội
    level: xã
  - id: thon-1
    name: Thôn 1
    kind: khác
    level: xã
  - id: thon-2
    name: Thôn 2
    kind: khác
    level: xã
  - id: ubnd-huyen
    name: Ủy ban nhân dân huyện
    short: UBND huyện
    kind: ủy ban nhân dân
    level: huyện
  - id: phong-tnmt
    name: Phòng Tài nguyên và Môi trường huyện
    kind: phòng
    level: huyện
groups:
  - id: cac-thon
    name: Các thôn
    members: [thon-1, thon-2]
  - id: mttq-doan-the
    name: Ủy ban MTTQ Việt Nam xã và các đoàn thể
    members: [mttq, doan-thanh-nien, hoi-phu-nu]
"""

HEADER = (
    "STT",
    "Nội dung công việc",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
)
ROWS = (
    (
        "1",
        "Treo băng rôn, khẩu hiệu hưởng ứng tại trụ sở và các thôn",
        "Văn phòng - Thống kê",
        "Các thôn",
        "Trước ngày 31/5/2024",
        "Băng rôn, khẩu hiệu",
    ),
    (
        "2",
        "Tổ chức Lễ mít tinh hưởng ứng Ngày Môi trường thế giới",
        "Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường",
        "Đoàn Thanh niên, Hội Phụ nữ xã",
        "07h30' ngày 05/6/2024 (thứ Tư)",
        "Lễ mít tinh",
    ),
    (
        "3",
        "Ra quân tổng vệ sinh môi trường tại các thôn",
        "Trưởng các thôn",
        "Ủy ban MTTQ Việt Nam xã và các đoàn thể",
        "Từ ngày 05/6 đến ngày 30/6/2024",
        "Báo cáo kết quả của thôn",
    ),
    (
        "4",
        "Kiểm tra việc thu gom, xử lý rác thải của các hộ kinh doanh",
        "Công an xã",
        "Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường",
        "Trong tháng 6/2024",
        "Biên bản kiểm tra",
    ),
    (
        "5",
        "Tổng hợp, báo cáo kết quả về UBND huyện (qua Phòng Tài nguyên và Môi trường)",
        "Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường",
        "Văn phòng - Thống kê",
        "Chậm nhất ngày 05/7/2024",
        "Báo cáo",
    ),
)


def assignment_table_plan(folder: Path) -> Path:
    """Write the Word plan and its registry into ``folder``; the plan's path."""
    (folder / "units.yaml").write_text(REGISTRY, encoding="utf-8")
    word = WordPlan()
    header = word.table(
        [
            [
                ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            ],
            ["Số: 45/KH-UBND", "Tân Lập, ngày 02 tháng 5 năm 2024"],
        ],
        borders=False,
    )
    for cell in header.rows[0].cells:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True
    word.paragraph("KẾ HOẠCH", align="center", bold=True)
    word.paragraph(
        "Triển khai Tháng hành động vì môi trường năm 2024 trên địa bàn xã",
        align="center",
        bold=True,
    )
    word.paragraph(
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 22/4/2024 của UBND huyện về tổ chức các hoạt động "
        "hưởng ứng Ngày Môi trường thế giới năm 2024; UBND xã xây dựng Kế hoạch triển khai như "
        "sau:",
        align="justify",
    )
    word.paragraph("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    word.paragraph(
        "- Nâng cao nhận thức của người dân về bảo vệ môi trường, phân loại rác thải tại nguồn."
    )
    word.paragraph("- Các hoạt động thiết thực, tiết kiệm, huy động đông đảo Nhân dân tham gia.")
    word.paragraph("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    table = word.table([HEADER, *ROWS])
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    word.paragraph("III. TỔ CHỨC THỰC HIỆN", bold=True)
    word.paragraph(
        "Yêu cầu các cơ quan, đơn vị, các thôn căn cứ nhiệm vụ được phân công triển khai thực "
        "hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo UBND xã (qua Văn "
        "phòng - Thống kê) để chỉ đạo./.",
        align="justify",
    )
    word.table(
        [
            [
                [
                    "Nơi nhận:",
                    "- UBND huyện (b/c);",
                    "- Phòng Tài nguyên và Môi trường huyện;",
                    "- TT Đảng ủy, HĐND xã;",
                    "- Ủy ban MTTQ Việt Nam xã và các đoàn thể;",
                    "- Các thôn;",
                    "- Lưu: VT.",
                ],
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Bình"],
            ]
        ],
        borders=False,
    )
    return word.save(folder / "ke-hoach-moi-truong.docx")
