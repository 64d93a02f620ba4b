// Minimal local types for the plugmux plugin contract (an Express 5-like
// router plus the Node http members that middleware such as cors uses).
// They describe only what this plugin needs; no @types/express required.

export interface Request {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

export interface Response {
  statusCode: number;
  status(code: number): Response;
  send(body?: unknown): Response;
  json(body: unknown): Response;
  setHeader(name: string, value: number | string | readonly string[]): unknown;
  getHeader(name: string): number | string | string[] | undefined;
  end(chunk?: unknown): unknown;
}

export type Next = (err?: unknown) => void;

export type Handler = (req: Request, res: Response, next: Next) => unknown;

export interface Router {
  use(...handlers: Handler[]): Router;
  use(path: string, ...handlers: Handler[]): Router;
  get(path: string, ...handlers: Handler[]): Router;
  post(path: string, ...handlers: Handler[]): Router;
  put(path: string, ...handlers: Handler[]): Router;
  patch(path: string, ...handlers: Handler[]): Router;
  delete(path: string, ...handlers: Handler[]): Router;
  all(path: string, ...handlers: Handler[]): Router;
}

export interface Context {
  name: string;
  version: string;
  config: Record<string, unknown>;
  custom?: unknown;
}
