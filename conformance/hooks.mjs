// Module resolution hook for record.mjs: the conformance plugins live in
// ../testdata and import "express" by its bare name, as plugins bundled with
// express external do; resolve it from this folder's node_modules.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "express" || specifier.startsWith("express/")) {
    return nextResolve(specifier, { ...context, parentURL: import.meta.url });
  }
  return nextResolve(specifier, context);
}
