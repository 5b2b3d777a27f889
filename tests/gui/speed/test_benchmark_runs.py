"""The benchmark cannot rot: CI runs it at small scale (it generates its database, starts the
application against the bare libraries, drives every figure) and every figure is printed with
its target and ratio. The figures themselves are not judged here: CI machines vary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.figures import FIGURES

from .child import run_python


@pytest.mark.bench
def test_the_small_benchmark_prints_every_figure(tmp_path: Path) -> None:
    output = run_python(["-m", "bench", "--scale", "small", "--runs", "2"], tmp_path, 240)
    lines = output.splitlines()
    for _key, label, _unit, _target in FIGURES:
        line = next((text for text in lines if text.startswith(label)), None)
        assert line is not None, f"no line for {label!r} in:\n{output}"
        assert re.search(r"target ≤ .* ratio [0-9.]+×? +(ok|MISSED)", line), line
    assert "targets hold" in lines[-1]


@pytest.mark.bench
def test_the_import_benchmark_shows_where_the_time_goes(tmp_path: Path) -> None:
    """``python -m bench.excel`` at small scale: the import against openpyxl with its target,
    each stage of the import, the full export against openpyxl writing the same cells, and
    the peak memory of each against its target."""
    output = run_python(["-m", "bench.excel", "--rows", "2000", "--repeat", "1"], tmp_path, 240)
    assert re.search(r"import end to end .* ratio [0-9.]+ +\(target ≤ 0\.60\)", output), output
    for stage in ("read", "convert", "insert", "index", "log"):
        assert re.search(rf"import: {stage} +[0-9.]+ s", output), output
    assert re.search(r"peak memory, import +[0-9]+ MiB \(target ≤ 400 MiB\)", output), output
    assert re.search(r"full export .* ratio [0-9.]+ +\(target ≤ 1\.20\)", output), output
    assert re.search(r"peak memory, export +[0-9]+ MiB \(target ≤ 250 MiB\)", output), output


def test_the_server_benchmark_prints_the_tab_on_the_file_and_on_the_server(
    tmp_path: Path, pg_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    if pg_server is None:
        pytest.skip("no PostgreSQL server")
    monkeypatch.setenv("KAD_TEST_PG_URL", pg_server.url)  # the child loads into this server
    output = run_python(["-m", "bench.server", "--scale", "small", "--runs", "1"], tmp_path, 240)
    for where in ("file  ", "server"):
        assert re.search(
            rf"opportunities tab over {where}, all accounts \(1,000 opportunities\), first page "
            r"painted: +[0-9.]+ ms +target ≤ 100 ms +(ok|MISSED)",
            output,
        ), output
    assert "loaded small.sqlite into the server by COPY" in output
