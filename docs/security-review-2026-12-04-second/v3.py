from lib import *
PW="Red-team-passphrase-9931"; T1=("teach1",PW); T2=("teach2",PW)
parent=None
for d in range(22):
    r=req("set d%d"%d,"POST","/api/v1/sets",auth=T2,json_body={"name":"d%d"%d,"parent":parent},quiet=True)
    if r.status_code!=201: print(d, r.status_code, r.text[:300]); break
    parent=j(r)["id"]
# move a deep chain under another deep chain via PATCH
r=req("set top","POST","/api/v1/sets",auth=T2,json_body={"name":"top"}); top=j(r)["id"]
r=req("set child","POST","/api/v1/sets",auth=T2,json_body={"name":"c","parent":top}); c=j(r)["id"]
req("move top under its child (cycle)","PATCH","/api/v1/sets/%d"%top,auth=T2,json_body={"parent":c})
req("move top under own","PATCH","/api/v1/sets/%d"%top,auth=T2,json_body={"parent":top})
req("move chain-root under deep","PATCH","/api/v1/sets/3",auth=T2,json_body={"parent":parent})
req("move top under deep","PATCH","/api/v1/sets/%d"%top,auth=T2,json_body={"parent":parent})
