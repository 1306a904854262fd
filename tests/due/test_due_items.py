"""Agenda items: groups, partners, spans, statuses across days, roles and windows."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from raquan.domain.time import VIETNAM
from raquan.domain.units import resolve_targets
from raquan.due.items import (
    AgendaItem,
    AgendaOptions,
    Role,
    Status,
    Window,
    build_agenda,
)
from raquan.errors import UserError
from raquan.read.planset import load_plans
from support.checks import WriteFiles
from support.plans import PLAN_HEAD, dedent

PLAN = PLAN_HEAD + dedent(
    """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: UBND các xã, phường
            heading: UBND các xã, phường
            duties:
              - id: ke-hoach
                text: Xây dựng kế hoạch, hoàn thành {deadline}.
                deadline: {kind: chậm nhất, date: 2023-01-20}
              - id: duy-tri
                text: Duy trì các hoạt động {deadline}.
                deadline: {kind: đến hết, start: 2023-02-01, date: 2023-03-31}
              - id: bao-cao
                to: xã Đoàn Kết
                text: Báo cáo nhanh {deadline}.
                deadline: {kind: trước, date: 2023-01-31, time: "09:00"}
                reports_on: le
              - id: da-xong
                to: xã Đoàn Kết
                text: Việc đã xong {deadline}.
                deadline: {kind: trước, date: 2023-01-18}
                done: 2023-01-09
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: chuan-bi
                partners: [xã Đoàn Kết]
                text: Phối hợp với xã Đoàn Kết chuẩn bị buổi Lễ.
                prepares: le
    events:
      - id: le
        title: Lễ ra quân
        date: 2023-01-31
        time: "08:30"
        place: Thôn 8, xã Đoàn Kết
        host: xã Đoàn Kết
        attendees: [Phòng Kinh tế]
    """
)

Build = Callable[..., list[AgendaItem]]


@pytest.fixture
def build(tmp_path: Path, write_files: WriteFiles) -> Build:
    write_files(PLAN)
    found = load_plans([tmp_path])
    assert found.problems == []

    def run(unit: str, today: str, **options: object) -> list[AgendaItem]:
        targets = resolve_targets(found.indexes, [unit])
        now = datetime.datetime.combine(
            datetime.date.fromisoformat(today), datetime.time(), VIETNAM
        )
        return build_agenda(found.plans, targets, AgendaOptions(now=now, **options))  # type: ignore[arg-type]

    return run


def statuses(items: list[AgendaItem]) -> dict[str, Status]:
    return {item.item_id: item.status for item in items}


def test_group_duties_reach_each_member_saying_which_group(build: Build) -> None:
    for unit in ("xã Hòa Bình", "phường Quyết Thắng"):
        items = {item.item_id: item for item in build(unit, "2023-01-10")}
        assert set(items) == {"ke-hoach", "duy-tri"}
        assert items["ke-hoach"].via is not None
        assert items["ke-hoach"].via.name == "UBND các xã, phường"


def test_direct_duties_partners_and_events(build: Build) -> None:
    items = {item.item_id: item for item in build("xã Đoàn Kết", "2023-01-10")}
    assert items["bao-cao"].via is None
    assert items["bao-cao"].role is Role.LEAD
    assert items["chuan-bi"].role is Role.PARTNER
    assert items["le"].role is Role.HOST
    kinh_te = {item.item_id: item for item in build("Phòng Kinh tế", "2023-01-10")}
    assert kinh_te["chuan-bi"].role is Role.LEAD
    assert kinh_te["le"].role is Role.ATTEND


def test_a_preparation_without_deadline_is_due_when_the_event_starts(build: Build) -> None:
    item = next(i for i in build("Phòng Kinh tế", "2023-01-10") if i.item_id == "chuan-bi")
    assert item.due == datetime.datetime(2023, 1, 31, 8, 29, 59, tzinfo=VIETNAM)
    assert item.due_text == "trước khi diễn ra Lễ ra quân (08h30' ngày 31/01/2023)"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (
            "2023-01-10",
            {
                "ke-hoach": Status.UPCOMING,
                "duy-tri": Status.UPCOMING,
                "bao-cao": Status.UPCOMING,
                "chuan-bi": Status.UPCOMING,
                "le": Status.UPCOMING,
            },
        ),
        (
            "2023-01-20",
            {
                "ke-hoach": Status.DUE_TODAY,
                "duy-tri": Status.UPCOMING,
                "bao-cao": Status.UPCOMING,
                "chuan-bi": Status.UPCOMING,
                "le": Status.UPCOMING,
            },
        ),
        (
            "2023-01-31",
            {
                "ke-hoach": Status.OVERDUE,
                "duy-tri": Status.UPCOMING,
                "bao-cao": Status.DUE_TODAY,
                "chuan-bi": Status.DUE_TODAY,
                "le": Status.DUE_TODAY,
            },
        ),
        (
            # The preparation's event is over: finished, not overdue (shown with --all).
            "2023-02-15",
            {
                "ke-hoach": Status.OVERDUE,
                "duy-tri": Status.IN_PROGRESS,
                "bao-cao": Status.OVERDUE,
            },
        ),
        (
            # The span "đến hết 31/03" ended: finished, not overdue.
            "2023-04-01",
            {
                "ke-hoach": Status.OVERDUE,
                "bao-cao": Status.OVERDUE,
            },
        ),
    ],
)
def test_statuses_across_days(build: Build, today: str, expected: dict[str, Status]) -> None:
    assert statuses(build("xã Đoàn Kết", today)) == expected


def test_past_preparations_and_ended_spans_are_not_overdue(build: Build) -> None:
    after = statuses(build("xã Đoàn Kết", "2023-04-01", include_finished=True))
    assert after["chuan-bi"] is Status.EVENT_PASSED
    assert after["duy-tri"] is Status.ENDED
    assert Status.EVENT_PASSED.label == "sự kiện đã diễn ra, không ghi nhận hoàn thành"
    assert Status.ENDED.label == "đã hết thời gian thực hiện"
    # A report still owed after its event stays overdue.
    assert after["bao-cao"] is Status.OVERDUE


def test_done_items_are_hidden_unless_asked(build: Build) -> None:
    hidden = statuses(build("xã Đoàn Kết", "2023-01-10"))
    assert "da-xong" not in hidden
    shown = statuses(build("xã Đoàn Kết", "2023-01-10", include_finished=True))
    assert shown["da-xong"] is Status.DONE


def test_past_events_are_hidden_unless_asked(build: Build) -> None:
    assert "le" not in statuses(build("xã Đoàn Kết", "2023-02-15"))
    assert statuses(build("xã Đoàn Kết", "2023-02-15", include_finished=True))["le"] is Status.PAST


def test_overdue_first_then_by_moment(build: Build) -> None:
    items = build("xã Đoàn Kết", "2023-01-31")
    assert [i.item_id for i in items] == ["ke-hoach", "chuan-bi", "le", "bao-cao", "duy-tri"]


def test_role_filter(build: Build) -> None:
    lead = {i.item_id for i in build("xã Đoàn Kết", "2023-01-10", role="chu-tri")}
    assert lead == {"ke-hoach", "duy-tri", "bao-cao", "le"}
    partner = {i.item_id for i in build("xã Đoàn Kết", "2023-01-10", role="phoi-hop")}
    assert partner == {"chuan-bi"}


def test_windows(build: Build) -> None:
    within = Window(datetime.date(2023, 1, 25), datetime.date(2023, 2, 1))
    items = {i.item_id for i in build("xã Đoàn Kết", "2023-01-25", window=within)}
    assert items == {"ke-hoach", "bao-cao", "chuan-bi", "le"}  # ke-hoach: overdue, kept
    early = Window(datetime.date(2023, 1, 10), datetime.date(2023, 1, 19))
    assert build("xã Đoàn Kết", "2023-01-10", window=early) == []
    with_overdue = Window(datetime.date(2023, 2, 1), datetime.date(2023, 2, 3))
    late = {i.item_id for i in build("xã Đoàn Kết", "2023-02-01", window=with_overdue)}
    assert late == {"ke-hoach", "bao-cao"}  # chuan-bi: its event is over, not overdue
    strict = Window(datetime.date(2023, 2, 1), datetime.date(2023, 2, 3), keep_overdue=False)
    assert build("xã Đoàn Kết", "2023-02-01", window=strict) == []


def test_days_left_and_working_days(build: Build) -> None:
    item = next(i for i in build("xã Hòa Bình", "2023-01-10") if i.item_id == "ke-hoach")
    # 11/01 to 20/01: 7 working days (14-15/01 are a weekend; 20/01 is a Tết day off).
    assert (item.days_left, item.working_days_left) == (10, 7)
    assert item.day_off == "29 Tết"


def test_a_group_can_be_asked_for(build: Build) -> None:
    items = {i.item_id for i in build("UBND các xã, phường", "2023-01-10")}
    assert items == {"ke-hoach", "duy-tri"}


def test_unknown_and_ambiguous_names_are_user_errors(
    tmp_path: Path, write_files: WriteFiles
) -> None:
    write_files(PLAN)
    indexes = load_plans([tmp_path]).indexes
    with pytest.raises(UserError, match="chỉ chung nhiều đơn vị") as ambiguous:
        resolve_targets(indexes, ["Văn phòng"])
    assert "Văn phòng UBND tỉnh" in ambiguous.value.message
    with pytest.raises(UserError, match="Không có đơn vị nào tên 'Sở Tài chính'"):
        resolve_targets(indexes, ["Sở Tài chính"])
