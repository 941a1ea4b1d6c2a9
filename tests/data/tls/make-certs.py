#!/usr/bin/env python3
"""Makes the test PKI under tests/data/tls (run from anywhere; rewrites every file here).

ca.pem            RestGate Test CA (self-signed root)
server.pem/.key   RestGate Test Server: localhost, 127.0.0.1, ::1, issued by the CA
wrongname.pem/.key  other.example only, issued by the CA (host name mismatch on 127.0.0.1)
expired.pem/.key  RestGate Expired Server: 127.0.0.1, issued by the CA, valid in January 2020 only
selfsigned.pem/.key RestGate Self-Signed: 127.0.0.1, its own issuer
client.pem/.key   RestGate Test Client, issued by the CA (client authentication)
client-encrypted.key  the client key, encrypted with the password "client-pass"
client.p12        client certificate and key as PKCS#12, password "p12-pass"

Validity is 100 years (expired.pem excepted), so the files can be committed. EC P-256 keys: small and fast.
"""
import datetime
import ipaddress
import os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

here = os.path.dirname(os.path.abspath(__file__))
now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
century = now + datetime.timedelta(days=365 * 100)


def name(common):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "RestGate tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def write(filename, data):
    with open(os.path.join(here, filename), "wb") as f:
        f.write(data)


def pem_key(key, password=None):
    encryption = (serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def certificate(subject, key, issuer_name, issuer_key, *, ca=False, names=(), client=False,
                not_before=now, not_after=century):
    builder = (x509.CertificateBuilder().subject_name(name(subject)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False),
                                        critical=True)
    else:
        usage = ExtendedKeyUsageOID.CLIENT_AUTH if client else ExtendedKeyUsageOID.SERVER_AUTH
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    if names:
        alt = []
        for entry in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(entry)))
            except ValueError:
                alt.append(x509.DNSName(entry))
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def pem(cert):
    return cert.public_bytes(serialization.Encoding.PEM)


ca_key = ec.generate_private_key(ec.SECP256R1())
ca = certificate("RestGate Test CA", ca_key, name("RestGate Test CA"), ca_key, ca=True)
write("ca.pem", pem(ca))

for filename, subject, names, dates in [
        ("server", "RestGate Test Server", ("localhost", "127.0.0.1", "::1"), (now, century)),
        ("wrongname", "other.example", ("other.example",), (now, century)),
        ("expired", "RestGate Expired Server", ("127.0.0.1", "localhost"),
         (datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc),
          datetime.datetime(2020, 1, 31, tzinfo=datetime.timezone.utc)))]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = certificate(subject, key, ca.subject, ca_key, names=names, not_before=dates[0], not_after=dates[1])
    write(filename + ".pem", pem(cert))
    write(filename + ".key", pem_key(key))

self_key = ec.generate_private_key(ec.SECP256R1())
self_cert = certificate("RestGate Self-Signed", self_key, name("RestGate Self-Signed"), self_key,
                        names=("127.0.0.1", "localhost"))
write("selfsigned.pem", pem(self_cert))
write("selfsigned.key", pem_key(self_key))

client_key = ec.generate_private_key(ec.SECP256R1())
client = certificate("RestGate Test Client", client_key, ca.subject, ca_key, client=True)
write("client.pem", pem(client))
write("client.key", pem_key(client_key))
write("client-encrypted.key", pem_key(client_key, b"client-pass"))
write("client.p12", pkcs12.serialize_key_and_certificates(
    b"RestGate Test Client", client_key, client, None, serialization.BestAvailableEncryption(b"p12-pass")))
