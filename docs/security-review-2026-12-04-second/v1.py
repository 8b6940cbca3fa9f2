from lib import *
import json
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
st=json.load(open("state.json"))
r=req("roster","POST","/api/v1/classes/1/roster",auth=T1,headers={"Content-Type":"text/csv"},data="Họ và tên\nTrần Thị Bích\nNguyễn Văn An\nLê Văn Cường\n".encode())
print(r.text[:600])
ro=j(r); json.dump(ro,open("roster.json","w"),ensure_ascii=False)
