package load

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names recorded in Parsed.Encoding.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8-BOM"
	EncodingUTF16LE = "UTF-16LE"
	EncodingUTF16BE = "UTF-16BE"
	EncodingGB18030 = "GB18030"
	EncodingWin1252 = "windows-1252"
)

// DecodeText returns data as UTF-8 text and the name of the encoding it was
// written in. Chinese plants still export CSV and TXT from tools that write
// GBK or UTF-16, so those are recognised; bytes that decode as none of them
// are EINVALID "not a text file".
func DecodeText(data []byte) (string, string, error) {
	text, enc, ok := encodingDecode(data)
	if !ok || !encodingLooksLikeText(text) {
		return "", "", kg.Errorf(kg.EINVALID, "not a text file (no known encoding fits its bytes)")
	}
	return text, enc, nil
}

func encodingDecode(data []byte) (string, string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return encodingStrict(data[3:], EncodingUTF8BOM)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return encodingWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), data[2:], EncodingUTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return encodingWith(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), data[2:], EncodingUTF16BE)
	}
	if order, ok := encodingUTF16ByNULs(data); ok {
		if order == xunicode.LittleEndian {
			return encodingWith(xunicode.UTF16(order, xunicode.IgnoreBOM), data, EncodingUTF16LE)
		}
		return encodingWith(xunicode.UTF16(order, xunicode.IgnoreBOM), data, EncodingUTF16BE)
	}
	if utf8.Valid(data) {
		return string(data), EncodingUTF8, true
	}
	if s, name, ok := encodingWith(simplifiedchinese.GB18030, data, EncodingGB18030); ok {
		return s, name, true
	}
	// Latin-1 family exports from older Western tools; every byte maps, so
	// encodingLooksLikeText is what keeps binary out.
	return encodingWith(charmap.Windows1252, data, EncodingWin1252)
}

func encodingStrict(data []byte, name string) (string, string, bool) {
	return string(data), name, utf8.Valid(data)
}

// encodingWith decodes with enc and fails if any byte sequence had no
// mapping: x/text decoders substitute U+FFFD, which valid input never yields
// here because the input was not valid UTF-8 to begin with.
func encodingWith(enc encoding.Encoding, data []byte, name string) (string, string, bool) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) || !utf8.Valid(out) {
		return "", "", false
	}
	return string(out), name, true
}

// encodingUTF16ByNULs spots BOM-less UTF-16 of mostly ASCII text: every
// other byte is NUL. Text in other encodings has no NULs at all.
func encodingUTF16ByNULs(data []byte) (xunicode.Endianness, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return xunicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*4 && even*20 <= pairs:
		return xunicode.LittleEndian, true
	case even*10 >= pairs*4 && odd*20 <= pairs:
		return xunicode.BigEndian, true
	}
	return xunicode.LittleEndian, false
}

// encodingLooksLikeText rejects decoded output with control characters other
// than layout whitespace: binary files decode "cleanly" in single-byte
// encodings but are full of them.
func encodingLooksLikeText(s string) bool {
	var runes, controls int
	for _, r := range s {
		runes++
		if r == 0 {
			return false
		}
		if unicode.IsControl(r) && !strings.ContainsRune("\t\n\r\f\v", r) {
			controls++
		}
	}
	return controls*100 <= runes
}
