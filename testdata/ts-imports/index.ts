// Imports written as TypeScript authors write them, none naming the .ts
// file: extensionless (util → util.ts, view → view.tsx, lib → lib/index.ts),
// NodeNext style (./math.js → math.ts), and a real .js file beside them.
import { shout } from "./util";
import { view } from "./view";
import { libName } from "./lib";
import { add } from "./math.js";
import { plain } from "./plain.js";
import { twice } from "./dir/twice.js";

export function setup(router: { get(p: string, h: (req: unknown, res: { send(b: string): void }) => void): void }): void {
  router.get("/", (_req, res) => res.send([shout("hi"), view(), libName, add(2, 3), plain, twice(4)].join("|")));
}
