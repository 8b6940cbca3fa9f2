import socket, sys, time
n=int(sys.argv[1]); socks=[]
for i in range(n):
    try:
        s=socket.create_connection(("127.0.0.1",18600), timeout=3); s.send(b"GET / HTTP/1.1\r\nHost: x\r\nX-a: "); socks.append(s)
    except Exception as e: print("fail at", i, repr(e)); break
print("held", len(socks), flush=True)
time.sleep(float(sys.argv[2]))
