package extract

import (
	"slices"
	"strings"
)

// ExtractUsage is what model extraction cost for one document or a whole
// import: operators pay per token, so the ingest report and import jobs
// show it beside the facts it bought.
type Usage struct {
	Chunks    int            `json:"chunks"`               // prose chunks asked about
	CacheHits int            `json:"cache_hits,omitempty"` // chunks answered from the cache, no call
	Failed    int            `json:"failed,omitempty"`     // chunks no model answered usefully
	Dropped   map[string]int `json:"dropped,omitempty"`    // invalid items thrown away, by reason
	Models    []ModelUsage   `json:"models,omitempty"`
}

// ModelUsage is one model's share of an ExtractUsage.
type ModelUsage struct {
	Model     string  `json:"model"`
	Calls     int     `json:"calls"`
	TokensIn  int     `json:"tokens_in"`
	TokensOut int     `json:"tokens_out"`
	Cost      float64 `json:"cost,omitempty"`
}

// Add merges o into u; a nil o adds nothing.
func (u *Usage) Add(o *Usage) {
	if o == nil {
		return
	}
	u.Chunks += o.Chunks
	u.CacheHits += o.CacheHits
	u.Failed += o.Failed
	for k, v := range o.Dropped {
		if u.Dropped == nil {
			u.Dropped = map[string]int{}
		}
		u.Dropped[k] += v
	}
	for _, m := range o.Models {
		u.AddCall(m)
	}
}

// AddCall counts model calls under their model's name.
func (u *Usage) AddCall(m ModelUsage) {
	i := slices.IndexFunc(u.Models, func(x ModelUsage) bool { return x.Model == m.Model })
	if i < 0 {
		u.Models = append(u.Models, ModelUsage{Model: m.Model})
		slices.SortFunc(u.Models, func(a, b ModelUsage) int { return strings.Compare(a.Model, b.Model) })
		i = slices.IndexFunc(u.Models, func(x ModelUsage) bool { return x.Model == m.Model })
	}
	x := &u.Models[i]
	x.Calls += m.Calls
	x.TokensIn += m.TokensIn
	x.TokensOut += m.TokensOut
	x.Cost += m.Cost
}

// Totals sums the calls, tokens and cost over every model.
func (u *Usage) Totals() ModelUsage {
	var t ModelUsage
	if u == nil {
		return t
	}
	for _, m := range u.Models {
		t.Calls += m.Calls
		t.TokensIn += m.TokensIn
		t.TokensOut += m.TokensOut
		t.Cost += m.Cost
	}
	return t
}

// addUsage merges usage into a possibly nil pointer.
func AddUsage(dst **Usage, o *Usage) {
	if o == nil {
		return
	}
	if *dst == nil {
		*dst = &Usage{}
	}
	(*dst).Add(o)
}
