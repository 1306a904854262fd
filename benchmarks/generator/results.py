"""Result files: what a unit reports for a report duty of a plan."""

from __future__ import annotations

import datetime
from random import Random
from typing import Any

from generator.plans import BuiltPlan, ReportDuty, span
from generator.province import Unit
from generator.words import person
from generator.yaml_emitter import Data

RESULTS = (
    "Hoàn thành các công trình đã đăng ký; Nhân dân đồng tình hưởng ứng, đóng góp ngày công "
    "và kinh phí.",
    "Lễ ra quân tổ chức trang trọng, tiết kiệm; các thôn, làng ra quân đồng loạt.",
    "Các tuyến đường liên thôn được phát dọn sạch sẽ, cảnh quan khu dân cư được cải thiện.",
)
DIFFICULTIES = (
    "Thời tiết không thuận lợi, nguồn vật liệu cát, đá khan hiếm.",
    "Kinh phí hỗ trợ còn hạn chế; một số hộ dân chưa tích cực tham gia.",
)


def report_data(rng: Random, plan: BuiltPlan, duty: ReportDuty, unit: Unit) -> Data:
    """A unit's result file for one report duty, sent after the event."""
    event = duty.event
    if duty.type == "nhanh":
        sent = event.start + datetime.timedelta(minutes=rng.randint(60, 600))
        submitted: Any = sent.strftime("%Y-%m-%d %H:%M")
    else:
        submitted = event.date + span(rng.randint(3, max(4, (duty.last_day - event.date).days + 4)))
    commune = unit.kind in ("xã", "phường", "thị trấn")
    name = unit.name.removeprefix("Ủy ban nhân dân ")
    content, measure = rng.choice(plan.theme.works)
    works = [
        {
            "name": f"{content} thôn {rng.randint(1, 12)}",
            "quantity": rng.randint(1, 90) * 10,
            "measure": measure,
        }
        for _ in range(rng.randint(1, 3))
    ]
    data: Data = {
        "raquan": 1,
        "kind": "report",
        "plan": plan.id,
        "duty": duty.duty,
        "unit": rng.choice([unit.ref, name, unit.id]) if commune else unit.ref,
        "type": duty.type,
        "submitted": submitted,
        "number": f"{rng.randint(1, 200)}/BC-{'UBND' if commune else unit.abbreviation}",
        "place": name.split(" ", 1)[1] if commune else plan.district.name,
        "participants": rng.randint(50, 3000),
        "workdays": rng.randint(50, 5000),
        "money": {
            "state_budget": rng.randint(0, 300) * 1_000_000,
            "people": rng.randint(0, 200) * 1_000_000,
            "businesses": rng.randint(0, 50) * 1_000_000,
        },
        "works": works,
        "results": rng.choice(RESULTS),
    }
    if rng.random() < 0.5:
        data["difficulties"] = rng.choice(DIFFICULTIES)
    data["signature"] = {
        "lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] if commune else ["TRƯỞNG PHÒNG"],
        "signer": person(rng),
    }
    return data
