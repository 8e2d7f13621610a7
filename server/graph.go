package server

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// documentFacts lists what the document asserts at the caller's
// clearance; ok is false for a store without the ability.
func (s *Server) documentFacts(ctx context.Context, clearance kg.Audience, docID string) (g kg.Subgraph, ok bool, err error) {
	f, ok := s.opts.Store.(kg.DocumentFacter)
	if !ok {
		return g, false, nil
	}
	g, err = f.DocumentFacts(ctx, clearance, docID)
	return g, true, err
}

func (s *Server) documentChunks(ctx context.Context, clearance kg.Audience, doc *kg.Document) ([]kg.Chunk, error) {
	ids := make([]string, 0, min(doc.Chunks+1, 2000))
	for i := 0; i <= doc.Chunks && i < 2000; i++ {
		ids = append(ids, kg.ChunkID(doc.ID, i))
	}
	chunks, err := s.opts.Store.Chunks(ctx, clearance, ids)
	if chunks == nil {
		chunks = []kg.Chunk{}
	}
	return chunks, err
}

func (s *Server) findEntities(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	q := c.QueryParam("q")
	if q == "" {
		return kg.Errorf(kg.EINVALID, "q is required")
	}
	var types []string
	if t := c.QueryParam("type"); t != "" {
		types = []string{t}
	}
	ents, err := s.opts.Store.FindEntities(c.Request().Context(), clearance, kg.EntityQuery{Text: q, Types: types, Limit: limitParam(c, 20, 200)})
	return listJSON(c, "entities", ents, err)
}

// getEntity returns an entity, the facts around it and the passages that
// support them.
func (s *Server) getEntity(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	ctx, id := c.Request().Context(), idParam(c)
	ents, err := s.opts.Store.Entities(ctx, clearance, []string{id})
	if err != nil {
		return err
	}
	if len(ents) == 0 {
		return kg.Errorf(kg.ENOTFOUND, "no entity %q", id)
	}
	rels, err := s.opts.Store.Relations(ctx, clearance, kg.RelationQuery{From: []string{id}, Limit: 200})
	if err != nil {
		return err
	}
	in, err := s.opts.Store.Relations(ctx, clearance, kg.RelationQuery{To: []string{id}, Limit: 200})
	if err != nil {
		return err
	}
	rels = append(rels, in...)
	ids := []string{id}
	for _, r := range rels {
		ids = append(ids, r.ID)
	}
	sources, err := s.opts.Store.SupportingChunks(ctx, clearance, ids)
	if err != nil {
		return err
	}
	if rels == nil {
		rels = []kg.Relation{}
	}
	return c.JSON(http.StatusOK, map[string]any{"entity": ents[0], "relations": rels, "sources": sources})
}

func (s *Server) neighbours(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	hops, _ := strconv.Atoi(c.QueryParam("hops"))
	hops = min(max(hops, 1), 3)
	g, err := s.opts.Store.Neighbourhood(c.Request().Context(), clearance, kg.NeighbourQuery{Seeds: []string{idParam(c)}, Hops: hops, Limit: 200})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, g)
}

func (s *Server) stats(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	st, ok := s.opts.Store.(kg.Statser)
	if !ok {
		return kg.Errorf(kg.EUNSUPPORTED, "this store does not count")
	}
	out, err := st.Stats(c.Request().Context(), clearance)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// maxPathHops bounds the path search: each hop is one store query.
const maxPathHops = 4

// path finds a shortest path between two entities at the caller's
// clearance.
func (s *Server) path(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	from, to := c.QueryParam("from"), c.QueryParam("to")
	if from == "" || to == "" {
		return kg.Errorf(kg.EINVALID, "from and to are required")
	}
	rels, err := kg.ShortestPath(c.Request().Context(), s.opts.Store, clearance, from, to, maxPathHops)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"from": from, "to": to, "edges": rels})
}

// idParam is the :id path parameter unescaped: entity and document ids
// hold "/" and spaces, which clients must escape in a path.
func idParam(c echo.Context) string {
	id := c.Param("id")
	if u, err := url.PathUnescape(id); err == nil {
		return u
	}
	return id
}
