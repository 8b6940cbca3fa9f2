import requests, time, json
B="http://127.0.0.1:18700"
r=requests.post(B+"/api/v1/attempts",json={"topic":"mixed","size":50}); tok=r.headers["X-Guest-Token"]; print(r.status_code)
s=requests.Session(); s.headers["X-Guest-Token"]=tok
t=time.time(); codes={}; slow=0
for i in range(200):
    t1=time.time(); r=s.post(B+"/api/v1/attempts",json={"topic":"mixed","size":50}); codes[r.status_code]=codes.get(r.status_code,0)+1
    if time.time()-t1>1: slow+=1
print("200 starts size 50: %.1fs"%(time.time()-t), codes, "slow",slow, r.text[:200])
