// sanitize-html (htmlparser2, postcss, parse-srcset): the default policy,
// custom allowed tags and attributes, allowed styles (through postcss),
// transformTags, and disallowed schemes.
import express from "express";
import sanitizeHtml from "sanitize-html";

export function setup(router) {
  router.post("/default", express.text({ type: "*/*" }), (req, res) => res.type("text/plain").send(sanitizeHtml(req.body)));
  router.post("/custom", express.text({ type: "*/*" }), (req, res) =>
    res.type("text/plain").send(
      sanitizeHtml(req.body, {
        allowedTags: ["b", "i", "a", "p", "span", "img"],
        allowedAttributes: { a: ["href", "target"], span: ["style"], img: ["src", "srcset"] },
        allowedStyles: { span: { color: [/^#[0-9a-f]{3,6}$/i], "text-align": [/^left$|^right$/] } },
        allowedSchemes: ["https", "mailto"],
        transformTags: { i: "em", a: sanitizeHtml.simpleTransform("a", { rel: "noopener" }) },
      }),
    ),
  );
}
