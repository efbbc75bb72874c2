// The official Rainbow Node SDK, in its "cli" mode, making the calls the installer relies on.
//
// Run by clients/run.py with the preload shim (clients/preload.js), which records every HTTP
// exchange in globalThis.rainbowExchanges. Prints one line per call, "@@ " then JSON:
// {"call", "http": ["GET /path 200", ...], "ok": true|false, "result": "..."}.
// Usage: node sdk_calls.js main|expiry  (environment: SANDBOX_* from run.py)
"use strict";

const RainbowSDK = require("rainbow-node-sdk");

const env = process.env;
const scenario = process.argv[2] || "main";
const results = [];

function emit(row) {
  results.push(row);
  process.stdout.write("@@ " + JSON.stringify(row) + "\n");
}

function exchangesSince(mark) {
  return globalThis.rainbowExchanges.slice(mark).map((e) => `${e.method} ${e.path} ${e.status}`);
}

// Run one SDK call; `check(value)` returns "" when the answer is as expected, else why not.
async function call(name, fn, check) {
  const mark = globalThis.rainbowExchanges.length;
  let ok = false;
  let result;
  try {
    const value = await fn();
    result = check(value);
    ok = result === "";
    if (ok) result = "as expected";
  } catch (err) {
    result = "failed: " + describe(err);
  }
  emit({ call: name, http: exchangesSince(mark), ok, result });
}

// Run one SDK call that must be refused with `status`.
async function refused(name, status, fn, check = () => "") {
  const mark = globalThis.rainbowExchanges.length;
  let ok = false;
  let result;
  try {
    await fn();
    result = `accepted, expected ${status}`;
  } catch (err) {
    const code = err && (err.code || (err.error && err.error.code));
    const extra = check(err);
    ok = Number(code) === status && extra === "";
    result = ok ? `refused with ${status} as expected` : `refused (${describe(err)}) ${extra}`;
  }
  emit({ call: name, http: exchangesSince(mark), ok, result });
}

function describe(err) {
  if (!err) return "no error object";
  const parts = [err.code, err.msg || err.message, err.details && JSON.stringify(err.details)];
  return parts.filter(Boolean).join(" ").slice(0, 300);
}

function options(host) {
  return {
    rainbow: { host, mode: "cli" },
    credentials: { login: env.SANDBOX_LOGIN, password: env.SANDBOX_PASSWORD },
    application: { appID: env.SANDBOX_APP_ID, appSecret: env.SANDBOX_APP_SECRET },
    logs: { enableConsoleLogs: false, enableFileLogs: false, "system-dev": { internals: false, http: false } },
    im: { sendReadReceipt: false },
  };
}

// A list, whether the SDK hands over the envelope {data: [...]} or the list itself.
const items = (answer) => (Array.isArray(answer) ? answer : (answer && answer.data) || []);
const expect = (condition, why) => (condition ? "" : why);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(sdk) {
  await sdk.startCLI();
  return sdk.signinCLI();
}

async function main() {
  const sdk = new RainbowSDK(options(env.SANDBOX_HOST));
  const admin = () => sdk.admin;
  let account;
  await call("sign in (startCLI + signinCLI, app auth)", async () => (account = await signIn(sdk)),
    (json) => expect(json && json.token && json.loggedInUser.roles.includes("bp_admin"),
      "no token, or no bp_admin role"));
  if (!account) return;
  const bpId = account.loggedInUser.companyId;
  const company = env.SANDBOX_COMPANY_ID;

  await call("customers (getAllCompanies with bpId)",
    () => admin().getAllCompanies("small", "name", bpId),
    (answer) => expect(items(answer).some((c) => c.id === company), "the demo customer is missing"));
  let siteId;
  await call("sites of a company (getAllSites, default sortOrder)",
    () => admin().getAllSites("small", 100, 0, "name", undefined, undefined, company),
    (answer) => {
      siteId = items(answer)[0] && items(answer)[0].id;
      return expect(siteId, "no site");
    });
  await call("countries (getListOfCountriesAllowedForSystems)",
    () => admin().getListOfCountriesAllowedForSystems(),
    (list) => expect(JSON.stringify(list).includes("FRA"), "FRA is missing"));
  if (siteId) await systems(sdk, siteId);
}

// Declare, read, update, refuse and delete systems on one site, then stop (one logout).
async function systems(sdk, siteId) {
  const admin = () => sdk.admin;
  const stockId = "SDK01-1000.2000.30";
  let stock, btco;
  await call("create stock system (pbxId + activationCode)",
    () => admin().createSystem("SDK stock", stockId, undefined, siteId, "oxo", "FRA",
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, stockId),
    (s) => {
      stock = s;
      return expect(s && s.pbxId === stockId && s.status === "created", "wrong pbxId or status");
    });
  await call("create BTCO system (no pbxId: generated)",
    () => admin().createSystem("SDK BTCO", undefined, undefined, siteId, "oxo", "FRA"),
    (s) => {
      btco = s;
      return expect(s && s.pbxId && s.jid_pbxagent_password, "no generated pbxId or code");
    });
  if (!stock || !btco) return;
  await call("read by id (getSystemData)", () => admin().getSystemData(btco.id),
    (s) => expect(s.id === btco.id && Array.isArray(s.siteId), "wrong system"));
  await call("read by id with connectionHistory", () => admin().getSystemData(btco.id, true),
    (s) => expect(Array.isArray(s.connectionHistory), "no connectionHistory"));
  await call("read by pbxId (getSystemDataByPbxId)", () => admin().getSystemDataByPbxId(stockId),
    (s) => expect(s.id === stock.id, "wrong system"));
  await call("read by pbxId with connectionHistory",
    () => admin().getSystemDataByPbxId(stockId, true),
    (s) => expect(s.id === stock.id && Array.isArray(s.connectionHistory), "no connectionHistory"));
  await call("/state small", () => admin().getSystemConnectionState(btco.id, "small"),
    (st) => expect(st && "connection" in st && /^\d+$/.test(String(st.timestamp)),
      "no connection, or timestamp not Unix time"));
  await call("/state medium", () => admin().getSystemConnectionState(btco.id, "medium"),
    (st) => expect(st && "conf" in st && "csta" in st && "http" in st, "no conf/csta/http"));
  await call("update (updateSystem: name)", () => admin().updateSystem(btco.id, "SDK BTCO renamed"),
    (s) => expect(s && s.name === "SDK BTCO renamed", "name not changed"));
  await refused("duplicate pbxId on create", 409,
    () => admin().createSystem("SDK again", stockId, undefined, siteId, "oxo", "FRA"));
  await refused("another partner's pbxId", 403,
    () => admin().getSystemDataByPbxId(env.SANDBOX_FOREIGN_PBX),
    (err) => expect(!JSON.stringify(err).includes(env.SANDBOX_FOREIGN_SYSTEM), "discloses the system id"));
  await call("renew the token (the SDK's own renew)", async () => {
    const rest = sdk._core._rest;
    const before = rest._token;
    rest._renewAuthToken();
    for (let i = 0; i < 50 && rest._token === before; i++) await sleep(100);
    return rest._token !== before;
  }, (renewed) => expect(renewed, "token not renewed"));
  for (const s of [stock, btco]) {
    await call(`delete ${s === stock ? "stock" : "BTCO"} system`, () => admin().deleteSystem(s.id),
      () => "");
  }
  await refused("read a deleted system", 404, () => admin().getSystemData(stock.id));
  const mark = globalThis.rainbowExchanges.length;
  await sdk.stop();
  await sleep(500);
  const logouts = exchangesSince(mark).filter((e) => e.includes("/logout"));
  emit({ call: "stop (logout)", http: exchangesSince(mark), ok: logouts.length === 1,
    result: `${logouts.length} logout(s)` });
}

// Tokens of a few seconds (the sandbox's --token-lifetime). In "cli" mode the SDK does not
// renew its token on a timer: the first call after the expiry gets 401 "jwt expired", and the
// SDK stops itself (logging out with the expired token) and signs in again. Count the logouts
// and sign-ins over a fixed window: against a logout that refuses expired tokens, the SDK
// loops (over a hundred logouts); a handful is expected.
async function expiry() {
  const seconds = Number(env.EXPIRY_WINDOW || 30);
  const lifetime = Number(env.SANDBOX_TOKEN_LIFETIME || 3);
  const sdk = new RainbowSDK(options(env.SANDBOX_HOST));
  const mark = globalThis.rainbowExchanges.length;
  try {
    await signIn(sdk);
  } catch (err) {
    emit({ call: "sign in before the expiry", http: exchangesSince(mark), ok: false, result: describe(err) });
    return;
  }
  await sleep((lifetime + 1) * 1000);
  let first;
  try {
    await sdk.admin.getListOfCountriesAllowedForSystems();
    first = "the call after the expiry succeeded";
  } catch (err) {
    first = `the call after the expiry was refused (${err.code || describe(err)})`;
  }
  await sleep(seconds * 1000);
  const seen = exchangesSince(mark);
  const count = (part) => seen.filter((e) => e.includes(part)).length;
  const expired = seen.filter((e) => / 401$/.test(e)).length;
  const logouts = count("/logout");
  const logins = count("/login ");
  emit({
    call: `token expiry (${lifetime} s tokens, watched ${seconds} s)`,
    http: summarize(seen),
    ok: expired >= 1 && logouts >= 1 && logouts <= 5 && logins <= 5,
    result: `${first}; ${expired} answer(s) 401, ${logouts} logout(s), ${logins} sign-in(s)`,
  });
  await sdk.stop().catch(() => {});
}

function summarize(lines) {
  const counts = new Map();
  for (const line of lines) counts.set(line, (counts.get(line) || 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} x${n}` : line));
}

(scenario === "expiry" ? expiry() : main())
  .catch((err) => emit({ call: "script", http: [], ok: false, result: describe(err) }))
  .finally(() => process.exit(results.every((r) => r.ok) ? 0 : 1));
