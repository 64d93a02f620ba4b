// @trpc/server's fetch adapter (under /fetch): queries with input, a
// mutation, a validation error thrown by the input parser, and a TRPCError.
// trpc-express.js serves the same router through the Express adapter.
import express from "express";
import { initTRPC, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { fetchAdapter } from "./lib/fetch-adapter.js";

// isDev: false, as under NODE_ENV=production (record.mjs): errors without stacks
const t = initTRPC.create({ isDev: false });
const name = (v) => {
  if (typeof v !== "string" || v.length === 0) throw new Error("name must be a non-empty string");
  return v;
};
export const appRouter = t.router({
  hello: t.procedure.input(name).query(({ input }) => ({ greeting: `hello ${input}` })),
  add: t.procedure.input((v) => v).mutation(({ input }) => ({ sum: input.a + input.b })),
  secret: t.procedure.query(() => {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "no token" });
  }),
});

export function setup(router) {
  router.use(
    "/fetch",
    express.raw({ type: "*/*" }),
    fetchAdapter((request) => fetchRequestHandler({ endpoint: "", req: request, router: appRouter, createContext: () => ({}) })),
  );
}
