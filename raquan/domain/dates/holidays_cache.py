"""The official days off of a year, from the ``holidays`` package and the yearly notices,
cached on disk.

``holidays`` knows the days of the Labour Code and most announced swaps, not all: the yearly
notices of the Government Office, the Ministry of Labour (now the Ministry of Home Affairs)
for 2024-2026 are bundled in ``nghi-le.yaml`` beside this module, in the shape of a registry's
``calendar`` and citing each notice. A day the notices give off that ``holidays`` does not name
is added with the notice's reason; a day they say is worked is a working day.

Importing ``holidays`` loads every country it knows and costs about 0.1 s, more than all of
``raquan check`` on a plan. The answer for a year only changes with the package, so it is
cached: one small JSON file per installed ``holidays`` version (told apart by the path and
modification time of its ``version.py``, found without importing it), in
``$RAQUAN_CACHE_DIR``, or ``$XDG_CACHE_HOME/raquan``, or ``~/.cache/raquan``. A cache that
cannot be read or written is ignored: the answer is then computed, never wrong.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import importlib.util
import json
from pathlib import Path
from typing import Any

from raquan.files import cache_folder
from raquan.models.units import CalendarOverrides

YearTable = tuple[dict[datetime.date, str], frozenset[datetime.date]]
"""A year's holidays (date -> Vietnamese name) and its weekend days that are worked."""


@functools.cache
def days_of(year: int) -> tuple[datetime.date, ...]:
    """Every day of ``year``, in order (kept: every plan's calendar walks its years)."""
    first = datetime.date(year, 1, 1)
    count = (datetime.date(year, 12, 31) - first).days + 1
    return tuple(first + datetime.timedelta(days=n) for n in range(count))


NOTICES = Path(__file__).with_name("nghi-le.yaml")
"""The bundled days off and working days of the official yearly notices."""


def _stamp(path: Path) -> str | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return f"{path}|{stat.st_mtime_ns}|{stat.st_size}"


def _package_key() -> str | None:
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    version = _stamp(Path(spec.origin).with_name("version.py"))
    return None if version is None else f"{version}|{_stamp(NOTICES)}"


def official_notices() -> CalendarOverrides:
    """The bundled notices (``nghi-le.yaml``), validated like a registry's ``calendar``."""
    from ruamel.yaml import YAML  # noqa: PLC0415

    data = YAML(typ="safe", pure=True).load(NOTICES.read_text(encoding="utf-8"))
    return CalendarOverrides.model_validate(data)


def _with_notices(year: int, names: dict[datetime.date, str], worked: set[datetime.date]) -> None:
    notices = official_notices()
    for day in notices.days_off:
        if day.date.year == year:
            names.setdefault(day.date, day.reason)
    for working in notices.working_days:
        if working.date.year == year:
            names.pop(working.date, None)
            if working.date.weekday() >= 5:
                worked.add(working.date)


def compute(year: int) -> YearTable:
    """Ask the ``holidays`` package about one year (slow: imports it)."""
    import holidays  # noqa: PLC0415  (see the module docstring)

    # A swap may cross a year boundary (working Saturday 27/12/2014 for 02/01/2015), so the
    # neighbouring years are loaded too.
    years = [y for y in (year - 1, year, year + 1) if datetime.MINYEAR <= y <= datetime.MAXYEAR]
    table = holidays.country_holidays("VN", years=years, language="vi")
    names = {day: str(name) for day, name in table.items() if day.year == year}
    worked = {
        day for day in days_of(year) if day.weekday() >= 5 and bool(table.is_working_day(day))
    }
    _with_notices(year, names, worked)
    return names, frozenset(worked)


class HolidayCache:
    """Years of official days off, read from and written to the disk cache."""

    def __init__(self, folder: Path | None = None) -> None:
        key = _package_key()
        self._path: Path | None = None
        if key is not None:
            name = f"holidays-vn-{abs(hash_text(key)):016x}.json"
            self._path = (folder or cache_folder()) / name
        self._loaded: dict[str, Any] | None = None
        self._years: dict[int, YearTable] = {}

    def _read(self) -> dict[str, Any]:
        if self._loaded is None:
            self._loaded = {}
            if self._path is not None:
                try:
                    data = json.loads(self._path.read_text(encoding="utf-8"))
                    if isinstance(data, dict):
                        self._loaded = data
                except (OSError, ValueError):
                    pass
        return self._loaded

    def year(self, year: int) -> YearTable:
        """The days off of ``year``, cached."""
        found = self._years.get(year)
        if found is not None:
            return found
        entry = self._read().get(str(year))
        if isinstance(entry, dict) and _valid(entry):
            names = {datetime.date.fromisoformat(k): v for k, v in entry["holidays"].items()}
            worked = frozenset(datetime.date.fromisoformat(d) for d in entry["worked"])
            found = (names, worked)
        else:
            found = compute(year)
            self._store(year, found)
        self._years[year] = found
        return found

    def _store(self, year: int, table: YearTable) -> None:
        if self._path is None:
            return
        from raquan.files import write_atomic  # noqa: PLC0415

        data = dict(self._read())
        names, worked = table
        data[str(year)] = {
            "holidays": {day.isoformat(): name for day, name in sorted(names.items())},
            "worked": sorted(day.isoformat() for day in worked),
        }
        self._loaded = data
        from raquan.errors import RaquanError  # noqa: PLC0415

        # A cache that cannot be written only makes the next run slower.
        with contextlib.suppress(OSError, RaquanError):
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path, json.dumps(data, ensure_ascii=False, sort_keys=True))


def _valid(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("holidays"), dict)
        and isinstance(entry.get("worked"), list)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in entry["holidays"].items())
        and all(isinstance(d, str) for d in entry["worked"])
    )


def hash_text(text: str) -> int:
    """A stable hash of a text (Python's ``hash`` changes between runs)."""
    import zlib  # noqa: PLC0415

    return zlib.crc32(text.encode("utf-8")) << 32 | zlib.adler32(text.encode("utf-8"))


_shared: HolidayCache | None = None


def shared() -> HolidayCache:
    """The process-wide cache."""
    global _shared  # noqa: PLW0603
    if _shared is None:
        _shared = HolidayCache()
    return _shared
