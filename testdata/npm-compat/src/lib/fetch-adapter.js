// fetchAdapter turns a fetch-style handler (Request → Response) into Express
// middleware: the adapter the fetch-style fixtures share.
export function fetchAdapter(fetchHandler) {
  return async (req, res, next) => {
    try {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
        else if (v !== undefined) headers.set(k, v);
      }
      const hasBody = req.method !== "GET" && req.method !== "HEAD" && req.body && req.body.length > 0;
      // a fixed origin: the host's address does not matter to the app
      const request = new Request("http://plugin.local" + req.url, { method: req.method, headers, body: hasBody ? req.body : undefined });
      const response = await fetchHandler(request);
      res.statusCode = response.status;
      response.headers.forEach((v, k) => res.setHeader(k, v));
      const body = new Uint8Array(await response.arrayBuffer());
      res.setHeader("Content-Length", String(body.length));
      res.end(body);
    } catch (e) {
      next(e);
    }
  };
}
