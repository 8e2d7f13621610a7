package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
)

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// jsonArray encodes ids for json_each(?): one bound parameter however many
// ids, so one prepared plan serves every list length. It is written by hand
// because encoding/json's reflection is a visible share of a commit that
// encodes a list per fact.
func jsonArray(list []string) string {
	n := 2
	for _, s := range list {
		n += len(s) + 3
	}
	b := make([]byte, 1, n)
	b[0] = '['
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return string(append(b, ']'))
}

// appendJSONString quotes s; only strings that need escaping go through
// encoding/json.
func appendJSONString(b []byte, s string) []byte {
	plain := utf8.ValidString(s)
	for i := 0; plain && i < len(s); i++ {
		plain = s[i] >= 0x20 && s[i] != '"' && s[i] != '\\'
	}
	if !plain {
		q, _ := json.Marshal(s)
		return append(b, q...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// stringsOrNil stores an empty list as NULL, which costs nothing.
func stringsOrNil(list []string) any {
	if len(list) == 0 {
		return nil
	}
	return jsonArray(list)
}

// propsOrNil stores empty props as NULL.
func propsOrNil(p kg.Props) any {
	if len(p) == 0 {
		return nil
	}
	return jsonOrNil(p)
}

// jsonOrNil stores empty maps and slices as NULL, which costs nothing.
func jsonOrNil(v any) any {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || (rv.Kind() == reflect.Map || rv.Kind() == reflect.Slice) && rv.Len() == 0 {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return string(b)
}

func unmarshalJSON(s sql.NullString, v any) {
	if s.Valid && s.String != "" {
		_ = json.Unmarshal([]byte(s.String), v)
	}
}

// unmarshalStrings is unmarshalJSON for a JSON array of strings. The
// store writes its lists (a chunk's section path, a fact's chunk ids, an
// entity's aliases) as plain arrays, which it reads without encoding/json:
// a question reads hundreds of them. Anything else (an escape, a space,
// invalid UTF-8) is read by encoding/json as before.
func unmarshalStrings(s sql.NullString, v *[]string) {
	if !s.Valid || s.String == "" {
		return
	}
	if list, ok := plainStrings(s.String); ok {
		*v = list
		return
	}
	unmarshalJSON(s, v)
}

// plainStrings reads a JSON array of strings holding no escapes, control
// characters or whitespace; ok is false for any other text. An empty
// array is an empty, non-nil list, as encoding/json reads it.
func plainStrings(s string) (list []string, ok bool) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}
	body := s[1 : len(s)-1]
	list = []string{}
	for body != "" {
		if body[0] != '"' {
			return nil, false
		}
		end := strings.IndexByte(body[1:], '"') + 1
		if end == 0 || !plainJSONString(body[1:end]) {
			return nil, false
		}
		list = append(list, body[1:end])
		body = body[end+1:]
		if body == "" {
			break
		}
		if body[0] != ',' || len(body) == 1 {
			return nil, false
		}
		body = body[1:]
	}
	return list, true
}

// plainJSONString reports a JSON string body that means itself.
func plainJSONString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] < 0x20 {
			return false
		}
	}
	return utf8.ValidString(s)
}

// queryColumn runs a query of one column and returns its values.
func queryColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// encodeVector stores float32s little-endian, the layout every platform
// kgassist runs on reads without conversion.
func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

func decodeVector(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}
