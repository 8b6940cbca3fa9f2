from lib import *
import json
PW="Red-team-passphrase-9931"; T1=("teach1",PW); T2=("teach2",PW)
g=json.load(open("game2.json")); PIN=g["PIN"]; tok=g["p1"]["playerToken"]
H={"X-Player-Token":tok}
for idx in ["0","-1","2147483648","99999999999","1e3","%00","1;2"]:
    req("answer idx "+idx,"PUT",f"/api/v1/play/{PIN}/answers/{idx}",headers=H,json_body={"options":[1]})
for body in [{"options":[1,1,1,1,1,1]},{"options":[-1]},{"options":[2**63]},{"options":[1]*100000},{"text":"x"*100000},{"number":"1e99999"},{"order":[1,2,3,4,5]},{"matches":{"1":2}},{}]:
    req("answer body %s"%str(body)[:40],"PUT",f"/api/v1/play/{PIN}/answers/1",headers=H,json_body=body)
for t in ["x"*10000,"' or 1=1--","%00","\u0000abc"]:
    req("player token weird","GET",f"/api/v1/play/{PIN}/current",headers={"X-Player-Token":t})
for p in ["page=-1","size=0","size=100000","page=99999999999","page=1e3&size=abc","size=1000&page=2147483647"]:
    req("sets "+p,"GET","/api/v1/sets?"+p,auth=T1)
for pin in ["0"*100,"-1","%20","abc","999999999999999999999"]:
    req("join pin "+pin[:10],"POST",f"/api/v1/play/{pin}/players",json_body={"nickname":"z"})
    req("play page pin "+pin[:10],"GET",f"/play/{pin}")
for gid in ["0","-1","99999999999999999999","abc"]:
    req("game "+gid,"GET",f"/api/v1/games/{gid}",auth=T1); req("host page "+gid,"GET",f"/host/{gid}",auth=T1)
# nickname edge
for n in ["a"*20,"\u200b","　","Ａlice","alice","Alice\u0301","\ud800"]:
    try: req("nick "+repr(n)[:20],"POST",f"/api/v1/play/{PIN}/players",json_body={"nickname":n})
    except Exception as e: print(e)
# assignments / games with foreign assignment id, huge numbers
req("game from T1 assignment by T2","POST","/api/v1/games",auth=T2,json_body={"assignmentId":1})
req("game secondsPerQuestion huge","POST","/api/v1/games",auth=T1,json_body={"topic":"phrases","size":3,"secondsPerQuestion":2**31})
req("game size huge","POST","/api/v1/games",auth=T1,json_body={"topic":"phrases","size":100000})
req("game both","POST","/api/v1/games",auth=T1,json_body={"topic":"phrases","assignmentId":1})
req("stats learners huge","GET","/api/v1/stats/learners?size=1000000",auth=T1)
req("stats questions","GET","/api/v1/stats/questions?size=1000000&page=-5",auth=T1)
req("export all","GET","/api/v1/questions/export?format=gift",auth=T1)
req("reports list","GET","/api/v1/reports?size=99999999",auth=T1)
req("leaderboard learner","GET","/api/v1/me/leaderboard?size=99999999&period=x",auth=T2)
req("accounts list as teacher","GET","/api/v1/accounts",auth=T1)
