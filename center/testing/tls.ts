import fs from 'node:fs';
import path from 'node:path';

/**
 * A private PKI for the TLS tests: a CA, a server certificate it signed for 127.0.0.1 and
 * localhost, and an unrelated CA, all valid until 2126. Made once with openssl (P-256):
 *   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500 \
 *     -subj "/CN=Diem Cau test CA" -keyout ca-key.pem -out ca.pem
 *   openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
 *     -keyout server-key.pem -out server.csr
 *   openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -days 36500 -extfile san.cnf \
 *     -extensions ext -out server.pem   (subjectAltName=IP:127.0.0.1,DNS:localhost)
 * The CA's key was not kept. Test material only: nothing here protects anything.
 */
const dir = path.join(__dirname, 'tls');
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

export const TEST_TLS = {
  caPem: read('ca.pem'),
  otherCaPem: read('other-ca.pem'),
  serverCertPem: read('server.pem'),
  serverKeyPem: read('server-key.pem'),
};
