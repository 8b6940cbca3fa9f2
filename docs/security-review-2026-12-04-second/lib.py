import requests, time, json, re, sys, shlex, os
BASE = os.environ.get("BASE", "http://127.0.0.1:18600")
API = BASE + "/api/v1"
ADMIN = ("admin", "Admin-passphrase-redteam-42")
LOG = []
COUNT = [0]
def curl_of(method, url, headers, data, auth):
    parts = ["curl -s -i -X", method]
    if auth: parts += ["-u", shlex.quote("%s:%s" % auth)]
    for k, v in (headers or {}).items(): parts += ["-H", shlex.quote("%s: %s" % (k, v))]
    if data is not None:
        d = data if isinstance(data, str) else (data.decode('utf-8', 'replace') if isinstance(data, bytes) else json.dumps(data))
        if len(d) > 300: d = d[:300] + "...<truncated>"
        parts += ["--data-binary", shlex.quote(d)]
    parts.append(shlex.quote(url))
    return " ".join(parts)
def req(name, method, path, auth=None, headers=None, json_body=None, data=None, expect=None, session=None, timeout=30, allow_redirects=False, quiet=False):
    url = path if path.startswith("http") else BASE + path
    h = dict(headers or {})
    body = data
    if json_body is not None:
        body = json.dumps(json_body)
        h.setdefault("Content-Type", "application/json")
    s = session or requests
    t0 = time.time()
    try:
        r = s.request(method, url, auth=auth, headers=h, data=body.encode() if isinstance(body, str) else body, timeout=timeout, allow_redirects=allow_redirects)
        st, txt = r.status_code, r.text
    except Exception as e:
        r = None; st, txt = -1, repr(e)
    dt = time.time() - t0
    COUNT[0] += 1
    flags = []
    if st >= 500 or st == -1: flags.append("5XX" if st != -1 else "ERR")
    if dt > 1.0: flags.append("SLOW%.1fs" % dt)
    if expect is not None:
        ok = st in (expect if isinstance(expect, (list, tuple, set)) else [expect])
        if not ok: flags.append("UNEXPECTED(want %s)" % (expect,))
    if re.search(r"\bat (io|org|java|vn)\.[\w.$]+\(|Exception:|vn\.civicsquiz\.", txt or ""): flags.append("LEAK?")
    line = "%-4s %s %5.0fms %-48s %s" % (st, ",".join(flags) or "-", dt*1000, name[:48], (txt or "")[:160].replace("\n", " "))
    LOG.append({"name": name, "status": st, "ms": int(dt*1000), "flags": flags, "curl": curl_of(method, url, h, body, auth)})
    if not quiet or flags: print(line, flush=True)
    return r
def j(r):
    try: return r.json()
    except Exception: return None
def dump(path):
    with open(path, "w") as f: json.dump(LOG, f, indent=1, ensure_ascii=False)
