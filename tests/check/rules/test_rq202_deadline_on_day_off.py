"""RQ202: a deadline whose last day is a day off is a warning with the next working day."""

from __future__ import annotations

from support.checks import Lint


def test_sunday_deadline_is_flagged_at_its_date(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: UBND các xã, phường
            heading: UBND các xã, phường
            duties:
              - id: ke-hoach
                text: Xây dựng kế hoạch, hoàn thành {deadline}.
                deadline:
                  kind: trước
                  date: 2023-01-15
    """
    assert lint(snippet, "RQ202") == [("RQ202", 21)]


def test_tet_day_is_flagged_and_working_day_passes(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: trong-tet
                text: Kiểm tra, hoàn thành {deadline}.
                deadline:
                  kind: chậm nhất
                  date: 2023-01-24
              - id: sau-tet
                text: Báo cáo, hoàn thành {deadline}.
                deadline:
                  kind: chậm nhất
                  date: 2023-01-27
    """
    assert lint(snippet, "RQ202") == [("RQ202", 21)]
