package sqlite

import (
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// commonShare is the share of chunks above which a term no longer selects:
// bm25 gives it little weight, yet ranking every chunk it occurs in is most
// of a broad search's cost.
const commonShare = 0.05

// commonMinChunks keeps small stores exact: below it ranking every match is
// cheap, and a product name in a tenth of a small corpus still selects.
const commonMinChunks = 1000

// selectiveMatch narrows an OR of quoted terms to the chunks holding at
// least one selective term, while every term still counts in bm25: the
// expression becomes (selective...) AND (all...). Prefix terms, unknown
// terms and questions whose every term is common are left as they are.
func (s *Store) selectiveMatch(ctx context.Context, terms []string) (string, error) {
	all := strings.Join(terms, " OR ")
	if len(terms) < 2 {
		return all, nil
	}
	// In a store of at most commonMinChunks chunks every term selects, so
	// its frequencies need not be read: reading them walks each term's
	// posting list and every chunk's audience token, which cost a small
	// store more than the search itself.
	if few, err := s.fewChunks(ctx); err != nil || few {
		return all, err
	}
	df, total, err := s.termFrequencies(ctx, terms)
	if err != nil || total == 0 {
		return all, err
	}
	var selective []string
	for _, t := range terms {
		if n, known := df[t]; !known || n <= commonMinChunks || float64(n) <= commonShare*float64(total) {
			selective = append(selective, t)
		}
	}
	if len(selective) == 0 || len(selective) == len(terms) {
		return all, nil
	}
	return "(" + strings.Join(selective, " OR ") + ") AND (" + all + ")", nil
}

// fewChunks reports a store of at most commonMinChunks chunks, reading
// no more than one chunk past that.
func (s *Store) fewChunks(ctx context.Context) (bool, error) {
	var more bool
	err := s.reads.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM chunks LIMIT 1 OFFSET ?)`, commonMinChunks).Scan(&more)
	return !more, err
}

// termFrequencies returns the document frequency of each exact quoted
// term, and the number of chunks.
func (s *Store) termFrequencies(ctx context.Context, terms []string) (map[string]int, int, error) {
	var plain []string
	for _, t := range terms {
		if !strings.HasSuffix(t, "*") {
			plain = append(plain, unquote(t))
		}
	}
	// Every chunk carries exactly one audience token, so theirs add up
	// to the number of chunks.
	var levels []string
	for a := kg.Public; a <= kg.Restricted; a++ {
		levels = append(levels, audienceToken(a))
	}
	b, _ := json.Marshal(append(plain, levels...))
	rows, err := s.reads.QueryContext(ctx, `SELECT term, doc FROM chunk_vocab WHERE term IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	df, total := map[string]int{}, 0
	for rows.Next() {
		var term string
		var n int
		if err := rows.Scan(&term, &n); err != nil {
			return nil, 0, err
		}
		if slices.Contains(levels, term) {
			total += n
		} else {
			df[`"`+strings.ReplaceAll(term, `"`, `""`)+`"`] = n
		}
	}
	return df, total, rows.Err()
}

func unquote(t string) string {
	return strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(t, `"`), `"`), `""`, `"`)
}
