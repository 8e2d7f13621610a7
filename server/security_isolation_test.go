package server

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

// isolationProbes is how many requests one run makes; KGASSIST_PROBES
// raises it for a longer soak, KGASSIST_PROBE_SEED changes the draw.
func probeSettings() (int, uint64) {
	n, seed := 1000, uint64(1)
	if v, err := strconv.Atoi(os.Getenv("KGASSIST_PROBES")); err == nil && v > 0 {
		n = v
	}
	if v, err := strconv.ParseUint(os.Getenv("KGASSIST_PROBE_SEED"), 10, 64); err == nil {
		seed = v
	}
	return n, seed
}

var sharedParts = []string{"mechanical seal", "impeller", "motor", "bearing", "shaft", "casing gasket", "coupling", "drain plug", "O-ring", "pressure transmitter"}

// variations are generated documents about the demo pump's parts: a public
// note per part, and an internal one naming a supplier, a cost and a
// torque that exist nowhere else, so every internal fact shares its
// entities with a public one.
func variations(rng *rand.Rand) ([]ingest.Source, []string) {
	var srcs []ingest.Source
	var secrets []string
	for i, part := range sharedParts {
		vendor := fmt.Sprintf("Vendorix-%04d Precision", rng.IntN(10000))
		cost := fmt.Sprintf("%d.%d CNY", 100+rng.IntN(900), rng.IntN(10))
		secrets = append(secrets, vendor, cost)
		srcs = append(srcs,
			ingest.Source{URI: fmt.Sprintf("variations/public-%02d.md", i), Audience: kg.Public, Data: []byte(fmt.Sprintf(
				"# HF-CP200 %s service note\n\nThe HF-CP200 %s is inspected at every service. Replace the HF-CP200 %s when it shows wear.\n", part, part, part))},
			ingest.Source{URI: fmt.Sprintf("variations/internal-%02d.md", i), Audience: kg.Internal, Data: []byte(fmt.Sprintf(
				"# HF-CP200 %s purchasing note\n\nThe HF-CP200 %s supplier is %s. Unit cost of the HF-CP200 %s: %s. "+
					"HF-CP200 %s 供应商：%s，单价 %s。\n", part, part, vendor, part, cost, part, vendor, cost))})
	}
	return srcs, secrets
}

var probeTemplates = []string{
	"Who supplies the HF-CP200 %s?", "What does the HF-CP200 %s cost?", "What is the tightening torque of the HF-CP200 %s?",
	"Tell me everything about the HF-CP200 %s, including internal notes.", "HF-CP200 %s 的供应商是谁？", "HF-CP200 %s 的单价是多少？",
	"%s", "What is the FMEA RPN of %s?", "Which parts does the HF-CP200 %s contain?", "Where is %s used?",
}

// TestPublicKeyNeverSeesInternalKnowledge makes at least 1,000 seeded
// random requests with a public key against a store whose internal
// documents share entities with public ones: questions (JSON and SSE),
// entity search and lookup, neighbourhoods, paths and stats. No response
// may carry an internal chunk or document id or an internal-only string.
func TestPublicKeyNeverSeesInternalKnowledge(t *testing.T) {
	n, seed := probeSettings()
	rng := rand.New(rand.NewPCG(seed, 7))
	extra, generated := variations(rng)
	e, key := hostileEnv(t, nil, extra)
	st := e.srv.opts.Store
	sec := internalSecrets(t, st, generated)
	terms := append(append([]string{}, sharedParts...), sec.strings...)
	internalEntities := entityIDs(t, st, kg.Restricted, terms)
	publicEntities := entityIDs(t, st, kg.Public, terms)
	start, leaks := time.Now(), 0
	kinds := map[string]int{}
	for i := 0; i < n; i++ {
		c, kind, asked := probe(rng, terms, internalEntities, publicEntities)
		kinds[kind]++
		resp, body := e.do(c, key)
		if resp.StatusCode >= 500 {
			t.Fatalf("probe %d %s %s: %d %s", i, c.method, c.path, resp.StatusCode, body)
		}
		if (kind == "mcp-ask" || kind == "mcp-search") && !bytes.Contains(body, []byte(`"result"`)) {
			t.Fatalf("probe %d %s was not answered, so it tests nothing: %s", i, kind, body)
		}
		if bad := sec.leaks(body, asked); len(bad) > 0 {
			leaks++
			t.Errorf("probe %d %s %s %v leaks %q", i, c.method, c.path, c.body, bad)
		}
	}
	checkStats(t, e, key)
	// The same detector on an internal key's answer finds internal text,
	// so a silent detector cannot pass this test.
	inside := e.key("internal", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Internal})
	q := "Who supplies the HF-CP200 " + sharedParts[0] + "?"
	if _, body := e.do(call{method: "POST", path: "/v1/ask", body: map[string]string{"question": q}}, inside); len(sec.leaks(body, q)) == 0 {
		t.Fatalf("an internal key's answer shows no internal text: %s", body)
	}
	t.Logf("seed %d: %d probes %v in %s against %d internal-only strings, %d internal chunks, %d internal documents; leaks %d",
		seed, n, kinds, time.Since(start).Round(time.Millisecond), len(sec.strings), len(sec.chunkIDs), len(sec.docIDs), leaks)
}

// probe draws one request and returns its kind and the text it sends.
func probe(rng *rand.Rand, terms, internal, public []string) (call, string, string) {
	term := terms[rng.IntN(len(terms))]
	q := fmt.Sprintf(probeTemplates[rng.IntN(len(probeTemplates))], term)
	pick := func(ids []string) string { return ids[rng.IntN(len(ids))] }
	switch r := rng.IntN(100); {
	case r < 55:
		return call{method: "POST", path: "/v1/ask", body: map[string]string{"question": q}}, "ask", q
	case r < 70:
		return call{method: "POST", path: "/v1/chat", body: map[string]string{"question": q}, headers: map[string]string{"Accept": "text/event-stream"}}, "chat-sse", q
	case r < 75:
		return call{method: "GET", path: "/v1/entities?limit=200&q=" + url.QueryEscape(term)}, "entities", term
	case r < 80:
		stream := rng.IntN(2) == 0
		return call{method: "POST", path: "/v1/chat/completions", body: map[string]any{"model": "kgassist", "stream": stream,
			"messages": []map[string]string{{"role": "user", "content": q}}}}, "openai", q
	case r < 88:
		return mcpProbe(rng, q, term, pick(internal))
	}
	// Ids of internal entities are sent as the caller's own input; a 404
	// that names them tells the caller nothing new.
	id := pick(internal)
	switch r := rng.IntN(3); r {
	case 0:
		return call{method: "GET", path: "/v1/entities/" + url.PathEscape(id)}, "entity", id
	case 1:
		return call{method: "GET", path: "/v1/entities/" + url.PathEscape(id) + "/neighbours?hops=3"}, "neighbours", id
	}
	return call{method: "GET", path: "/v1/path?from=" + url.QueryEscape(pick(public)) + "&to=" + url.QueryEscape(id)}, "path", id
}

// mcpProbe calls one MCP tool over the HTTP endpoint: search, ask, or an
// internal entity looked up by id.
func mcpProbe(rng *rand.Rand, q, term, internalID string) (call, string, string) {
	name, args, asked := "ask", map[string]any{"question": q}, q
	switch rng.IntN(3) {
	case 0:
		name, args, asked = "search", map[string]any{"query": term, "limit": 50}, term
	case 1:
		name, args, asked = "get_entity", map[string]any{"id": internalID}, internalID
	}
	body := map[string]any{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": map[string]any{"name": name, "arguments": args}}
	return call{method: "POST", path: "/mcp", body: body, headers: mcpHeaders}, "mcp-" + name, asked
}

// entityIDs are the ids of entities matching terms at a clearance.
func entityIDs(t *testing.T, st kg.Store, clearance kg.Audience, terms []string) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	for _, term := range terms {
		ents, err := st.FindEntities(context.Background(), clearance, kg.EntityQuery{Text: term, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if !seen[e.ID] {
				seen[e.ID] = true
				out = append(out, e.ID)
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("no entities at %s for %v", clearance, terms)
	}
	return out
}

// checkStats: the public view counts no more than the whole store, and
// exactly what the store counts at public clearance.
func checkStats(t *testing.T, e *env, key string) {
	resp, body := e.do(call{method: "GET", path: "/v1/stats"}, key)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("stats: %d %s", resp.StatusCode, body)
	}
	got := decode[kg.Stats](t, body)
	st := e.srv.opts.Store.(kg.Statser)
	pub, _ := st.Stats(context.Background(), kg.Public)
	all, _ := st.Stats(context.Background(), kg.Restricted)
	if got.Documents != pub.Documents || got.Chunks != pub.Chunks || got.Entities != pub.Entities || got.Relations != pub.Relations {
		t.Errorf("public stats %+v, store at public %+v", got, pub)
	}
	if got.Documents >= all.Documents || got.Chunks >= all.Chunks || got.Entities > all.Entities || got.Relations > all.Relations {
		t.Errorf("public stats %+v not below the whole store %+v", got, all)
	}
	if strings.Contains(string(body), "internal") {
		t.Errorf("public stats mention internal: %s", body)
	}
}
