// Preloaded into the cognito-local child (`node --require`), before its own code runs:
// - SHOP_COGNITO_ISSUER: the token issuer's origin. cognito-local derives it from the port it listens
//   on, but it listens on an internal port behind the gateway, and `iss` must name the public endpoint.
// - SHOP_COGNITO_CODE_MARK: every confirmation code cognito-local "sends" is also written at once as
//   one JSON line after this per-launch secret mark, so the parent reads it exactly (the pretty-printed
//   box goes through an async logger, and a hostile email address could imitate its lines).
'use strict';
const issuer = process.env.SHOP_COGNITO_ISSUER;
if (issuer) require('cognito-local/lib/server/config.js').DefaultConfig.TokenConfig.IssuerDomain = issuer;

const mark = process.env.SHOP_COGNITO_CODE_MARK;
if (mark) {
  const { ConsoleMessageSender } = require('cognito-local/lib/services/messageDelivery/consoleMessageSender.js');
  const send = ConsoleMessageSender.prototype.sendToConsole;
  ConsoleMessageSender.prototype.sendToConsole = function (ctx, user, destination, message) {
    const code = message && message.__code;
    // stdout is synchronous for pipes on Linux; one short write lands whole (PIPE_BUF)
    if (code) {
      const line = JSON.stringify({ destination: String(destination), code: String(code) });
      process.stdout.write(`\n${mark} ${line}\n`);
    }
    return send.apply(this, arguments);
  };
}

// SHOP_COGNITO_GATEWAY_SECRET: cognito-local answers only requests that carry this per-launch secret in
// x-shop-gateway, which only the gateway adds, so its internal port is no back door around the gateway.
const secret = process.env.SHOP_COGNITO_GATEWAY_SECRET;
if (secret) {
  const http = require('node:http');
  const { timingSafeEqual } = require('node:crypto');
  const expected = Buffer.from(secret);
  const allowed = (value) => {
    const given = Buffer.from(typeof value === 'string' ? value : '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const create = http.createServer;
  http.createServer = function (...args) {
    const app = args.pop();
    const guarded = (req, res) => {
      if (allowed(req.headers['x-shop-gateway'])) return app(req, res);
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"__type":"AccessDeniedException","message":"Call the local Cognito at its public endpoint."}');
    };
    return create.apply(this, [...args, guarded]);
  };
}
