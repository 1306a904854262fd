"""Closed lists of words that the models accept, kept apart from pydantic: the domain's
knowledge of documents (``raquan.domain.doctypes``) reads them in the render's layout helper,
which never loads pydantic (``raquan.render.builder``)."""

from __future__ import annotations

from typing import Literal

DocumentType = Literal[
    "Luật",
    "Pháp lệnh",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Quy chế",
    "Quy định",
    "Thông cáo",
    "Thông báo",
    "Hướng dẫn",
    "Chương trình",
    "Kế hoạch",
    "Phương án",
    "Đề án",
    "Dự án",
    "Báo cáo",
    "Biên bản",
    "Tờ trình",
    "Hợp đồng",
    "Công văn",
    "Công điện",
    "Bản ghi nhớ",
    "Bản thỏa thuận",
    "Giấy ủy quyền",
    "Giấy mời",
    "Giấy giới thiệu",
    "Giấy nghỉ phép",
    "Phiếu gửi",
    "Phiếu chuyển",
    "Phiếu báo",
]
"""The types of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III); their
abbreviations are in ``raquan.domain.doctypes``."""
