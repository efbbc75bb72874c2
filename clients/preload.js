// Loaded with `node --require` before the official clients: points them at the local TLS front.
//
// - Host names: the SDK resolves its host with DNS, also in a loop after sign-in. The names in
//   RAINBOW_FRONT_HOSTS (comma-separated) and localhost answer 127.0.0.1 here, without asking
//   any DNS server; every other name goes to the real resolver.
// - Port: the SDK's configuration for a custom host fixes port 443. When the front listens
//   elsewhere (RAINBOW_FRONT_PORT, e.g. not running as root), that port is put in its place.
"use strict";

const dns = require("node:dns");
const path = require("node:path");

const local = new Set(
  ["localhost", ...(process.env.RAINBOW_FRONT_HOSTS || "").split(",")]
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean),
);
const isLocal = (name) => typeof name === "string" && local.has(name.toLowerCase());
const LOOPBACK = "127.0.0.1";

function wrapLookup(original) {
  return function lookup(hostname, options, callback) {
    if (!isLocal(hostname)) return original.apply(this, arguments);
    if (typeof options === "function") [callback, options] = [options, {}];
    const opts = typeof options === "number" ? { family: options } : options || {};
    const answer = { address: LOOPBACK, family: 4 };
    process.nextTick(() => (opts.all ? callback(null, [answer]) : callback(null, LOOPBACK, 4)));
    return {};
  };
}

function wrapResolve(original, answer) {
  return function resolve(hostname, ...rest) {
    if (!isLocal(hostname)) return original.apply(this, [hostname, ...rest]);
    const callback = rest[rest.length - 1];
    process.nextTick(() => (answer instanceof Error ? callback(answer) : callback(null, answer)));
    return {};
  };
}

function wrapPromise(original, answer) {
  return function resolve(hostname, ...rest) {
    if (!isLocal(hostname)) return original.apply(this, [hostname, ...rest]);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
}

// No record of that type, as a DNS server answers for a name with only an A record.
function noData(syscall) {
  return Object.assign(new Error(`${syscall} ENODATA`), { code: dns.NODATA, syscall });
}

dns.lookup = wrapLookup(dns.lookup);
dns.promises.lookup = wrapPromise(dns.promises.lookup, { address: LOOPBACK, family: 4 });
for (const [name, answer] of [
  ["resolve", [LOOPBACK]],
  ["resolve4", [LOOPBACK]],
  ["resolve6", noData("resolve6")],
  ["resolveCname", noData("resolveCname")],
  ["resolveAny", [{ type: "A", address: LOOPBACK, ttl: 60 }]],
]) {
  dns[name] = wrapResolve(dns[name], answer);
  dns.Resolver.prototype[name] = wrapResolve(dns.Resolver.prototype[name], answer);
  dns.promises[name] = wrapPromise(dns.promises[name], answer);
  dns.promises.Resolver.prototype[name] = wrapPromise(dns.promises.Resolver.prototype[name], answer);
}

const port = process.env.RAINBOW_FRONT_PORT;
if (port && port !== "443") {
  const sdkConfig = path.join(
    process.env.RAINBOW_CLIENTS_DIR || process.cwd(),
    "node_modules/rainbow-node-sdk/lib/config/config.js",
  );
  require(sdkConfig).config.any.http.port = port;
}

// Every HTTP exchange with a local host, kept in globalThis.rainbowExchanges and, when
// RAINBOW_CALL_LOG names a file, appended to it as JSON lines: {method, path, status}.
const fs = require("node:fs");
globalThis.rainbowExchanges = [];

function record(exchange) {
  globalThis.rainbowExchanges.push(exchange);
  if (process.env.RAINBOW_CALL_LOG) {
    fs.appendFileSync(process.env.RAINBOW_CALL_LOG, JSON.stringify(exchange) + "\n");
  }
}

function wrapRequest(module) {
  const original = module.request;
  module.request = function request(...args) {
    const req = original.apply(this, args);
    const target = args.find((a) => a && typeof a === "object" && !(a instanceof URL));
    const url = args[0] instanceof URL || typeof args[0] === "string" ? new URL(args[0]) : null;
    const hostname = (target && (target.hostname || target.host)) || (url && url.hostname) || "";
    if (isLocal(String(hostname).replace(/:\d+$/, ""))) {
      const method = (target && target.method) || "GET";
      const path = (target && target.path) || (url ? url.pathname + url.search : "");
      req.on("response", (res) => record({ method, path, status: res.statusCode }));
      req.on("error", (err) => record({ method, path, status: `error ${err.code || err.message}` }));
    }
    return req;
  };
}
wrapRequest(require("node:https"));
wrapRequest(require("node:http"));
