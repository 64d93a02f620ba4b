// Each module sees its own URL as import.meta.url.
import { libURL } from "./lib/lib.js";
export function setup(router) {
  router.get("/", (req, res) => res.json({ index: import.meta.url, lib: libURL, resolved: new URL("./data.json", import.meta.url).href }));
}
