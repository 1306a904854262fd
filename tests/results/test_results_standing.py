"""``results.standing``: where a duty stands for a unit, worked out once for the units that
recorded nothing, and the same answer as asking for each unit on its own."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from raquan.domain.progress import Completion, Status
from raquan.domain.time import moment
from raquan.read.planset import load_plans
from raquan.results.collect import completions, members
from raquan.results.standing import PlanStandings, standings
from raquan.status.matrix import tracked
from support.plans import BUNDLED_PLAN, FIXTURES, SAMPLE_REPORTS


def _check_against_one_by_one(folder: Path, today: datetime.date) -> int:
    found = load_plans([folder])
    done = completions(found.workspace, found.plans, found.files)
    now = moment(today)
    asked = 0
    for loaded in found.plans:
        many = PlanStandings(loaded, done, now)
        for placed in tracked(loaded):
            for unit in members(loaded, placed):
                own = {
                    duty: sorted(found_, key=lambda c: c.at)
                    for (plan, duty, unit_id), found_ in done.items()
                    if plan == loaded.plan.id and unit_id == unit.id
                }

                def done_at(
                    duty_id: str, own: dict[str, list[Completion]] = own
                ) -> datetime.datetime | None:
                    first = own.get(duty_id)
                    return first[0].at.replace(tzinfo=None) if first else None

                alone = standings(
                    loaded, placed.duty, own.get(placed.duty.id, []), now, done_at=done_at
                )
                assert many.of(placed.duty, unit.id) == alone, (placed.duty.id, unit.id)
                asked += 1
    return asked


def test_the_bundled_plan_with_its_sample_reports(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(BUNDLED_PLAN.parent, folder)
    shutil.copytree(SAMPLE_REPORTS, folder / "bao-cao")
    for day in (datetime.date(2023, 1, 10), datetime.date(2023, 1, 31), datetime.date(2023, 4, 10)):
        assert _check_against_one_by_one(folder, day) > 100


def test_deadlines_counted_from_another_duty_and_recurring_ones(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "thoi-han", folder)
    (folder / "ket-qua.yaml").write_text(
        "raquan: 1\nkind: completions\nplan: ke-hoach-thoi-han-2024\nunit: xã Đoàn Kết\n"
        "entries:\n"
        "  - {duty: ke-hoach-chi-tiet, date: 2024-02-15}\n"
        "  - {duty: bao-cao-dinh-ky, date: 2024-01-20}\n",
        encoding="utf-8",
    )
    assert _check_against_one_by_one(folder, datetime.date(2024, 2, 21)) > 10
    found = load_plans([folder])
    done = completions(found.workspace, found.plans, found.files)
    [loaded] = found.plans
    many = PlanStandings(loaded, done, moment(datetime.date(2024, 2, 21)))
    duty = next(p.duty for p in loaded.plan.duties() if p.duty.id == "dang-ky-cong-trinh")
    # Counted from xã Đoàn Kết's own plan (done 15/02): three working days later.
    [own] = many.of(duty, "xa-doan-ket")
    assert own.due == moment(datetime.date(2024, 2, 20), datetime.time(23, 59, 59))
    assert own.status is Status.OVERDUE
    # Others have not done theirs: waiting, with an estimate.
    [other] = many.of(duty, "xa-hoa-binh")
    assert other.status is Status.WAITING
    assert other.estimated
    # Units that recorded nothing share one answer, worked out once.
    assert many.of(duty, "xa-hoa-binh") is many.of(duty, "phuong-quyet-thang")
