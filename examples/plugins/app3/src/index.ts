// Seed plugin "app3" (version 1.0.0), mounted by the host at /api/app3/.
//
// Written in TypeScript and bundled with esbuild together with the `cors`
// npm package (the host does not resolve bare imports). Every request gets
// CORS headers; anything that reaches the catch-all answers 404 "NOT FOUND.".
// It exercises the `export default function setup` form.
import cors from "cors";
import type { Context, Router } from "./types";

export default function setup(router: Router, ctx: Context): void {
  router.use(cors());
  router.use((req, res) => res.status(404).send("NOT FOUND."));
}
