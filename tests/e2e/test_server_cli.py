"""Shared mode from the command line, as the DBA, an administrator and a clerk use it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

pytestmark = pytest.mark.postgres
PASSWORD = "Passw0rd-1"


def _run(
    tmp_path: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "PG"))}
    base.update(
        WORKBENCH_DATA_DIR=str(tmp_path / "data"),
        PYTHONUTF8="1",
        PGPASSFILE=str(tmp_path / "no-pgpass"),
    )
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=base,
        input=stdin,
        timeout=300,
    )


def _login_url(pg_url: str, login: str, password: str | None) -> str:
    b = make_url(pg_url)
    url = URL.create(b.drivername, login, password, b.host, b.port, b.database, b.query)
    return url.render_as_string(hide_password=False)


def test_a_clerk_cannot_pass_for_the_administrator(tmp_path: Path, pg_url: str) -> None:
    suffix = uuid.uuid4().hex[:8]
    admin, clerk = f"boss_{suffix}", f"li_{suffix}"
    first = _run(
        tmp_path, "server", "setup", "--db", pg_url, "--admin", admin, "--name", "王主任",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "trigger workbench_audit_items on items" in first.stdout
    again = _run(tmp_path, "server", "setup", "--db", pg_url, "--admin", admin)
    assert again.returncode == 0 and "没有任何改动" in again.stdout
    added = _run(
        tmp_path, "user", "add", clerk, "--role", "clerk", "--name", "李文员", "--password-stdin",
        "--db", _login_url(pg_url, admin, PASSWORD), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    as_clerk = _login_url(pg_url, clerk, PASSWORD)
    spoof = {"LOGNAME": admin, "USER": admin, "USERNAME": admin}
    reg = _run(
        tmp_path, "add", "--db", as_clerk, "--kind", "normative", "--title", "办法",
        "--received", "2025-06-02", env=spoof,
    )  # fmt: skip
    assert reg.returncode == 0, reg.stderr
    reg_no = reg.stdout.strip()
    _run(tmp_path, "start", reg_no, "--db", as_clerk, env=spoof)
    refused = _run(
        tmp_path, "opinion", reg_no, "--conclusion", "approve", "--text", "同意",
        "--db", as_clerk, env=spoof,
    )  # fmt: skip
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    listing = _run(tmp_path, "show", reg_no, "--json", "--db", as_clerk)
    assert '"status": "in_review"' in listing.stdout
    verified = _run(tmp_path, "audit", "verify", "--db", as_clerk)
    assert verified.returncode == 0, verified.stderr
    # who did it is the clerk's server login, whatever the environment said
    import psycopg

    with psycopg.connect(
        make_url(pg_url).set(drivername="postgresql").render_as_string(False)
    ) as c:
        actors = {r[0] for r in c.execute("SELECT actor FROM audit_events WHERE item_id = 1")}
    assert actors == {clerk}


def test_a_missing_password_is_one_sentence(tmp_path: Path, pg_url: str) -> None:
    suffix = uuid.uuid4().hex[:8]
    admin = f"boss_{suffix}"
    done = _run(
        tmp_path, "server", "setup", "--db", pg_url, "--admin", admin, "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for url in (_login_url(pg_url, admin, None), _login_url(pg_url, admin, "Wrong-pass-9")):
        proc = _run(tmp_path, "list", "--db", url)
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    weak = _run(
        tmp_path, "user", "passwd", "--password-stdin", "--db", _login_url(pg_url, admin, PASSWORD),
        stdin="short\n",
    )  # fmt: skip
    assert weak.returncode != 0 and "8" in weak.stderr


def test_a_login_the_server_accepts_without_a_password(tmp_path: Path, pg_url: str) -> None:
    """Kerberos (pg_hba ``gss``) or a trusted socket: libpq needs no password, nothing asks."""
    socket_dir = os.environ.get("WORKBENCH_TEST_PG_SOCKET")
    if not socket_dir:
        pytest.skip("WORKBENCH_TEST_PG_SOCKET not set (CI sets it)")
    suffix = uuid.uuid4().hex[:8]
    admin = f"boss_{suffix}"
    assert _run(tmp_path, "server", "setup", "--db", pg_url, "--admin", admin).returncode == 0
    b = make_url(pg_url)
    url = URL.create(
        "postgresql+psycopg", admin, None, None, None, b.database,
        {"host": socket_dir, "port": str(b.port or 5432)},
    ).render_as_string(hide_password=False)  # fmt: skip
    proc = _run(tmp_path, "user", "list", "--db", url)
    assert proc.returncode == 0, proc.stderr
    assert admin in proc.stdout
