package feedserver

import (
	"archive/tar"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// unpackFactor is the default bound of Options.MaxUnpackedBytes, as a
// multiple of Options.MaxPackageBytes.
const unpackFactor = 8

// tarHeaderBytes is what each tar entry costs to read besides its data:
// counted in the unpacked size, so that a tarball of a million empty files
// is not free.
const tarHeaderBytes = 512

// packageLimits are the bounds readPackage enforces.
type packageLimits struct {
	maxBytes         int64 // the compressed tarball
	maxUnpackedBytes int64 // its files plus tarHeaderBytes an entry
	maxFiles         int   // its entries
}

// readPackage reads an npm pack tarball (gzip-compressed tar, entries under
// one top-level directory, usually "package/") within lim, as a stream: a
// tarball past a limit is refused as soon as the limit is reached, without
// reading the rest. The entry file is package.json's "module", else its
// "main", else "index.js"; its "custom" becomes the item's custom field.
//
// Only regular files and directories are accepted: links, devices and
// paths that are absolute or contain ".." or a backslash make the whole
// package bad. Errors wrap ErrBadPackage or ErrTooLarge.
func readPackage(r io.Reader, lim packageLimits) (Package, error) {
	lr := &io.LimitedReader{R: r, N: lim.maxBytes + 1}
	tooLarge := func() error {
		return fmt.Errorf("%w: the tarball exceeds %d bytes", ErrTooLarge, lim.maxBytes)
	}
	// bad reports a malformed tarball, unless it is also too large: the
	// rest is read (and discarded, never kept) up to the limit to tell.
	bad := func(err error) error {
		if !errors.Is(err, ErrTooLarge) {
			io.Copy(io.Discard, lr)
		}
		if lr.N <= 0 {
			return tooLarge()
		}
		return err
	}
	zr, err := gzip.NewReader(lr)
	if err != nil {
		return Package{}, bad(fmt.Errorf("%w: not a gzip-compressed tarball: %w", ErrBadPackage, err))
	}
	files, err := readTar(zr, lim)
	if err != nil {
		return Package{}, bad(err)
	}
	// The rest of the gzip stream (the tar's padding, the trailer), within
	// the limits: a bomb hidden after the end of the archive is refused
	// too, without inflating more than the unpacked limit.
	n, err := io.CopyN(io.Discard, zr, lim.maxUnpackedBytes+1)
	if lr.N <= 0 {
		return Package{}, tooLarge()
	}
	if n > lim.maxUnpackedBytes {
		return Package{}, fmt.Errorf("%w: the tarball unpacks to more than %d bytes", ErrTooLarge, lim.maxUnpackedBytes)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return Package{}, fmt.Errorf("%w: not a valid gzip stream: %w", ErrBadPackage, err)
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
// the first path component, within lim's entry count and unpacked size.
func readTar(r io.Reader, lim packageLimits) (map[string][]byte, error) {
	tr := tar.NewReader(r)
	files := make(map[string][]byte)
	var total int64
	entries := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: not a valid tarball: %w", ErrBadPackage, err)
		}
		if entries++; entries > lim.maxFiles {
			return nil, fmt.Errorf("%w: the tarball has more than %d entries", ErrTooLarge, lim.maxFiles)
		}
		total += tarHeaderBytes
		switch hdr.Typeflag {
		case tar.TypeReg:
		case tar.TypeDir, tar.TypeXGlobalHeader:
			if total > lim.maxUnpackedBytes {
				return nil, fmt.Errorf("%w: the unpacked files exceed %d bytes", ErrTooLarge, lim.maxUnpackedBytes)
			}
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
		// The header says the size: refuse before reading.
		if hdr.Size < 0 || total+hdr.Size > lim.maxUnpackedBytes {
			return nil, fmt.Errorf("%w: the unpacked files exceed %d bytes", ErrTooLarge, lim.maxUnpackedBytes)
		}
		b, err := io.ReadAll(io.LimitReader(tr, hdr.Size))
		if err != nil {
			return nil, fmt.Errorf("%w: reading %q: %w", ErrBadPackage, hdr.Name, err)
		}
		total += int64(len(b))
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
