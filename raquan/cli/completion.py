"""Shell completion for bash and zsh: commands, options, choices, and unit names as clerks type.

Typer's completion keeps only the candidates that start with what was typed, and its zsh script
lets zsh filter them the same way: "doan" never completes to "UBND xã Đoàn Kết". raquan answers
bash and zsh itself. The shell function (``script``) runs ``raquan`` with ``_RAQUAN_COMPLETE``
set and the words typed so far; ``complete`` works out what is being completed from Click's
public command objects (the command, its options, the option before the cursor) and prints the
candidates. Unit names match word by word, each word typed being the beginning of a word of the
name, without regard to case or diacritics ("doan", "Đoàn", "xa doan"), and the zsh function
adds them with ``compadd -U`` so that zsh does not filter them again. Fish and PowerShell keep
Typer's completion. ``install`` writes the script where each shell reads it, as Typer does,
with its messages in Vietnamese.
"""

from __future__ import annotations

import os
import re
import shlex
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

VARIABLE = "_RAQUAN_COMPLETE"
"""The environment variable that asks ``raquan`` for completions instead of running."""

OWN_SHELLS = ("bash", "zsh")
"""The shells whose completion raquan answers itself."""

TYPER_SHELLS = ("fish", "powershell", "pwsh")
"""The shells left to Typer's completion."""

BASH_SCRIPT = """\
_raquan_completion() {
    local IFS=$'\\n'
    COMPREPLY=( $( env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD=$COMP_CWORD \\
                   _RAQUAN_COMPLETE=complete_bash "$1" ) )
    return 0
}

complete -o default -F _raquan_completion raquan
"""

ZSH_SCRIPT = """\
#compdef raquan

_raquan_completion() {
  local -a reply
  local kind
  reply=("${(@f)$(env _RAQUAN_COMPLETE_ARGS="${(pj:\\n:)words[1,$CURRENT]}" \\
    _RAQUAN_COMPLETE=complete_zsh raquan)}")
  kind=${reply[1]}
  reply=("${(@)reply[2,-1]}")
  case $kind in
    files) _files ;;
    names) compadd -U -- "${(@)reply}" ;;
    *) (( ${#reply} )) && compadd -- "${(@)reply}" ;;
  esac
}

compdef _raquan_completion raquan
"""
"""The zsh function reads one kind line (words, names or files), then one candidate a line;
unit names are added with ``-U``: zsh must not drop those that do not start with the word."""


def script(shell: str) -> str:
    """The completion script of ``shell``."""
    if shell == "bash":
        return BASH_SCRIPT
    if shell == "zsh":
        return ZSH_SCRIPT
    from typer.completion import (  # type: ignore[attr-defined]  # noqa: PLC0415
        get_completion_script,
    )

    return str(get_completion_script(prog_name="raquan", complete_var=VARIABLE, shell=shell))


def detected_shell(environ: Mapping[str, str]) -> str | None:
    """The user's shell, from ``$SHELL``."""
    name = Path(environ.get("SHELL", "")).name
    return name if name in (*OWN_SHELLS, *TYPER_SHELLS) else None


def install(shell: str, home: Path) -> Path:
    """Install the completion of ``shell`` under ``home``; the script's path."""
    if shell == "bash":
        target = home / ".bash_completions" / "raquan.sh"
        _write(target, BASH_SCRIPT)
        _add_line(home / ".bashrc", f"source '{target}'")
        return target
    if shell == "zsh":
        target = home / ".zfunc" / "_raquan"
        _write(target, ZSH_SCRIPT)
        _add_line(home / ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit")
        return target
    from typer.completion import (  # type: ignore[attr-defined]  # noqa: PLC0415
        install as typer_install,
    )

    _, path = typer_install(shell=shell, prog_name="raquan", complete_var=VARIABLE)
    return Path(path)


def _write(target: Path, text: str) -> None:
    from raquan.files import write_atomic  # noqa: PLC0415

    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)


def _add_line(rc: Path, line: str) -> None:
    """Add ``line`` to a shell's start-up file, once."""
    text = rc.read_text(encoding="utf-8") if rc.is_file() else ""
    if line not in text.splitlines():
        _write(rc, text + ("" if text.endswith("\n") or not text else "\n") + line + "\n")


def _unquoted(word: str) -> str:
    """A word as typed (``"xa doan``, ``xa\\ doan``) without its shell quoting; an unclosed
    quote ends with the word."""
    for ending in ("", '"', "'"):
        try:
            return " ".join(shlex.split(word + ending))
        except ValueError:
            continue
    return word


def request(shell: str, environ: Mapping[str, str]) -> tuple[list[str], str]:
    """The words before the cursor (without ``raquan``) and the word being completed. The
    shell functions pass the words one a line, as the shell split them."""
    if shell == "bash":
        words = [_unquoted(w) for w in environ.get("COMP_WORDS", "").split("\n")]
        cword = int(environ.get("COMP_CWORD", "0") or 0)
        incomplete = words[cword] if cword < len(words) else ""
        return words[1:cword], incomplete
    words = [_unquoted(w) for w in environ.get("_RAQUAN_COMPLETE_ARGS", "").split("\n")]
    return words[1:-1], words[-1] if len(words) > 1 else ""


def _unit_names(incomplete: str) -> list[str]:
    """The names of the units and groups of the plans here whose words start as typed."""
    from raquan.domain.folding import fold  # noqa: PLC0415
    from raquan.domain.units import display_name, spelling_words  # noqa: PLC0415
    from raquan.read.planset import load_plans  # noqa: PLC0415
    from raquan.read.resources import default_plans  # noqa: PLC0415

    try:
        found = load_plans([default_plans()])
    except Exception:  # completion must never break the shell
        return []

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", fold(unicodedata.normalize("NFC", text).casefold()))

    typed = words(incomplete)
    ranked: dict[str, int] = {}
    for index in found.indexes:
        for target in index.targets():
            if not index.in_force(target):
                continue
            shown = display_name(target)
            spellings = [words(shown), *(list(s) for s in spelling_words(target))]
            for spelling in spellings:
                place = _in_order(typed, [piece for w in spelling for piece in w.split("-")])
                if place is not None:
                    ranked[shown] = min(place, ranked.get(shown, place))
    return sorted(ranked, key=lambda name: (ranked[name], name))


def _in_order(typed: Sequence[str], words: Sequence[str]) -> int | None:
    """Where the typed words begin words of the name, in order (the first word's position),
    or None; nothing typed matches every name."""
    if not typed:
        return 0
    start = position = 0
    for number, word in enumerate(typed):
        while position < len(words) and not words[position].startswith(word):
            position += 1
        if position == len(words):
            return None
        if number == 0:
            start = position
        position += 1
    return start


def _options(command: Any) -> list[tuple[str, Any]]:
    """Each option name of a Click command, with its parameter; ``-h``/``--help`` too."""
    found = [
        (name, param)
        for param in command.params
        if param.param_type_name == "option" and not getattr(param, "hidden", False)
        for name in (*param.opts, *param.secondary_opts)
    ]
    return [*found, ("--help", None), ("-h", None)]


def _value_of(command: Any, args: Sequence[str]) -> Any:
    """The option whose value is being typed (the word before is that option), or None."""
    if not args:
        return None
    name = args[-2] if args[-1] == "=" and len(args) > 1 else args[-1]
    for option, param in _options(command):
        if option == name and param is not None and not param.is_flag and not param.count:
            return param
    return None


def _choices(command: Any, param: Any) -> list[str]:
    """The values an option takes, when they are a fixed few: a Click choice, or the tables
    the commands check their options against (formats, roles, groupings, report kinds)."""
    for holder in (getattr(param, "type", None), getattr(param, "type_descriptor", None)):
        found = getattr(holder, "choices", None)
        if found:
            return [str(value) for value in found]
    tables: dict[tuple[str, str], tuple[str, str]] = {
        ("check", "output"): ("raquan.check.formats", "FORMATS"),
        ("due", "output_format"): ("raquan.due.formats", "FORMATS"),
        ("due", "role"): ("raquan.due.run", "ROLES"),
        ("due", "group_by"): ("raquan.due.run", "GROUPINGS"),
        ("diff", "output_format"): ("raquan.diff.formats", "FORMATS"),
        ("report", "kind"): ("raquan.models.report", "REPORT_KINDS"),
    }
    where = tables.get((command.name, param.name))
    if where is None:
        return []
    import importlib  # noqa: PLC0415

    try:
        return [str(value) for value in getattr(importlib.import_module(where[0]), where[1])]
    except (ImportError, AttributeError):
        return []


def candidates(root: Any, args: Sequence[str], incomplete: str) -> tuple[str, list[str]]:
    """What to offer for ``incomplete`` after ``args``: ("words", commands or options or
    choices), ("names", unit names, matched loosely), or ("files", nothing: the shell's own
    file completion)."""
    command, rest = root, list(args)
    while getattr(command, "commands", None) is not None:
        names = [word for word in rest if not word.startswith("-")]
        if not names or names[0] not in command.commands:
            if incomplete.startswith("-"):
                return "words", [o for o, _ in _options(command) if o.startswith(incomplete)]
            return "words", [n for n in command.commands if n.startswith(incomplete)]
        rest = rest[rest.index(names[0]) + 1 :]
        command = command.commands[names[0]]
    if "=" in incomplete and incomplete.startswith("--"):
        option, _, incomplete = incomplete.partition("=")
        rest = [*rest, option]
    param = _value_of(command, rest)
    if param is not None:
        if param.name == "unit":
            return "names", _unit_names(incomplete)
        choices = _choices(command, param)
        if choices:
            return "words", [c for c in choices if c.startswith(incomplete)]
        return "files", []
    if incomplete.startswith("-"):
        return "words", [o for o, _ in _options(command) if o.startswith(incomplete)]
    return "files", []


def complete(instruction: str, environ: Mapping[str, str], command: Any) -> str:
    """The answer to a completion request (``_RAQUAN_COMPLETE=complete_bash``, ...) about
    ``command``, the Click command of ``raquan``."""
    shell = instruction.removeprefix("complete_")
    args, incomplete = request(shell, environ)
    kind, found = candidates(command, args, incomplete)
    if shell == "bash":
        return "".join(f"{shlex.quote(value) if kind == 'names' else value}\n" for value in found)
    return "".join(f"{line}\n" for line in (kind, *found))


def run_if_asked(build: Callable[[], Any], environ: Mapping[str, str] | None = None) -> bool:
    """Answer a completion request for bash or zsh, if this run is one; True when it was.
    ``build`` gives the Click command of ``raquan`` (built only when a request comes)."""
    environ = os.environ if environ is None else environ
    instruction = environ.get(VARIABLE, "")
    if instruction not in (f"complete_{shell}" for shell in OWN_SHELLS):
        if instruction:
            from typer.completion import (  # type: ignore[attr-defined]  # noqa: PLC0415
                completion_init,
            )

            completion_init()  # fish, PowerShell: Typer answers
        return False
    import sys  # noqa: PLC0415

    try:
        sys.stdout.write(complete(instruction, environ, build()))
    except Exception:  # completion must never break the shell
        return True
    return True
