import requests, threading, time, random, string, statistics, sys
B="http://127.0.0.1:18700"
N=int(sys.argv[1]); DUR=float(sys.argv[2])
stop=time.time()+DUR; cnt=[0]; codes={}
def worker():
    s=requests.Session()
    while time.time()<stop:
        u="".join(random.choices(string.ascii_lowercase,k=10))
        try:
            r=s.get(B+"/api/v1/me",auth=(u,"whatever-password-1"),timeout=30); codes[r.status_code]=codes.get(r.status_code,0)+1
        except Exception as e: codes['ERR']=codes.get('ERR',0)+1
        cnt[0]+=1
ts=[threading.Thread(target=worker) for _ in range(N)]; [t.start() for t in ts]
time.sleep(2)
lat=[]
while time.time()<stop-1:
    t=time.time(); r=requests.get(B+"/api/v1/me",auth=("teach2","Red-team-passphrase-9931"),timeout=30); lat.append(time.time()-t)
    t=time.time(); r2=requests.get(B+"/api/v1/sources",timeout=30); lat.append(time.time()-t)
[t.join() for t in ts]
print("attack reqs",cnt[0],codes,"legit n=%d p50=%.3f max=%.3f"%(len(lat),statistics.median(lat),max(lat)))
