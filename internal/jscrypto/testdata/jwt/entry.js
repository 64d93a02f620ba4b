// The jsonwebtoken and jose calls the jscrypto tests run, bundled by
// build.sh into bundle.js (CommonJS, Node built-ins external) so that the
// same file runs in Node (gen.mjs records its answers) and in goja.
const jwt = require("jsonwebtoken");
const jose = require("jose");

exports.jwtSign = (payload, key, alg) => jwt.sign(payload, key, { algorithm: alg, noTimestamp: true });
exports.jwtVerify = (token, key, alg) => jwt.verify(token, key, { algorithms: [alg] });
exports.jwtVerifyError = (token, key, alg) => {
  try {
    jwt.verify(token, key, { algorithms: [alg] });
    return "verified";
  } catch (e) {
    return e.name + ": " + e.message;
  }
};
exports.joseSign = async (payload, pem, alg) => {
  const key = await jose.importPKCS8(pem, alg);
  return new jose.SignJWT(payload).setProtectedHeader({ alg }).sign(key);
};
exports.joseVerify = async (token, pem, alg) => {
  const key = await jose.importSPKI(pem, alg);
  const { payload } = await jose.jwtVerify(token, key, { algorithms: [alg] });
  return payload;
};
exports.joseJWK = async (pem, alg) => jose.exportJWK(await jose.importSPKI(pem, alg));
