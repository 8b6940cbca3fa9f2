from lib import *
from setup_consts import *
st=json.load(open("state.json"))
C=st["C1"]["id"]; A1=st["A1"]
checks = [("L1","/api/v1/me",L1a,{}),("L1","/api/v1/me/progress",L1a,{}),("L1",f"/api/v1/attempts/{st['att_L1']}",L1a,{}),("L1","/api/v1/me/study/due",L1a,{}),
          ("L1","/api/v1/me/habit",L1a,{}),("L1","/api/v1/me/leaderboard",L1a,{}),("L1","/api/v1/me/assignments",L1a,{}),
          ("T1","/api/v1/questions",T1,{}),(f"T1",f"/api/v1/classes/{C}/members",T1,{}),("T1",f"/api/v1/classes/{C}/assignments/{A1}/results",T1,{"Accept":"text/csv"}),
          ("T1","/api/v1/accounts",T1,{}),("T1","/api/v1/stats/learners",T1,{"Accept":"text/csv"}),("T1","/api/v1/questions/export?format=json",T1,{}),
          ("T1",f"/api/v1/games/{st['game']['id']}/results",T1,{"Accept":"text/csv"}),("T1",f"/host/{st['game']['id']}/results.csv",T1,{}),
          ("T1",f"/teach/classes/{C}/assignments/{A1}/results.csv",T1,{}),("T1","/api/v1/reports",T1,{}),("T1",f"/api/v1/questions/imports/{st['job']}",T1,{}),
          ("P1",f"/api/v1/play/{st['game']['pin']}/current",None,{})]
for who,p,a,h in checks:
    r = req(f"cache {who} {p}", "GET", p, auth=a, headers=h, quiet=True)
    cc = r.headers.get("Cache-Control")
    print(f"   {r.status_code} {p:60} Cache-Control={cc}")
dump("./log-cache.json")
