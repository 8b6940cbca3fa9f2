from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
def login(user):
    s = requests.Session(); s.get(BASE+"/login")
    s.post(BASE+"/j_security_check", data={"username":user,"password":PW}, headers={"Origin":BASE}, allow_redirects=False)
    return s
t = login("teach1"); l = login("learn1")
g = j(req("T1 new game for csrf", "POST", "/api/v1/games", auth=T1, json_body={"topic":"three-pillars","size":3}))
GID = g["id"]
C = st["C1"]["id"]
# page POSTs without token, several content types
posts = [(t, "/host/%d/start" % GID), (t, "/host", ), (t, "/teach/classes"), (t, f"/teach/classes/{C}/assignments"), (t, f"/teach/classes/{C}/members/4/remove"),
         (t, "/teach/questions/bulk"), (t, f"/teach/questions/{st['Q1']['id']}/status"), (t, f"/teach/questions/{st['Q1']['id']}/duplicate"), (t, "/teach/import"),
         (l, "/quiz/start"), (l, "/logout"), (l, "/account/password"), (l, "/dashboard/leaderboard"), (l, "/habit/goal"), (l, "/study/settings"), (l, "/classes/join"), (l, "/play"), (l, "/signup")]
for sess, path in [(p[0], p[1]) for p in posts]:
    for ctype, body in [("application/x-www-form-urlencoded", "x=1"), ("text/plain", "x=1"), (None, None), ("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--XX--\r\n"), ("application/json", "{}")]:
        h = {"Content-Type": ctype} if ctype else {}
        r = req(f"no-token POST {path} [{ctype and ctype.split(';')[0]}]", "POST", path, session=sess, headers=h, data=body, quiet=True)
        ok = r.status_code in (400, 403, 415)
        if not ok: print("   !!", r.status_code, path, ctype, r.headers.get("Location"), r.text[:120].replace("\n"," "))
r = req("T1 game after csrf attempts", "GET", f"/api/v1/games/{GID}", auth=T1); print("   state:", j(r)["state"])
dump("./log-csrf.json")
