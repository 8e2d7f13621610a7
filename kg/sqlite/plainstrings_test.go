package sqlite

import (
	"database/sql"
	"encoding/json"
	"reflect"
	"testing"
)

// TestUnmarshalStringsReadsAsJSON checks the plain-array reader against
// encoding/json, for plain arrays and for every text it must hand over.
func TestUnmarshalStringsReadsAsJSON(t *testing.T) {
	texts := []string{
		`[]`, `[""]`, `["a"]`, `["doc#0","doc#12"]`, `["泵","机械密封"]`,
		`["a\"b"]`, `["a\\b"]`, `["\u00e9"]`, `[ "a"]`, `["a" ,"b"]`, `["a",]`, `[,"a"]`,
		`null`, `["a"`, `"a"`, `[1]`, `["a""b"]`, "[\"a\tb\"]", "[\"\xff\"]", `{}`,
	}
	for _, text := range texts {
		var want, got []string
		wantErr := json.Unmarshal([]byte(text), &want) != nil
		unmarshalStrings(sql.NullString{String: text, Valid: true}, &got)
		if !wantErr && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: read %#v, encoding/json %#v", text, got, want)
		}
		if _, ok := plainStrings(text); ok && wantErr {
			t.Errorf("%s: read as plain, encoding/json refuses it", text)
		}
	}
	var none []string
	unmarshalStrings(sql.NullString{}, &none)
	if none != nil {
		t.Errorf("NULL read as %#v", none)
	}
}

// BenchmarkUnmarshalStrings reads a fact's list of chunk ids, as every
// source row of a question's facts and passages is read.
func BenchmarkUnmarshalStrings(b *testing.B) {
	list := sql.NullString{String: `["doc-manual#12","doc-manual#13","doc-manual#27","doc-bom#4"]`, Valid: true}
	for i := 0; i < b.N; i++ {
		var ids []string
		unmarshalStrings(list, &ids)
	}
}
