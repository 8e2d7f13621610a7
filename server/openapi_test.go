package server

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes keeps the published document and the router in
// step: every route is documented, with the scope it requires, and every
// documented operation exists.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	e := newEnv(t, envOptions{})
	documented := documentedPaths(t)
	param := regexp.MustCompile(`:([a-z]+)`)
	routes := map[string]bool{}
	for _, r := range e.srv.e.Routes() {
		if strings.HasSuffix(r.Path, "*") || r.Method == "echo_route_not_found" {
			continue
		}
		key := strings.ToLower(r.Method) + " " + param.ReplaceAllString(r.Path, "{$1}")
		routes[key] = true
		path := strings.SplitN(key, " ", 2)[1]
		if _, ok := documented[path][strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s is not documented", r.Method, r.Path)
		}
	}
	for path, ops := range documented {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("documented %s %s has no route", method, path)
			}
		}
	}
	// The documented scope is the one the access matrix enforces.
	for _, ep := range endpoints() {
		path := param.ReplaceAllString(routeOf(e, ep.call), "{$1}")
		want := map[string]string{"none": "", "": "any"}[ep.scope]
		if want == "" && ep.scope != "none" {
			want = ep.scope
		}
		if got := documented[path][strings.ToLower(ep.method)].Scope; got != want {
			t.Errorf("%s %s documents scope %q, enforces %q", ep.method, path, got, want)
		}
	}
}

// apiOperation is what the tests read of one documented operation: the
// scope it requires and the fields each response must hold.
type apiOperation struct {
	Scope     string `json:"x-scope"`
	Responses map[string]struct {
		Content map[string]struct {
			Schema struct{ Required []string } `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

// documentedPaths reads the published OpenAPI document: each path's
// operations by lower-case method.
func documentedPaths(t *testing.T) map[string]map[string]apiOperation {
	t.Helper()
	var doc struct {
		Paths map[string]map[string]apiOperation `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Paths
}
