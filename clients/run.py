"""The official Rainbow clients against the sandbox: the Node SDK and ``rbw``, pinned.

``make test-clients`` runs this. It installs the pinned npm packages of ``clients/package.json``
into ``build/clients`` (``npm ci``, never in the source tree), starts the sandbox
(``installer-app sandbox``), puts a TLS front with a throw-away CA on 127.0.0.1:443 (another
port when 443 cannot be bound; ``--port``), then runs

- ``clients/sdk_calls.js main``: the SDK calls the installer relies on;
- five ``rbw`` commands in a row on one saved session, with a fresh HOME;
- ``clients/sdk_calls.js expiry``: the SDK against a sandbox with tokens of a few seconds.

It prints one table (call, HTTP exchanges, result) and exits 1 when any call misbehaves.
``--doc FILE`` also writes the table, with the versions, to a Markdown page.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import trustme

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / "build" / "clients"
#: The host name the clients are given; the preload shim resolves it to 127.0.0.1.
HOST = "rainbow-sandbox.test"
#: rbw's application for any custom host, as written in rainbow-cli's common/SDK.js.
RBW_APP_ID = "b34c674000f011e886d9b5bbd3260792"
RBW_APP_SECRET = "Tz8biItumw6Ay6DaThff7Cy9T6rLKIMr2qIk0WcixWkJYxZdZfXBa2kqkIcvlemI"
#: Seconds a token lives in the expiry scenario, and how long the SDK is watched.
SHORT_TOKEN_LIFETIME = 3
EXPIRY_WINDOW = 30
FOREIGN_PBX = "ALE99-9999.9999.99"
COPIED = ("package.json", "package-lock.json", "stubs", "preload.js", "sdk_calls.js")


@dataclass
class Row:
    """One line of the table."""

    client: str
    call: str
    http: list[str]
    ok: bool
    result: str


@dataclass
class Run:
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        mark = "ok  " if row.ok else "FAIL"
        print(f"{mark} {row.client}: {row.call}: {row.result}", flush=True)


# -- npm ---------------------------------------------------------------------------------------


def install() -> dict[str, str]:
    """``npm ci`` of the pinned packages into build/clients, when the lock file changed."""
    WORK.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source, target = HERE / name, WORK / name
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    stamp = WORK / "node_modules" / ".installed-lock"
    lock = (HERE / "package-lock.json").read_text(encoding="utf-8")
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != lock:
        print("Installing the pinned official clients with npm ci ...", flush=True)
        subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=WORK,
            check=True,
        )
        stamp.write_text(lock, encoding="utf-8")
    source = (WORK / "node_modules/rainbow-cli/common/SDK.js").read_text(encoding="utf-8")
    if RBW_APP_ID not in source or RBW_APP_SECRET not in source:
        raise SystemExit("rbw's application id for custom hosts changed: update clients/run.py")
    return {
        name: json.loads((WORK / "node_modules" / name / "package.json").read_text())["version"]
        for name in ("rainbow-node-sdk", "rainbow-cli")
    }


# -- the sandbox and its TLS front ---------------------------------------------------------------


@contextlib.asynccontextmanager
async def sandbox(*extra: str) -> AsyncIterator[dict[str, object]]:
    """``installer-app sandbox`` in a child process; yields its JSON line."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "installer_app", "sandbox", "--app", f"{RBW_APP_ID}:{RBW_APP_SECRET}",
        *extra, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 60)
        if not line:
            raise SystemExit("the sandbox did not start")
        yield json.loads(line)
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, ssl.SSLError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


@contextlib.asynccontextmanager
async def tls_front(ca: trustme.CA, backend: tuple[str, int], port: int) -> AsyncIterator[int]:
    """TLS on 127.0.0.1:``port`` (a free port when it cannot be bound) to ``backend``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST, "localhost", "127.0.0.1").configure_cert(context)

    async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*backend)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    try:
        server = await asyncio.start_server(relay, "127.0.0.1", port, ssl=context)
    except PermissionError:
        print(f"Port {port} needs root here: the TLS front takes a free port.", flush=True)
        server = await asyncio.start_server(relay, "127.0.0.1", 0, ssl=context)
    async with server:
        yield server.sockets[0].getsockname()[1]


# -- the clients ---------------------------------------------------------------------------------


def node_env(info: dict[str, object], ca_file: Path, port: int, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NODE_EXTRA_CA_CERTS=str(ca_file),
        NODE_OPTIONS=f"--require {WORK / 'preload.js'}",
        RAINBOW_FRONT_HOSTS=HOST,
        RAINBOW_FRONT_PORT=str(port),
        RAINBOW_CLIENTS_DIR=str(WORK),
        SANDBOX_HOST=HOST,
        SANDBOX_LOGIN=str(info["login"]),
        SANDBOX_PASSWORD=str(info["password"]),
        SANDBOX_APP_ID=str(info["app_id"]),
        SANDBOX_APP_SECRET=str(info["app_secret"]),
        SANDBOX_COMPANY_ID=str(info["company_id"]),
        SANDBOX_FOREIGN_PBX=FOREIGN_PBX,
        **extra,
    )
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        env.pop(name, None)
    return env


async def node(args: list[str], env: dict[str, str], timeout: float) -> tuple[int | None, str]:
    """Run ``node args`` in build/clients; (exit status or None on timeout, stdout)."""
    process = await asyncio.create_subprocess_exec(
        "node", *args, cwd=WORK, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        out, _ = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        process.kill()
        out, _ = await process.communicate()
        return None, out.decode(errors="replace")
    return process.returncode, out.decode(errors="replace")


async def sdk_script(run: Run, scenario: str, env: dict[str, str], timeout: float) -> None:
    status, out = await node(["sdk_calls.js", scenario], env, timeout)
    rows = [json.loads(line[3:]) for line in out.splitlines() if line.startswith("@@ ")]
    for row in rows:
        run.add(Row("SDK", row["call"], row["http"], bool(row["ok"]), row["result"]))
    if status is None or not rows:
        tail = out.strip().splitlines()[-5:]
        run.add(Row("SDK", f"script {scenario}", [], False, f"status {status}: {' | '.join(tail)}"))


async def rbw(run: Run, env: dict[str, str], info: dict[str, object]) -> None:
    """login, customers, sites, create system, system, delete system: one saved session."""
    home = Path(tempfile.mkdtemp(prefix="rbw-home-"))
    log = home / "exchanges.jsonl"
    env = {**env, "HOME": str(home), "RAINBOW_CALL_LOG": str(log)}
    cli = str(WORK / "node_modules/rainbow-cli/index.js")
    pbx_id = "RBW01-1000.2000.30"
    state: dict[str, str] = {}

    async def command(name: str, args: list[str], expect: str) -> str:
        log.write_text("", encoding="utf-8")
        status, out = await node([cli, *args], env, 60)
        out = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", out)
        exchanges = [json.loads(line) for line in log.read_text().splitlines() if line]
        http = [f"{e['method']} {e['path']} {e['status']}" for e in exchanges]
        refused = [h for h in http if re.search(r" (401|403|404|409|5\d\d)$", h)]
        ok = status == 0 and not refused and re.search(expect, out) is not None
        if status is None:
            result = f"hung (killed after 60 s): rbw {' '.join(args[:4])}"
        elif ok:
            result = "as expected"
        else:
            result = f"exit {status}: " + " | ".join(out.strip().splitlines()[-3:])[:300]
        run.add(Row("rbw", name, http, ok, result))
        return out

    await command(
        "rbw login (custom host)",
        ["login", str(info["login"]), str(info["password"]), "--host", HOST],
        r"(?i)signed in|connected|logged|" + re.escape(str(info["login"])),
    )
    await command("rbw customers", ["customers", "--json"], re.escape(str(info["company_id"])))
    sites = await command(
        "rbw sites", ["sites", "--company", str(info["company_id"]), "--json"], r'"id"'
    )
    site = re.search(r'"id"\s*:\s*"([0-9a-f]{24})"', sites)
    state["site"] = site.group(1) if site else ""
    # Not --json: rbw 1.102.2 never exits after "create system --json" (its Exit.ok() is only
    # in the branch that prints text), whatever the server answers.
    created = await command(
        "rbw create system", ["create", "system", "rbw PBX", state["site"], pbx_id],
        r"created with id '[0-9a-f]{24}'",
    )  # fmt: skip
    system = re.search(r"created with id '([0-9a-f]{24})'", created)
    state["system"] = system.group(1) if system else ""
    await command("rbw system", ["system", state["system"], "--json"], re.escape(pbx_id))
    await command("rbw delete system", ["delete", "system", state["system"], "--nc"], r".")
    shutil.rmtree(home, ignore_errors=True)


# -- the table -----------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    lines = ["| client | call | HTTP | result |", "| --- | --- | --- | --- |"]
    for row in rows:
        http = "<br>".join(h.replace("|", "\\|") for h in row.http) or "-"
        mark = "pass" if row.ok else "**FAIL**"
        lines.append(f"| {row.client} | {row.call} | {http} | {mark}: {row.result} |")
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    versions = install()
    run = Run()
    ca = trustme.CA()
    with tempfile.TemporaryDirectory(prefix="clients-ca-") as tmp:
        ca_file = Path(tmp) / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        async with sandbox() as info:
            backend = _host_port(str(info["rainbow_url"]))
            async with tls_front(ca, backend, args.port) as port:
                env = node_env(info, ca_file, port)
                await sdk_script(run, "main", env, 180)
                await rbw(run, env, info)
        lifetime = str(SHORT_TOKEN_LIFETIME)
        async with sandbox("--token-lifetime", lifetime) as info:
            backend = _host_port(str(info["rainbow_url"]))
            async with tls_front(ca, backend, args.port) as port:
                env = node_env(info, ca_file, port, SANDBOX_TOKEN_LIFETIME=lifetime,
                               EXPIRY_WINDOW=str(EXPIRY_WINDOW))  # fmt: skip
                await sdk_script(run, "expiry", env, EXPIRY_WINDOW + 60)
    text = table(run.rows)
    print()
    print(f"rainbow-node-sdk {versions['rainbow-node-sdk']}, rainbow-cli {versions['rainbow-cli']}")
    print(text)
    if args.doc:
        write_doc(Path(args.doc), versions, text)
    failed = [row for row in run.rows if not row.ok]
    print(f"\n{len(run.rows) - len(failed)} of {len(run.rows)} calls behaved as expected.")
    return 1 if failed else 0


def _host_port(url: str) -> tuple[str, int]:
    host, _, port = url.split("://", 1)[1].rpartition(":")
    return host.strip("[]"), int(port)


def write_doc(path: Path, versions: dict[str, str], text: str) -> None:
    node_version = subprocess.run(
        ["node", "-v"], check=False, capture_output=True, text=True
    ).stdout.strip()
    template = (HERE / "official-clients.md.in").read_text(encoding="utf-8")
    path.write_text(
        template.format(
            sdk=versions["rainbow-node-sdk"], cli=versions["rainbow-cli"], node=node_version,
            table=text, lifetime=SHORT_TOKEN_LIFETIME, window=EXPIRY_WINDOW,
        ),
        encoding="utf-8",
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=443, help="TLS front port (default 443)")
    parser.add_argument("--doc", help="also write the table to this Markdown page")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
