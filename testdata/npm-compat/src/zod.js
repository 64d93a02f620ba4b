// zod 4: parsing a JSON body, validation errors as a JSON 400, coercion of
// query strings, transforms and refinements, JSON Schema output.
import express from "express";
import { z } from "zod";

const User = z.object({
  name: z.string().min(2),
  email: z.email(),
  age: z.number().int().min(0).optional(),
  tags: z.array(z.string()).default([]),
  role: z.enum(["admin", "user"]).default("user"),
  website: z.url().optional(),
  id: z.uuid().optional(),
});

const Range = z
  .object({ from: z.coerce.number().int(), to: z.coerce.number().int(), step: z.coerce.number().positive().default(1) })
  .refine((r) => r.from <= r.to, { message: "from must not exceed to", path: ["from"] });

const Event = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("click"), x: z.number(), y: z.number() }),
  z.object({ kind: z.literal("key"), key: z.string().length(1) }),
]);

const Slug = z.string().trim().toLowerCase().regex(/^[a-z0-9-]+$/).transform((s) => s.split("-"));

export function setup(router) {
  router.use(express.json());
  router.post("/users", (req, res) => {
    const r = User.safeParse(req.body);
    if (!r.success) {
      return res.status(400).json({ issues: r.error.issues, flat: z.flattenError(r.error), pretty: z.prettifyError(r.error) });
    }
    res.status(201).json(r.data);
  });
  router.get("/range", (req, res) => {
    const r = Range.safeParse(req.query);
    if (!r.success) return res.status(400).json({ issues: r.error.issues });
    const out = [];
    for (let i = r.data.from; i <= r.data.to; i += r.data.step) out.push(i);
    res.json(out);
  });
  router.post("/events", (req, res) => {
    try {
      res.json(Event.parse(req.body));
    } catch (e) {
      res.status(400).json({ name: e.name, isZodError: e instanceof z.ZodError, issues: e.issues });
    }
  });
  router.get("/slug/:s", (req, res) => {
    const r = Slug.safeParse(req.params.s);
    res.status(r.success ? 200 : 400).json(r.success ? r.data : r.error.issues);
  });
  router.get("/schema", (req, res) => {
    res.json(z.toJSONSchema(User, { io: "input" }));
  });
}
