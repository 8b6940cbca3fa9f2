from lib import *
PW="Red-team-passphrase-9931"; T2=("teach2",PW)
req("cycle","PATCH","/api/v1/sets/23",auth=T2,json_body={"parent":24,"version":0})
req("self","PATCH","/api/v1/sets/23",auth=T2,json_body={"parent":23,"version":0})
# set 22 is depth 20 (d19). Move chain root (3, with 20-deep subtree) under set 23 -> depth 41?
req("move deep chain under top","PATCH","/api/v1/sets/3",auth=T2,json_body={"parent":24,"version":0})
r=req("get deepest","GET","/api/v1/sets/22",auth=T2)
r=req("list","GET","/api/v1/sets?size=1000",auth=T2,quiet=True); print(r.status_code, len(r.text))
# put set 24 (depth 2) under the deepest (22 at depth 20)
req("move 23 under 22","PATCH","/api/v1/sets/23",auth=T2,json_body={"parent":22,"version":0})
