"""The parser contract: every command listed, every argument explained, exit codes on misuse."""

from __future__ import annotations

import argparse

import pytest

from raci_studio import __version__
from raci_studio.cli import COMMAND_MODULES, COMMANDS, build_parser, main


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _command_helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {choice.dest: choice.help for choice in action._choices_actions}


def test_the_listed_commands_are_the_parser_s_commands():
    parser = build_parser()
    assert list(_subparsers(parser)) == list(COMMANDS)
    assert len(COMMAND_MODULES) == len(COMMANDS)


def test_every_command_and_every_argument_has_help_text():
    parser = build_parser()
    missing = [name for name, text in _command_helps(parser).items() if not text]
    for name, sub in _subparsers(parser).items():
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


@pytest.mark.parametrize("command", ["export", "import", "new"])
def test_commands_that_write_refuse_to_replace_without_force(command):
    sub = _subparsers(build_parser())[command]
    force = [a for a in sub._actions if "--force" in a.option_strings]
    assert force, f"{command} has no --force"
    assert "existing file is kept" in force[0].help


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_each_command_exits_0(command, capsys):
    assert main([command, "--help"]) == 0
    assert f"usage: raci-studio {command}" in capsys.readouterr().out


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"RACI Studio {__version__}\n"


def test_no_command_prints_the_help_and_exits_2(capsys):
    assert main([]) == 2
    printed = capsys.readouterr().out
    assert printed.startswith("usage: raci-studio")
    for command in COMMANDS:
        assert command in printed


def test_misuse_exits_2_with_the_usage(capsys):
    assert main(["frobnicate"]) == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err
    assert main(["check", "--no-such-option", "x.raci.json"]) == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err
    assert main(["import", "x.csv", "--scheme", "RAPID"]) == 2
    assert "invalid choice: 'RAPID'" in capsys.readouterr().err


def test_an_interrupt_exits_130(monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr("raci_studio.cli.schema.run", interrupted)
    assert main(["schema"]) == 130
