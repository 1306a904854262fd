"""Reading a file as it was at a git revision: ``git show REV:./name`` in the file's folder.

git runs as a subprocess with an argument list (never a shell). Every way it can fail that
a user can cause (git not installed, not a repository, an unknown revision, a file that the
revision does not have) becomes a ``UserError`` with a Vietnamese message; git's own words
go into the hint.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from raquan.errors import UserError
from raquan.i18n import os_reason

TIMEOUT_SECONDS = 60


@dataclass(frozen=True, slots=True)
class GitFile:
    """A file of a git working tree: its folder and name, the folder's path from the root of
    the repository (``plans/``, or ``""`` at the root), and the path as the user gave it."""

    folder: Path
    name: str
    prefix: str
    display: str

    def shown(self, revision: str, relative: str | None = None) -> str:
        """How to name the file (or ``relative``, a path from its folder) at ``revision``:
        ``HEAD:plans/ke-hoach.yaml``, as git writes it."""
        path = os.path.normpath(self.prefix + (relative if relative is not None else self.name))
        return f"{revision}:{Path(path).as_posix()}"


def _git_said(result: subprocess.CompletedProcess[bytes]) -> str:
    said = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return said[-1] if said else f"git kết thúc với mã {result.returncode}"


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            check=False,
            timeout=TIMEOUT_SECONDS,
            env=environment,
        )
    except FileNotFoundError:
        raise UserError(
            "Không tìm thấy chương trình git trên máy này; cần git để so sánh với một phiên "
            "bản (--against).",
            hint="Cài git (https://git-scm.com), hoặc so sánh hai tệp: raquan diff CŨ MỚI.",
        ) from None
    except subprocess.TimeoutExpired:
        raise UserError(
            f"git không trả lời sau {TIMEOUT_SECONDS} giây khi đọc kho ở '{folder}'."
        ) from None
    except OSError as error:
        raise UserError(f"Không chạy được git: {os_reason(error)}.") from None


def locate(path: Path) -> GitFile:
    """The git file at ``path``; ``UserError`` when its folder is not in a git repository."""
    folder = path.absolute().parent
    if not folder.is_dir():
        raise UserError(f"Không có thư mục '{path.parent}'.")
    result = _run(folder, "rev-parse", "--show-prefix")
    if result.returncode != 0:
        said = _git_said(result)
        if "not a git repository" in said:
            raise UserError(
                f"Tệp '{path}' không nằm trong một kho git, nên không có phiên bản cũ của tệp "
                "để so sánh.",
                hint="So sánh hai tệp bằng: raquan diff CŨ MỚI.",
            )
        raise UserError(f"git không đọc được kho chứa '{path}'.", hint=f"git báo: {said}")
    prefix = result.stdout.decode("utf-8", "replace").strip()
    return GitFile(folder, path.name, prefix, str(path))


def check_revision(file: GitFile, revision: str) -> None:
    """``UserError`` unless ``revision`` names a commit of the repository."""
    if not revision.strip() or revision.startswith("-") or ":" in revision or "\0" in revision:
        raise UserError(
            f"'{revision}' không phải tên một phiên bản git.",
            hint="Ví dụ: HEAD, HEAD~1, tên một nhánh, một tag, hoặc mã commit.",
        )
    result = _run(file.folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if result.returncode != 0:
        raise UserError(
            f"Không có phiên bản '{revision}' trong kho git chứa '{file.display}'.",
            hint=f"Xem các phiên bản của tệp bằng: git log --oneline -- {file.display}",
        )


def read_blob(
    file: GitFile, revision: str, relative: str | None = None, *, limit: int
) -> bytes | None:
    """The bytes of the file (or of ``relative``, a path from its folder) at ``revision``, or
    None when that revision has no such file. The revision must have been checked; a file
    larger than ``limit`` bytes is refused."""
    spec = f"{revision}:./{relative if relative is not None else file.name}"
    kind = _run(file.folder, "cat-file", "-t", spec)
    if kind.returncode != 0 or kind.stdout.strip() != b"blob":
        return None
    size = _run(file.folder, "cat-file", "-s", spec)
    if size.returncode == 0 and size.stdout.strip().isdigit():
        count = int(size.stdout.strip())
        if count > limit:
            raise UserError(
                f"Tệp '{file.shown(revision, relative)}' quá lớn ({count / 1048576:.1f} MiB; "
                f"giới hạn {limit / 1048576:.1f} MiB), không đọc.",
                hint="Nếu tệp này đúng là lớn như vậy, đặt biến môi trường "
                "RAQUAN_MAX_FILE_SIZE (số byte).",
            )
    result = _run(file.folder, "show", spec)
    if result.returncode != 0:
        raise UserError(
            f"git không đọc được '{file.shown(revision, relative)}'.",
            hint=f"git báo: {_git_said(result)}",
        )
    return result.stdout
