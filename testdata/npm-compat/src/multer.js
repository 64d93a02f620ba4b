// multer (busboy, streams, Buffer's latin1Slice): multipart uploads to
// memory, a single file with fields, several files, a size limit, and a
// request that is not multipart.
import multer from "multer";

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 64 } });
const describe = (f) => ({ field: f.fieldname, name: f.originalname, type: f.mimetype, size: f.size, text: f.buffer.toString("utf8") });

export function setup(router) {
  router.post("/single", upload.single("doc"), (req, res) => res.json({ file: req.file ? describe(req.file) : null, body: req.body }));
  router.post("/many", upload.array("pics", 3), (req, res) => res.json({ files: req.files.map(describe), body: req.body }));
  router.use((err, req, res, next) => res.status(err.code === "LIMIT_FILE_SIZE" ? 413 : 500).json({ name: err.name, code: err.code ?? null, message: err.message, field: err.field ?? null }));
}
