from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
C1, C2 = st["C1"]["id"], st["C2"]["id"]; S1 = st["S1"]["id"]; Q1 = st["Q1"]["id"]; L1 = st["L1"]["id"]; L2=st["L2"]["id"]
pubids = [q["id"] for q in st["pub"]["items"]]
# T1 assignment on C1 with Q1 (draft?) and published
r = req("T1 assign C1 published", "POST", f"/api/v1/classes/{C1}/assignments", auth=T1, json_body={"title":"A1","questions":pubids[:3],"mode":"test","timeLimitMinutes":15,"closesAt":"2030-06-01T17:00:00+07:00","attemptsAllowed":2})
A1 = j(r)["id"] if r.status_code==201 else None; st["A1"]=A1
# --- T2 against T1's class objects
for m,p in [("GET",f"/classes/{C1}"),("GET",f"/classes/{C1}/members"),("GET",f"/classes/{C1}/assignments"),("GET",f"/classes/{C1}/assignments/{A1}"),
            ("GET",f"/classes/{C1}/assignments/{A1}/results"),("GET",f"/classes/{C1}/assignments/{A1}/answers"),("GET",f"/classes/{C1}/assignments/{A1}/games"),
            ("GET",f"/classes/{C1}/members/{L1}/attempts"),("DELETE",f"/classes/{C1}/members/{L1}"),("DELETE",f"/classes/{C1}/assignments/{A1}"),
            ("GET",f"/classes/{C2}/assignments/{A1}"),("GET",f"/classes/{C2}/assignments/{A1}/results"),("GET",f"/classes/{C2}/assignments/{A1}/answers"),
            ("GET",f"/classes/{C2}/members/{L1}/attempts"),("DELETE",f"/classes/{C2}/members/{L1}"),("DELETE",f"/classes/{C2}/assignments/{A1}"),("GET",f"/classes/{C2}/assignments/{A1}/games")]:
    req(f"T2 {m} {p}", m, "/api/v1"+p, auth=T2, expect=[404,403])
req("T2 PUT T1 assignment", "PUT", f"/api/v1/classes/{C1}/assignments/{A1}", auth=T2, json_body={"title":"pwn","topic":"nine-tasks","size":5}, expect=[404,403])
req("T2 PUT T1 assignment via C2", "PUT", f"/api/v1/classes/{C2}/assignments/{A1}", auth=T2, json_body={"title":"pwn","topic":"nine-tasks","size":5}, expect=[404,403])
req("T2 roster into C1", "POST", f"/api/v1/classes/{C1}/roster", auth=T2, headers={"Content-Type":"text/csv"}, data="Họ và tên\nNguyễn Văn Xâm\n", expect=[404,403])
req("T2 assign into C1", "POST", f"/api/v1/classes/{C1}/assignments", auth=T2, json_body={"topic":"nine-tasks","size":5}, expect=[404,403])
# T2 assignment using T1's private set
req("T2 assign C2 from T1 private set", "POST", f"/api/v1/classes/{C2}/assignments", auth=T2, json_body={"title":"x","sets":[S1],"size":1}, expect=[400,404,403])
req("T2 assign C2 with T1 draft Q1", "POST", f"/api/v1/classes/{C2}/assignments", auth=T2, json_body={"title":"x","questions":[Q1]}, expect=[400,404,403,409])
# learners against teacher API
for who,a in [("L1",L1a),("anon",None)]:
    for m,p in [("GET","/classes"),("GET",f"/classes/{C1}"),("GET",f"/classes/{C1}/members"),("GET","/questions"),("GET",f"/questions/{Q1}"),("GET","/sets"),("GET","/accounts"),("GET","/reports"),("GET","/stats/questions"),("GET","/stats/learners"),("GET","/games"),("GET","/questions/export?format=json")]:
        req(f"{who} {m} {p}", m, "/api/v1"+p, auth=a, expect=[401,403])
# sets
for m,p in [("GET",f"/sets/{S1}"),("DELETE",f"/sets/{S1}")]:
    req(f"T2 {m} {p}", m, "/api/v1"+p, auth=T2, expect=[404,403])
req("T2 PATCH T1 set", "PATCH", f"/api/v1/sets/{S1}", auth=T2, headers={"Content-Type":"application/merge-patch+json"}, json_body={"name":"pwn","version":0}, expect=[404,403,415])
req("T2 PATCH T1 set json", "PATCH", f"/api/v1/sets/{S1}", auth=T2, json_body={"name":"pwn","version":0}, expect=[404,403,415])
req("T2 subset under T1 private set", "POST", "/api/v1/sets", auth=T2, json_body={"name":"child","parent":S1}, expect=[400,404,403])
req("T2 move own Q2 into T1 private set", "POST", "/api/v1/questions/bulk", auth=T2, json_body={"action":"move","ids":[st["Q2"]["id"]],"set":S1}, expect=[400,404,403,409])
req("T2 list questions in T1 set", "GET", f"/api/v1/questions?set={S1}", auth=T2, expect=[400,404,403])
req("T2 stats in T1 set", "GET", f"/api/v1/stats/questions?set={S1}", auth=T2, expect=[400,404,403])
req("T2 export T1 set", "GET", f"/api/v1/questions/export?format=json&set={S1}", auth=T2, expect=[400,404,403])
req("T2 stats learners classId C1", "GET", f"/api/v1/stats/learners?classId={C1}", auth=T2, expect=[400,404,403])
req("T2 stats questions classId C1", "GET", f"/api/v1/stats/questions?classId={C1}", auth=T2, expect=[400,404,403])
r = req("T2 stats learners all", "GET", f"/api/v1/stats/learners", auth=T2)
print("   T2 learner stats mentions learn1:", "learn1" in r.text)
r = req("T2 accounts list", "GET", "/api/v1/accounts", auth=T2)
print("   T2 sees:", [a.get("username") for a in (j(r) or {}).get("items", j(r) or [])] if isinstance(j(r),(list,dict)) else r.text[:200])
# accounts
req("T2 reset L1 password", "PUT", f"/api/v1/accounts/{L1}/password", auth=T2, json_body={"password":"Pwned-passphrase-123"}, expect=[403,404])
req("T2 reset T1 password", "PUT", f"/api/v1/accounts/{st['T1me']['id']}/password", auth=T2, json_body={"password":"Pwned-passphrase-123"}, expect=[403,404])
req("T2 reset admin password", "PUT", "/api/v1/accounts/1/password", auth=T2, json_body={"password":"Pwned-passphrase-123"}, expect=[403,404])
req("T1 create teacher", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"evilteach","password":"Pwned-passphrase-123","role":"teacher"}, expect=[403])
req("T1 create admin role", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"evil2","password":"Pwned-passphrase-123","role":"admin"}, expect=[400,403])
req("T1 create TEACHER upper", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"evil3","password":"Pwned-passphrase-123","role":"Teacher"}, expect=[400,403])
req("T1 create role with space", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"evil4","password":"Pwned-passphrase-123","role":" teacher"}, expect=[400,403])
req("T1 create admin username dup case", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"ADMIN","password":"Pwned-passphrase-123","role":"learner"}, expect=[400,409])
req("T1 create admin username homoglyph", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"admin\u0301","password":"Pwned-passphrase-123","role":"learner"}, expect=[400,409])
req("L1 creates account", "POST", "/api/v1/accounts", auth=L1a, json_body={"username":"evil5","password":"Pwned-passphrase-123","role":"learner"}, expect=[403])
req("L1 me/password wrong current", "PUT", "/api/v1/me/password", auth=L1a, json_body={"currentPassword":"nope-nope-nope","newPassword":"Another-passphrase-77"}, expect=[400,403,401])
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-idor1.json")
