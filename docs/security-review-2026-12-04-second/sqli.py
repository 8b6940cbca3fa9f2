from lib import *
from setup_consts import *
import urllib.parse as up
st = json.load(open("./state.json"))
PAY = ["'", "1'--", "1 OR 1=1", "');SELECT pg_sleep(3)--", "1;select pg_sleep(3)", "%", "_", "\\", "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%", "a"*5000, "-1", "99999999999999999999", "1e9", "${7*7}", "{#raw}", "NaN", "\u0000"]
targets = [("/api/v1/questions", ["q","topic","kind","status","origin","set","tag","author","page","size","sort"]),
           ("/api/v1/sets", ["page","size"]),
           ("/api/v1/stats/questions", ["topic","classId","set","q","separator"]),
           ("/api/v1/stats/learners", ["classId","page","size","separator"]),
           ("/api/v1/questions/export", ["format","topic","status","q","set"]),
           ("/api/v1/reports", ["page","size","status"]),
           ("/api/v1/accounts", ["page","size","role","q"])]
n=0
for path, params in targets:
    for p in params:
        for v in PAY:
            if v == "\u0000": qs = p + "=%00"
            else: qs = up.urlencode({p: v})
            req(f"T1 {path} {p}={v[:12]!r}", "GET", f"{path}?{qs}", auth=T1, quiet=True, expect=[200,400])
            n+=1
learner_targets = [("/api/v1/me/leaderboard", ["period","class"]), ("/api/v1/facts", ["set"]), ("/api/v1/sources", ["q"]), ("/api/v1/me/study/due", ["limit"])]
for path, params in learner_targets:
    for p in params:
        for v in PAY:
            qs = p + "=%00" if v == "\u0000" else up.urlencode({p: v})
            req(f"L1 {path} {p}={v[:12]!r}", "GET", f"{path}?{qs}", auth=L1a, quiet=True, expect=[200,400,404])
# pages
s = requests.Session(); s.get(BASE+"/login"); s.post(BASE+"/j_security_check", data={"username":"teach1","password":PW}, headers={"Origin":BASE}, allow_redirects=False)
for p in ["q","topic","status","origin","set","tag","mine","page","size"]:
    for v in PAY:
        qs = p + "=%00" if v == "\u0000" else up.urlencode({p: v})
        req(f"T1 page bank {p}={v[:12]!r}", "GET", f"/teach/questions?{qs}", session=s, quiet=True, expect=[200,400])
ls = requests.Session(); ls.get(BASE+"/login"); ls.post(BASE+"/j_security_check", data={"username":"learn1","password":PW}, headers={"Origin":BASE}, allow_redirects=False)
for path, params in [("/dashboard", ["topic","mode","lang"]), ("/leaderboard", ["period","class","lang"]), ("/sources/bao-chinh-phu", ["lang"]), ("/", ["lang"])]:
    for p in params:
        for v in PAY:
            qs = p + "=%00" if v == "\u0000" else up.urlencode({p: v})
            req(f"L1 page {path} {p}={v[:12]!r}", "GET", f"{path}?{qs}", session=ls, quiet=True, expect=[200,400,404])
print("requests:", COUNT[0])
dump("./log-sqli.json")
