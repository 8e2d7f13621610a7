package retrieval

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg/textseg"
)

// TestTokenCountIsTheTokens checks the remembered count against the
// tokens themselves, for texts seen once, seen again, and after the
// memory has started over.
func TestTokenCountIsTheTokens(t *testing.T) {
	texts := []string{"", "Pump P-102 leaks.", "检查机械密封是否泄漏", "The rocker-bogie, 1.5 mm; 电机 M3x25mm", strings.Repeat("seal ", 300)}
	for round := 0; round < 2; round++ {
		for _, s := range texts {
			if got, want := tokenCount(s), len(textseg.Tokens(s)); got != want {
				t.Errorf("round %d, %q: counted %d, want %d", round, s, got, want)
			}
		}
	}
	for i := 0; i <= maxCountedTexts; i++ {
		tokenCount(strings.Repeat("a ", i%50) + string(rune('a'+i%26)) + strings.Repeat("b", i/26))
	}
	if len(tokenCounts.n) > maxCountedTexts {
		t.Errorf("%d counts remembered, bound %d", len(tokenCounts.n), maxCountedTexts)
	}
	if got, want := tokenCount(texts[3]), len(textseg.Tokens(texts[3])); got != want {
		t.Errorf("after starting over: counted %d, want %d", got, want)
	}
}

// BenchmarkBudgetTokenCount counts a passage's tokens as the budget does,
// for a passage seen before.
func BenchmarkBudgetTokenCount(b *testing.B) {
	text := strings.Repeat("The mechanical seal of pump P-102 leaked; 检查机械密封。 ", 20)
	for i := 0; i < b.N; i++ {
		tokenCount(text)
	}
}
