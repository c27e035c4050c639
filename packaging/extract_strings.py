"""List the strings lupdate cannot find by itself, as QT_TRANSLATE_NOOP markers for it.

lupdate sees ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")``. A
module-level helper such as ``_tr = translator("Ctx")`` (companion.desktop.translate) or
``def _tr(text): return QCoreApplication.translate("Ctx", text)`` hides the context, so each
``_tr("literal")`` call is written out here as
``QT_TRANSLATE_NOOP("Ctx", "literal")``. Texts that reach ``tr()`` as data (plan items
from the pure core) are listed from their one source, see
:func:`catalogues`. Usage: ``python extract_strings.py companion``.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path


def _assigned_translators(tree: ast.Module) -> dict[str, str]:
    """Names bound at module level by ``name = translator("Context")``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, call = node.targets[0], node.value
        if (
            isinstance(target, ast.Name)
            and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "translator"
            and len(call.args) == 1
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            found[target.id] = call.args[0].value
    return found


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Names that translate their one argument under a fixed context: functions returning
    ``<x>.translate("Context", <parameter>)``, and ``translator("Context")`` results."""
    found = _assigned_translators(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        for ret in (n for n in ast.walk(node) if isinstance(n, ast.Return)):
            call = ret.value
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                found[node.name] = call.args[0].value
    return found


def extract(root: Path) -> list[tuple[str, str, str]]:
    """(context, text, where) for every literal passed to such a helper under ``root``."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree)
        if not helpers:
            continue
        for node in sorted(ast.walk(tree), key=lambda n: getattr(n, "lineno", 0)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                out.append((helpers[node.func.id], node.args[0].value, f"{path}:{node.lineno}"))
    return out


def catalogues(root: Path) -> list[tuple[str, str, str]]:
    """Texts the widgets translate as data, from where they are defined.

    - ``PlanItem``: the labels of ``companion.core.agreement.PLAN_ITEMS`` (ui/break_flow.py);
    - ``BreathingPreset``: the names of ``companion.core.breath_pattern.PRESETS``
      (ui/shell/labels.py);
    - ``CheckinWheel``: the state names of ``companion.core.states.STATE_NAMES``
      (ui/shell/labels.py);
    - ``HistoryModel``: the situation and tag labels of ``companion.core.states``;
    - ``BreakFlow``: the fixed note about short breaks (``ReturnRequest.short_note``);
    - ``PatternProblem``: ``companion.core.breath_pattern.PATTERN_PROBLEMS`` and its phase words;

    The phrases themselves are not listed: each language has its own ``phrases.toml``.
    """
    sys.path.insert(0, str(root.resolve().parent))
    from companion.core import agreement, breath_pattern, states

    out = [("PlanItem", item.label, "companion/core/agreement.py") for item in agreement.PLAN_ITEMS]
    where = "companion/core/breath_pattern.py"
    out += [("BreathingPreset", preset.name, where) for preset in breath_pattern.PRESETS.values()]
    problems = (*breath_pattern.PATTERN_PROBLEMS, *breath_pattern.PHASE_WORDS.values())
    out += [("PatternProblem", text, where) for text in problems]
    where = "companion/core/states.py"
    out += [("CheckinWheel", name, where) for name in states.STATE_NAMES.values()]
    for labels in (states.CONTEXT_LABELS, states.TAG_LABELS):
        out += [("HistoryModel", text, where) for text in labels.values()]
    short_note = getattr(agreement, "_SHORT_NOTE", None)
    if isinstance(short_note, str):
        out.append(("BreakFlow", short_note, "companion/core/agreement.py"))
    return out


def main(argv: list[str]) -> int:
    print("# Generated by packaging/extract_strings.py for lupdate; do not edit.")
    print("from PySide6.QtCore import QT_TRANSLATE_NOOP\n")
    root = Path(argv[1] if len(argv) > 1 else "companion")
    for context, text, where in [*extract(root), *catalogues(root)]:
        literal = json.dumps(text, ensure_ascii=False)
        print(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {literal})  # {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
