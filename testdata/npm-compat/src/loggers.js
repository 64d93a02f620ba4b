// pino, winston and debug writing to stdout/stderr (fd 1 through sonic-boom,
// the Console transport, process.stderr): under plugmux, the plugin's log.
// Not in cases.mjs: what they write is not in the answer; TestLoggersBundle
// (nodemodules_test.go) reads the log.
import pino from "pino";
import winston from "winston";
import createDebug from "debug";
const log = pino({ base: null, timestamp: false });
const wl = winston.createLogger({ transports: [new winston.transports.Console({ format: winston.format.simple() })] });
const dbg = createDebug("app:test");
export function setup(router) {
  router.get("/", (req, res) => {
    log.info({ a: 1 }, "hello pino");
    wl.info("hello winston");
    createDebug.enable("app:*");
    dbg("hello debug %d", 5);
    res.send("ok");
  });
}
