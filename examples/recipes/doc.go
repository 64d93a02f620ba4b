// Package recipes shows plugmux mounted in the usual Go routers: net/http's
// ServeMux, chi, gin and echo. Each recipe is a function that returns the
// application's handler with plugmux under /api beside native routes, and
// recipes_test.go proves each against a real feed. The module is separate
// from the library's, so that the library's go.mod does not name the
// routers.
package recipes
