"""``raquan.diff`` on the bundled plan and edited copies of it: what each edit reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raquan.diff.changes import KINDS, Change
from raquan.diff.compare import compare_versions
from raquan.diff.run import run, select
from raquan.diff.versions import InvalidVersionError, load_version
from raquan.errors import UserError
from support.plans import DEADLINE_13, DEADLINE_15, Edit, edited_plan


def _changes(tmp_path: Path, *edits: Edit) -> list[Change]:
    old, new = edited_plan(tmp_path, *edits)
    return compare_versions(load_version(old), load_version(new))


def _summary(changes: list[Change]) -> list[tuple[str, str, str | None]]:
    return [(change.kind, change.item, change.field) for change in changes]


NEW_DUTY = """\
          - id: ttvh-tong-ket
            text: Tổng kết công tác tuyên truyền, báo cáo UBND thành phố {deadline}.
            deadline: {kind: chậm nhất, date: 2023-02-10}
          - id: ttvh-dua-tin
"""

REMOVED_DUTY = """\
          - id: cu-can-bo-tham-gia
            to: các phòng, ban thành phố
            text: >-
              Thủ trưởng các phòng, ban thành phố được phân công phụ trách các thôn làng kết
              nghĩa cử cán bộ tham gia cùng với các xã, phường tạo khí thế trong ngày ra quân đầu
              năm 2023.
"""


def test_an_unchanged_plan_has_no_changes(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path)
    assert compare_versions(load_version(old), load_version(new)) == []


def test_refolding_a_paragraph_is_not_a_change(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (
            "khẩn trương rà soát, xây dựng Kế hoạch chi tiết tổ\n",
            "khẩn trương rà soát,\n              xây dựng Kế hoạch chi tiết tổ\n",
        ),
        ("partners: [xã Đoàn Kết]", "partners: [UBND xã Đoàn Kết]"),  # same unit, other name
    )
    assert changes == []


def test_moved_deadline_says_both_days_with_their_weekdays(tmp_path: Path) -> None:
    changes = _changes(tmp_path, (DEADLINE_15, DEADLINE_13))
    assert _summary(changes) == [("deadline-moved", "ke-hoach-chi-tiet", "deadline")]
    [change] = changes
    assert (
        "thời hạn đổi từ trước ngày 15/01/2023 (Chủ nhật) sang trước ngày 13/01/2023 (thứ Sáu)."
        in change.message
    )
    assert change.message.startswith("Nhiệm vụ ke-hoach-chi-tiet “Chủ tịch UBND các xã")
    assert isinstance(change.before, dict)
    assert isinstance(change.after, dict)
    assert (change.before["date"], change.after["date"]) == ("2023-01-15", "2023-01-13")


def test_a_shared_deadline_moves_every_duty_that_uses_it_without_doubling_the_weekday(
    tmp_path: Path,
) -> None:
    changes = _changes(
        tmp_path, ('                  time: "09:00"\n', '                  time: "10:00"\n')
    )
    assert [c.item for c in changes] == [
        "bao-cao-nhanh-xa-phuong",
        "qldt-bao-cao-nhanh",
        "pkt-bao-cao-nhanh",
    ]
    message = changes[0].message
    assert (
        "từ trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba) sang trước 10h00' ngày 31 tháng 01 "
        "năm 2023 (thứ Ba)." in message
    )
    assert message.count("(thứ Ba)") == 2


def test_a_deadline_only_written_differently_is_a_text_change(tmp_path: Path) -> None:
    changes = _changes(tmp_path, (DEADLINE_15, DEADLINE_15 + "              weekday: true\n"))
    assert _summary(changes) == [("text-changed", "ke-hoach-chi-tiet", "deadline")]
    assert changes[0].message.endswith(
        ": thời hạn vẫn là trước ngày 15/01/2023 (Chủ nhật), chỉ đổi cách ghi (ghi thứ trong "
        "tuần: không → có)."
    )


def test_deadline_added_and_removed(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (DEADLINE_15, ""),
        (
            '      - to: Phòng Quản lý đô thị thành phố\n        heading: "Phòng Quản lý đô thị '
            'thành phố:"\n        duties:\n          - id: qldt-ra-quan-trat-tu-do-thi\n',
            '      - to: Phòng Quản lý đô thị thành phố\n        heading: "Phòng Quản lý đô thị '
            'thành phố:"\n        duties:\n          - id: qldt-ra-quan-trat-tu-do-thi\n'
            "            deadline: {kind: chậm nhất, date: 2023-02-28}\n",
        ),
    )
    kinds = {c.kind: c for c in changes}
    assert set(kinds) == {"deadline-added", "deadline-removed"}
    assert kinds["deadline-added"].item == "qldt-ra-quan-trat-tu-do-thi"
    assert (
        "có thêm thời hạn: chậm nhất ngày 28/02/2023 (thứ Ba)." in kinds["deadline-added"].message
    )
    assert kinds["deadline-removed"].item == "ke-hoach-chi-tiet"
    assert (
        "không còn thời hạn (trước đây: trước ngày 15/01/2023 (Chủ nhật))."
        in kinds["deadline-removed"].message
    )


def test_added_duty_shows_its_text_units_and_deadline(tmp_path: Path) -> None:
    changes = _changes(tmp_path, ("          - id: ttvh-dua-tin\n", NEW_DUTY))
    assert _summary(changes) == [("duty-added", "ttvh-tong-ket", None)]
    message = changes[0].message
    assert message.startswith(
        "Thêm nhiệm vụ ttvh-tong-ket: “Tổng kết công tác tuyên truyền, báo cáo UBND thành phố "
        "chậm nhất ngày 10/02/2023.”"
    )
    assert "giao cho Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông thành phố" in message
    assert "thời hạn: chậm nhất ngày 10/02/2023 (thứ Sáu)" in message
    assert changes[0].before is None
    assert isinstance(changes[0].after, dict)
    assert changes[0].after["id"] == "ttvh-tong-ket"


def test_removed_duty_shows_whom_it_was_given_to(tmp_path: Path) -> None:
    changes = _changes(tmp_path, (REMOVED_DUTY, ""))
    assert _summary(changes) == [("duty-removed", "cu-can-bo-tham-gia", None)]
    assert changes[0].message.startswith("Bỏ nhiệm vụ cu-can-bo-tham-gia: “Thủ trưởng các phòng")
    assert "giao cho các phòng, ban thành phố." in changes[0].message


def test_block_assignee_change_is_reported_once_with_the_duties_that_follow_it(
    tmp_path: Path,
) -> None:
    changes = _changes(
        tmp_path,
        (
            "      - to: Phòng Quản lý đô thị thành phố\n",
            "      - to: [Phòng Quản lý đô thị thành phố, Phòng Kinh tế thành phố]\n",
        ),
    )
    assert _summary(changes) == [("units-changed", "sections[3].assignments[1].to", "to")]
    [change] = changes
    assert change.added == ("Phòng Kinh tế thành phố",)
    assert change.removed == ()
    assert change.message == (
        "Mục 2 phần IV “Phòng Quản lý đô thị thành phố:”: đơn vị được giao thay đổi. "
        "Thêm: Phòng Kinh tế thành phố."
    )
    assert change.details == (
        "Áp dụng cho các nhiệm vụ: qldt-ra-quan-trat-tu-do-thi, qldt-bao-cao, "
        "qldt-bao-cao-nhanh, qldt-bao-cao-tong-hop.",
    )


def test_duties_with_their_own_assignees_do_not_follow_their_block(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        ("      - to: UBND các xã, phường\n", "      - to: UBND các xã\n"),
    )
    [change] = changes
    assert change.kind == "units-changed"
    assert change.removed == ("UBND các xã, phường",)
    assert change.added == ("UBND các xã",)
    listed = change.details[0]
    assert "ke-hoach-chi-tiet" in listed
    assert "bao-cao-tong-hop-xa-phuong" in listed  # a sub-item, through its parent
    assert "le-ra-quan-diem-doan-ket" not in listed  # to: xã Đoàn Kết
    assert "chuong-trinh-le-ra-quan-xa" not in listed  # to: UBND các xã


def test_a_duty_given_to_other_units(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (
            "            to: các phòng, ban thành phố\n",
            '            to: ["các phòng, ban thành phố", Thành ủy Kon Tum]\n',
        ),
    )
    assert _summary(changes) == [("units-changed", "cu-can-bo-tham-gia", "to")]
    assert changes[0].added == ("Thành ủy Kon Tum",)
    assert "đơn vị được giao thay đổi. Thêm: Thành ủy Kon Tum." in changes[0].message


def test_partners_changed(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (
            "            partners: [UBND các xã]\n",
            "            partners: [UBND các xã, Văn phòng HĐND và UBND thành phố]\n",
        ),
    )
    assert _summary(changes) == [("units-changed", "pkt-huong-dan-cac-xa", "partners")]
    assert changes[0].added == ("Văn phòng HĐND và UBND thành phố",)
    assert changes[0].before == ["UBND các xã"]
    assert "đơn vị phối hợp thay đổi. Thêm: Văn phòng HĐND và UBND thành phố." in (
        changes[0].message
    )


def test_recipient_removed_and_added(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        ("  - text: TT. HĐND TP\n    unit: Thường trực HĐND thành phố\n", ""),
        ("archive: [VT, KTN]", "  - unit: Phòng Quản lý đô thị thành phố\narchive: [VT, KTN]"),
    )
    assert _summary(changes) == [
        ("recipient-added", "recipients[8]", None),
        ("recipient-removed", "recipients[3]", None),
    ]
    assert changes[0].message == "Thêm nơi nhận: “Phòng Quản lý đô thị thành phố”."
    assert changes[1].message == "Bỏ nơi nhận: “TT. HĐND TP”."
    assert changes[1].before == "TT. HĐND TP"


def test_recipient_reworded(tmp_path: Path) -> None:
    changes = _changes(tmp_path, ("  - text: VP. UBND tỉnh\n", "  - text: Văn phòng UBND tỉnh\n"))
    assert _summary(changes) == [("recipient-changed", "recipients[0]", "text")]
    assert changes[0].message == (
        "Dòng nơi nhận đổi từ “VP. UBND tỉnh” sang “Văn phòng UBND tỉnh”."
    )


def test_duty_text_change_names_the_duty_and_shows_the_words(tmp_path: Path) -> None:
    changes = _changes(tmp_path, ("khẩn trương rà soát, xây dựng", "khẩn trương xây dựng"))
    assert _summary(changes) == [("text-changed", "ke-hoach-chi-tiet", "text")]
    [change] = changes
    assert change.message == "Nội dung nhiệm vụ ke-hoach-chi-tiet thay đổi."
    before, after = change.details
    assert before.startswith("trước: “…")
    assert "khẩn trương rà soát, xây dựng" in before
    assert after.startswith("sau: “…")
    assert "khẩn trương xây dựng" in after


def test_header_section_and_closing_texts(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        ("  number:            # dự thảo: chưa lấy số", "  number: 5"),
        ("  date: 2023-01      # dự thảo", "  date: 2023-01-10      # dự thảo"),
        ("phải được thực hiện đảm bảo tiết kiệm", "phải bảo đảm tiết kiệm"),
        ("  signer: Dương Anh Hùng", "  signer: Nguyễn Văn A"),
    )
    by_item = {change.item: change for change in changes}
    assert set(by_item) == {
        "header.number",
        "header.date",
        "sections[0].text",
        "signature.signer",
    }
    assert {change.kind for change in changes} == {"text-changed"}
    assert by_item["header.number"].message == "Số văn bản đổi từ (để trống) sang 05."
    assert by_item["header.date"].message == (
        "Ngày ban hành đổi từ tháng 01/2023 (chưa ghi ngày) sang ngày 10/01/2023 (thứ Ba)."
    )
    section = by_item["sections[0].text"]
    assert section.message == "Nội dung phần I “MỤC ĐÍCH YÊU CẦU:” thay đổi."
    assert section.details[0].startswith("dòng 7, trước: “…")
    assert "được thực hiện đảm bảo" in section.details[0]
    assert section.details[1].startswith("dòng 7, sau: “…")
    assert by_item["signature.signer"].message == (
        "Người ký đổi từ Dương Anh Hùng sang Nguyễn Văn A."
    )


def test_event_moved_in_time_and_place_and_given_another_host(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (
            '    time: "08:30"\n    place: Thôn 8, xã Đoàn Kết, thành phố Kon Tum\n'
            "    host: xã Đoàn Kết\n",
            '    time: "07:30"\n    place: Thôn 9, xã Đoàn Kết, thành phố Kon Tum\n'
            "    host: [xã Đoàn Kết, Phòng Kinh tế thành phố]\n",
        ),
    )
    assert _summary(changes) == [
        ("event-changed", "le-ra-quan-thanh-pho", "when"),
        ("event-changed", "le-ra-quan-thanh-pho", "place"),
        ("event-changed", "le-ra-quan-thanh-pho", "host"),
    ]
    when, place, host = changes
    assert when.message == (
        "Thời gian của sự kiện le-ra-quan-thanh-pho “Lễ ra quân điểm của thành phố” đổi từ "
        "08h30' thứ Ba, ngày 31/01/2023 sang 07h30' thứ Ba, ngày 31/01/2023."
    )
    assert "từ “Thôn 8, xã Đoàn Kết, thành phố Kon Tum” sang “Thôn 9," in place.message
    assert host.added == ("Phòng Kinh tế thành phố",)


def test_event_added_and_removed(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path)
    text = new.read_text(encoding="utf-8").replace(
        "  - id: le-ra-quan-xa-phuong\n", "  - id: le-ra-quan-cac-xa-phuong\n"
    )
    text = re.sub(
        r"(prepares|reports_on|after): le-ra-quan-xa-phuong", r"\1: le-ra-quan-cac-xa-phuong", text
    )
    text = text.replace("{when:le-ra-quan-xa-phuong}", "{when:le-ra-quan-cac-xa-phuong}")
    new.write_text(text, encoding="utf-8")
    changes = compare_versions(load_version(old), load_version(new))
    kinds = [c.kind for c in changes]
    assert kinds.count("event-added") == 1
    assert kinds.count("event-removed") == 1
    added = next(c for c in changes if c.kind == "event-added")
    assert added.message.startswith(
        "Thêm sự kiện le-ra-quan-cac-xa-phuong: “Lễ ra quân đầu xuân Quý Mão năm 2023 tại các "
        "xã, phường” — 08h30' thứ Ba, ngày 31/01/2023, tại Các xã, phường"
    )
    assert "tổ chức: UBND các xã, phường" in added.message
    # The duties now prepare or report on the renamed event; the period starts after it.
    assert "duty-changed" in kinds
    moved = next(c for c in changes if c.item == "chuan-bi-va-duy-tri")
    assert moved.kind == "deadline-moved"
    assert moved.message.endswith(
        "thời hạn đổi từ đến hết Quý I năm 2023, tính từ sau sự kiện le-ra-quan-xa-phuong sang "
        "đến hết Quý I năm 2023, tính từ sau sự kiện le-ra-quan-cac-xa-phuong."
    )


def test_attachment_rows(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        (
            "        place: Thôn 8, xã Đoàn Kết\n",
            "        place: Thôn 8, xã Đoàn Kết\n      - unit: xã Hòa Bình\n"
            "        content: Trồng cây xanh\n",
        ),
    )
    assert _summary(changes) == [("attachment-changed", "bang-dang-ky", "rows")]
    assert changes[0].message == (
        "Phụ lục bang-dang-ky “Bảng đăng ký nội dung, hoạt động ra quân đầu xuân Quý Mão”: "
        "từ 1 dòng thành 2 dòng (thêm 1 dòng)."
    )
    assert (changes[0].before, changes[0].after) == (1, 2)


def test_changes_come_grouped_by_kind_in_the_documented_order(tmp_path: Path) -> None:
    changes = _changes(
        tmp_path,
        ("khẩn trương rà soát, xây dựng", "khẩn trương xây dựng"),
        (DEADLINE_15, DEADLINE_13),
        ("          - id: ttvh-dua-tin\n", NEW_DUTY),
    )
    order = list(KINDS)
    assert [c.kind for c in changes] == ["duty-added", "deadline-moved", "text-changed"]
    assert [order.index(c.kind) for c in changes] == sorted(order.index(c.kind) for c in changes)


def test_unit_selection_keeps_changes_through_a_group_and_hides_others(tmp_path: Path) -> None:
    old_path, new_path = edited_plan(
        tmp_path,
        (
            "      - to: Phòng Quản lý đô thị thành phố\n",
            "      - to: [Phòng Quản lý đô thị thành phố, Phòng Kinh tế thành phố]\n",
        ),
        (
            "            partners: [UBND các xã]\n",
            "            partners: [UBND các xã, Thành ủy]\n",
        ),
        ("  - text: TT. HĐND TP\n    unit: Thường trực HĐND thành phố\n", ""),
        ("  - unit: UBND các xã, phường\n", ""),
    )
    old, new = load_version(old_path), load_version(new_path)
    changes = compare_versions(old, new)
    assert len(changes) == 4
    kept, names, _ = select(changes, old, new, ["doan ket"])
    assert names == ("UBND xã Đoàn Kết",)
    # Through the groups "UBND các xã" (partners) and "UBND các xã, phường" (recipients).
    assert _summary(kept) == [
        ("units-changed", "pkt-huong-dan-cac-xa", "partners"),
        ("recipient-removed", "recipients[7]", None),
    ]
    kept, _, _ = select(changes, old, new, ["Phòng Quản lý đô thị"])
    assert _summary(kept) == [("units-changed", "sections[3].assignments[1].to", "to")]
    kept, _, _ = select(changes, old, new, ["Phòng Kinh tế"])  # added to the block; its own duty
    assert _summary(kept) == [
        ("units-changed", "sections[3].assignments[1].to", "to"),
        ("units-changed", "pkt-huong-dan-cac-xa", "partners"),
    ]


def test_unknown_unit_is_a_user_error_with_suggestions(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path)
    with pytest.raises(UserError, match="Không có đơn vị nào tên 'xã Đoàn Kêt Mới'"):
        run(old, new, units=["xã Đoàn Kêt Mới"])


def test_a_version_with_errors_carries_its_located_errors(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, ("\ntitle: |-\n", "\ntitel: |-\n"))
    with pytest.raises(InvalidVersionError) as raised:
        run(old, new)
    error = raised.value
    assert (
        error.message
        == "Không so sánh được: '" + str(new) + "' có lỗi nên không đọc được thành kế hoạch."
    )
    assert [d.code for d in error.diagnostics] == ["RQ005", "RQ004"]


def test_a_missing_registry_is_reported_at_the_units_line(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, ("units: units.yaml", "units: khong-co.yaml"))
    with pytest.raises(InvalidVersionError) as raised:
        run(old, new)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code == "RQ104"
    assert (
        diagnostic.message
        == "Không tìm thấy danh mục đơn vị '" + str(tmp_path / "khong-co.yaml") + "'."
    )
    assert diagnostic.position.line == 9


def test_missing_file_and_missing_second_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        run(tmp_path / "khong-co.yaml", tmp_path / "khac.yaml")
    old, _ = edited_plan(tmp_path)
    with pytest.raises(UserError, match="Cần hai tệp để so sánh"):
        run(old)
    with pytest.raises(UserError, match="không dùng kèm tệp thứ hai"):
        run(old, old, against="HEAD")
