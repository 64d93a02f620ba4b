package feedserver

import (
	"archive/tar"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// unpackFactor bounds the unpacked size of a tarball: its files may total at
// most unpackFactor × Options.MaxPackageBytes (a guard against gzip bombs).
const unpackFactor = 8

// readPackage reads an npm pack tarball (gzip-compressed tar, entries under
// one top-level directory, usually "package/") of at most maxBytes
// compressed and unpackFactor × maxBytes unpacked. The entry file is
// package.json's "module", else its "main", else "index.js"; its "custom"
// becomes the item's custom field.
//
// Only regular files and directories are accepted: links, devices and
// paths that are absolute or contain ".." or a backslash make the whole
// package bad. Errors wrap ErrBadPackage or ErrTooLarge.
func readPackage(r io.Reader, maxBytes int64) (Package, error) {
	tgz, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return Package{}, fmt.Errorf("reading the tarball: %w", err)
	}
	if int64(len(tgz)) > maxBytes {
		return Package{}, fmt.Errorf("%w: the tarball exceeds %d bytes", ErrTooLarge, maxBytes)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return Package{}, fmt.Errorf("%w: not a gzip-compressed tarball: %w", ErrBadPackage, err)
	}
	files, err := readTar(zr, unpackFactor*maxBytes)
	if err != nil {
		return Package{}, err
	}

	raw, ok := files["package.json"]
	if !ok {
		return Package{}, fmt.Errorf("%w: no package.json in the tarball", ErrBadPackage)
	}
	var meta struct {
		Name    string          `json:"name"`
		Version string          `json:"version"`
		Module  string          `json:"module"`
		Main    string          `json:"main"`
		Custom  json.RawMessage `json:"custom"`
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return Package{}, fmt.Errorf("%w: package.json: %w", ErrBadPackage, err)
	}
	main := cmp.Or(meta.Module, meta.Main, "index.js")
	if string(meta.Custom) == "null" {
		meta.Custom = nil
	}
	return Package{
		Name:    meta.Name,
		Version: meta.Version,
		Main:    main,
		Files:   files,
		Custom:  meta.Custom,
	}, nil
}

// readTar reads every regular file of a tar stream into memory, stripping
// the first path component.
func readTar(r io.Reader, maxBytes int64) (map[string][]byte, error) {
	tr := tar.NewReader(r)
	files := make(map[string][]byte)
	var total int64
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: not a valid tarball: %w", ErrBadPackage, err)
		}
		switch hdr.Typeflag {
		case tar.TypeReg:
		case tar.TypeDir, tar.TypeXGlobalHeader:
			continue
		case tar.TypeSymlink, tar.TypeLink:
			return nil, fmt.Errorf("%w: %q is a link; only regular files are allowed", ErrBadPackage, hdr.Name)
		default:
			return nil, fmt.Errorf("%w: %q is not a regular file", ErrBadPackage, hdr.Name)
		}
		name, err := packagePath(hdr.Name)
		if err != nil {
			return nil, err
		}
		if _, dup := files[name]; dup {
			return nil, fmt.Errorf("%w: %q appears twice", ErrBadPackage, hdr.Name)
		}
		b, err := io.ReadAll(io.LimitReader(tr, maxBytes-total+1))
		if err != nil {
			return nil, fmt.Errorf("%w: reading %q: %w", ErrBadPackage, hdr.Name, err)
		}
		total += int64(len(b))
		if total > maxBytes {
			return nil, fmt.Errorf("%w: the unpacked files exceed %d bytes", ErrTooLarge, maxBytes)
		}
		files[name] = b
	}
	return files, nil
}

// packagePath turns a tar entry name such as "package/dist/index.js" into
// the path inside the package, "dist/index.js".
func packagePath(name string) (string, error) {
	p := cleanEntry(name)
	if strings.HasPrefix(p, "/") || !validPath(p) {
		return "", fmt.Errorf("%w: unsafe path %q in the tarball", ErrBadPackage, name)
	}
	_, rest, ok := strings.Cut(p, "/")
	if !ok {
		return "", fmt.Errorf("%w: %q is outside the package directory", ErrBadPackage, name)
	}
	return rest, nil
}
