from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
def login(u):
    s = requests.Session(); s.get(BASE+"/login"); s.post(BASE+"/j_security_check", data={"username":u,"password":PW}, headers={"Origin":BASE}, allow_redirects=False); return s
t2 = login("teach2"); l2 = login("learn2"); anon = requests.Session()
g = st["game"]; C1 = st["C1"]["id"]; A1 = st["A1"]; QX = st["QX"]; att = st["att_xss"]; attL1 = st["att_L1"]
for name, s in [("T2", t2), ("L2", l2), ("anon", anon)]:
    for p in [f"/host/{g['id']}", f"/host/{g['id']}/results.csv", f"/teach/classes/{C1}", f"/teach/classes/{C1}/assignments/{A1}", f"/teach/classes/{C1}/assignments/{A1}/results.csv",
              f"/quiz/{att}", f"/quiz/{att}/q/1", f"/quiz/{att}/result", f"/quiz/{attL1}/q/1", f"/quiz/{att}/q/1/report", f"/teach/import/jobs/{st.get('job','x')}", f"/teach/questions/{QX}"]:
        r = req(f"{name} page {p}", "GET", p, session=s, quiet=True)
        leak = any(m in r.text for m in ["Lop T1", "learn1", "Xstem", "Alice"])
        print(f"   {name:5} {r.status_code} {p} {'LEAK' if leak and r.status_code==200 else ''} {r.headers.get('Location') or ''}")
# leaderboard class param for foreign class
r = req("L2 leaderboard class C1 (not member)", "GET", f"/api/v1/me/leaderboard?class={C1}&period=all", auth=L2a, expect=[403,404,400]); print(r.text[:200])
r = req("L2 leaderboard page class C1", "GET", f"/leaderboard?class={C1}", session=l2); print("   leak:", "learn1" in r.text or "Learner One" in r.text)
# study card IDOR
due1 = j(req("L1 due", "GET", "/api/v1/me/study/due", auth=L1a)); cid = due1["cards"][0]["id"]
r = req("L2 review L1 card", "POST", f"/api/v1/me/study/cards/{cid}/review", auth=L2a, json_body={"rating":"good"}, expect=[404,403,400]); print(r.text[:200])
r = req("L1 review own card bad rating", "POST", f"/api/v1/me/study/cards/{cid}/review", auth=L1a, json_body={"rating":"perfect"}, expect=[400])
r = req("guest review L1 card", "POST", f"/api/v1/me/study/cards/{cid}/review", headers={"X-Guest-Token": st["gtok"]}, json_body={"rating":"good"}, expect=[401,403,404])
# reports
r = req("L2 report question never asked", "POST", "/api/v1/me/reports", auth=L2a, json_body={"questionId": QX, "comment":"x"}, expect=[403,404,400,409]); print(r.text[:200])
r = req("guest report question never asked", "POST", "/api/v1/me/reports", headers={"X-Guest-Token": st["gtok"]}, json_body={"questionId": st["Q2"]["id"], "comment":"x"}, expect=[403,404,400,409])
r = req("L1 report asked q html comment", "POST", "/api/v1/me/reports", auth=L1a, json_body={"questionId": QX, "comment":"<script>alert(1)</script>=cmd|' /C calc'!A0"}); print(r.text[:200])
r = req("T2 reports list", "GET", "/api/v1/reports", auth=T2); print("   T2 sees reports:", r.text[:300])
dump("./log-pages-idor.json")
