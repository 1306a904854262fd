"""RQ105: ``prepares``, ``reports_on`` and ``deadline.after`` must name an event of the plan."""

from __future__ import annotations

from raquan.check.rules import rq105_unknown_event
from support.checks import Diagnose, Lint, assert_documented

PREPARES = """
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: xã Đoàn Kết
        heading: UBND xã Đoàn Kết
        duties:
          - id: chuan-bi-le
            text: Chuẩn bị các điều kiện tổ chức Lễ ra quân điểm.
            prepares: {event}
events:
  - id: le-ra-quan-thanh-pho
    title: Lễ ra quân điểm của thành phố
    date: 2023-01-31
    time: "08:30"
    place: Thôn 8, xã Đoàn Kết
    host: xã Đoàn Kết
"""
"""A preparation duty whose ``prepares`` is on line 19."""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(
        rq105_unknown_event,
        "prepares: le-ra-quan-tp      # sự kiện có mã le-ra-quan-thanh-pho\n",
        "prepares: le-ra-quan-thanh-pho\n",
    )


def test_unknown_prepared_event_is_flagged(lint: Lint) -> None:
    assert lint(PREPARES.format(event="le-ra-quan-tp"), "RQ105") == [("RQ105", 19)]


def test_known_prepared_event_passes(lint: Lint) -> None:
    assert lint(PREPARES.format(event="le-ra-quan-thanh-pho"), "RQ105") == []


def test_message_names_the_id_and_hint_suggests_the_closest_event(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(PREPARES.format(event="le-ra-quan-tp"), "RQ105")
    assert diagnostic.message == "Không có sự kiện nào mã 'le-ra-quan-tp' trong phần 'events'."
    assert diagnostic.hint == "Có phải ý bạn là 'le-ra-quan-thanh-pho'?"
    assert (diagnostic.position.line, diagnostic.position.column) == (19, 23)


def test_no_hint_when_no_event_is_close(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(PREPARES.format(event="hop-bao"), "RQ105")
    assert diagnostic.hint is None


def test_reports_on_and_deadline_after_in_sub_items_are_checked(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: UBND các xã, phường
            heading: UBND các xã, phường
            duties:
              - id: bao-cao
                text: Báo cáo kết quả, cụ thể
                items:
                  - id: bao-cao-nhanh
                    text: Báo cáo nhanh {deadline}.
                    reports_on: le-ra-quan-xa
                    deadline:
                      kind: trước
                      date: 2023-02-01
                  - id: duy-tri
                    text: Duy trì các hoạt động sau Lễ ra quân {deadline}.
                    deadline:
                      kind: đến hết
                      after: le-ra-quan
                      date: 2023-03-31
    events:
      - id: le-ra-quan-xa-phuong
        title: Lễ ra quân tại các xã, phường
        date: 2023-01-31
        place: Các xã, phường
        host: UBND các xã, phường
    """
    assert lint(snippet, "RQ105") == [("RQ105", 22), ("RQ105", 30)]
    fixed = snippet.replace("le-ra-quan-xa\n", "le-ra-quan-xa-phuong\n").replace(
        "after: le-ra-quan\n", "after: le-ra-quan-xa-phuong\n"
    )
    assert lint(fixed, "RQ105") == []


def test_plan_without_events_flags_every_pointer(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: chuan-bi
                text: Chuẩn bị.
                prepares: le-ra-quan
              - id: bao-cao
                text: Báo cáo.
                reports_on: le-ra-quan
    """
    assert lint(snippet, "RQ105") == [("RQ105", 19), ("RQ105", 22)]
