import { greet, type Greeting } from "./greet.ts";

interface Router {
  get(path: string, handler: (req: { params: Record<string, string> }, res: { send(body: string): void }) => void): void;
}

export function setup(router: Router): void {
  router.get("/greet/:who", (req, res) => {
    const g: Greeting = greet(req.params.who);
    res.send(g.text);
  });
}
