// passport with passport-local, without sessions: a form login that
// succeeds, one that fails, and req.isAuthenticated on a guarded route.
import express from "express";
import passport from "passport";
import { Strategy as LocalStrategy } from "passport-local";

passport.use(new LocalStrategy((username, password, done) => done(null, username === "ann" && password === "pw" ? { id: 1, username } : false, { message: "bad credentials" })));

export function setup(router) {
  router.use(passport.initialize());
  router.post("/login", express.urlencoded({ extended: false }), passport.authenticate("local", { session: false }), (req, res) => res.json({ user: req.user, authenticated: req.isAuthenticated() }));
  router.post("/login-cb", express.urlencoded({ extended: false }), (req, res, next) =>
    passport.authenticate("local", { session: false }, (err, user, info) => (err ? next(err) : res.status(user ? 200 : 401).json({ user, info })))(req, res, next),
  );
  router.get("/me", (req, res) => res.json({ authenticated: req.isAuthenticated(), user: req.user ?? null }));
}
