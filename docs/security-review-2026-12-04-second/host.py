from lib import *
from setup_consts import *
for p, m in [("/dashboard","GET"), ("/q/swagger-ui","GET"), ("/teach/questions","GET"), ("/api/v1/classes","POST")]:
    kw = dict(auth=T1, json_body={"name":"hostcheck"}) if m=="POST" else {}
    r = req(f"forged Host {m} {p}", m, p, headers={"Host":"evil.example", "X-Forwarded-Host":"evil2.example"}, **kw)
    print("   Location:", r.headers.get("Location"), "| evil in body:", "evil" in r.text)
r = req("XFF proto https + host", "GET", "/dashboard", headers={"X-Forwarded-Proto":"https","X-Forwarded-Host":"evil.example"})
print("   Location:", r.headers.get("Location"), r.headers.get("Strict-Transport-Security"))
r = req("host page join url with forged host", "GET", "/host/1", auth=T1, headers={"Host":"evil.example","X-Forwarded-Host":"evil2.example"})
import re; print("   join links:", set(re.findall(r'https?://[^"<\s]+/play[^"<\s]*', r.text)))
dump("./log-host.json")
