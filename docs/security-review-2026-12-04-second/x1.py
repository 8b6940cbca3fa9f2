from lib import *
import websocket, json, time, re
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
X='<img src=x onerror=alert(1)>"\'><script>alert(2)</script>{{x}}{#if}**b** [a](javascript:alert(3))'
q={"kind":"SINGLE","topic":"events","title":"T"+X,"stem":"Stem "+X,"options":[{"text":"A "+X,"correct":True,"feedback":"F"+X},{"text":"B "+X,"correct":False}],"explanation":"E "+X}
r=req("create xss q","POST","/api/v1/questions",auth=T1,json_body=q); qid=j(r)["id"] if r.status_code==201 else None
if qid:
    v=j(r)["version"]
    r=req("publish","PUT",f"/api/v1/questions/{qid}/status",auth=T1,json_body={"status":"published","version":v})
    if r.status_code>=400: r=req("publish2","POST",f"/api/v1/questions/{qid}/status",auth=T1,json_body={"status":"published","version":v})
