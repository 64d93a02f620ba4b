// @trpc/server's Express adapter (createExpressMiddleware) over the same
// router as trpc.js: it turns req into a web Request with a ReadableStream
// body and writes the answer to res as a Node stream.
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import { appRouter } from "./trpc.js";

export function setup(router) {
  router.use("/express", createExpressMiddleware({ router: appRouter, createContext: () => ({}) }));
}
