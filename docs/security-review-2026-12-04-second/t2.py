import requests, threading, time, statistics
B="http://127.0.0.1:18700"; T1=("teach1","Red-team-passphrase-9931")
body={"action":"move","ids":list(range(1,378))+[999999],"topic":"events"}
t=time.time(); r=requests.post(B+"/api/v1/questions/bulk",auth=T1,json=body); print("single 409", r.status_code, "%.2fs"%(time.time()-t))
res=[]
def w():
    t=time.time(); r=requests.post(B+"/api/v1/questions/bulk",auth=T1,json=body); res.append((r.status_code,time.time()-t))
ts=[threading.Thread(target=w) for _ in range(12)]; [x.start() for x in ts]
lat=[]; t0=time.time()
while any(x.is_alive() for x in ts):
    t=time.time(); requests.get(B+"/api/v1/sources"); lat.append(time.time()-t)
[x.join() for x in ts]
print("12 parallel:", sorted(set(c for c,_ in res)), "max %.1fs"%max(d for _,d in res), "total %.1fs"%(time.time()-t0), "anon p50 %.2f max %.2f"%(statistics.median(lat),max(lat)))
