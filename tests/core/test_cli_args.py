from pathlib import Path

import pytest

from mureka_desktop.cli import build_parser


@pytest.mark.parametrize("argv", [
    ["--data-dir", "/tmp/x", "--demo", "generate", "1"],
    ["generate", "--data-dir", "/tmp/x", "--demo", "1"],
    ["--demo", "generate", "--data-dir", "/tmp/x", "1"],
])
def test_common_options_work_before_and_after_the_subcommand(argv):
    args = build_parser().parse_args(argv)
    assert args.data_dir == Path("/tmp/x") and args.demo and args.inputs == ["1"]


def test_no_subcommand_means_the_window():
    args = build_parser().parse_args(["--demo"])
    assert args.command is None and args.demo and args.data_dir is None


def test_bad_concurrency_is_a_usage_error():
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["generate", "--concurrency", "11", "1"])
    assert info.value.code == 2
