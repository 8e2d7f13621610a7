package textseg

import "unicode/utf8"

// EstimateTokens approximates a model tokenizer without one: about one
// token per CJK character and one per four bytes of other text. Quotas,
// usage reports and model-call traces all count with it, so they agree;
// it needs no vocabulary download, which matters on air-gapped plants.
func EstimateTokens(s string) int {
	cjk, other := 0, 0
	for _, r := range s {
		if IsCJK(r) {
			cjk++
		} else {
			other += utf8.RuneLen(r)
		}
	}
	return cjk + (other+3)/4
}
