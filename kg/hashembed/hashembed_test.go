package hashembed

import (
	"context"
	"math"
	"testing"
)

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestSimilarTextsScoreHigher(t *testing.T) {
	e := New(0)
	q := e.Vector("mechanical seal leaking")
	near := e.Vector("The mechanical seal leaks after 2000 hours")
	far := e.Vector("Rated voltage 380 V three phase motor")
	if cosine(q, near) <= cosine(q, far) {
		t.Fatalf("near %.3f <= far %.3f", cosine(q, near), cosine(q, far))
	}
	zq := e.Vector("机械密封泄漏")
	zn := e.Vector("机械密封出现泄漏时应更换密封")
	zf := e.Vector("额定电压为380伏")
	if cosine(zq, zn) <= cosine(zq, zf) {
		t.Fatalf("zh near %.3f <= far %.3f", cosine(zq, zn), cosine(zq, zf))
	}
}

func TestDeterministicAndNormalized(t *testing.T) {
	e := New(64)
	vs, err := e.Embed(context.Background(), []string{"impeller 叶轮", "impeller 叶轮", ""})
	if err != nil {
		t.Fatal(err)
	}
	if cosine(vs[0], vs[1]) < 0.9999 {
		t.Fatal("same text gave different vectors")
	}
	if n := math.Sqrt(cosine(vs[0], vs[0])); math.Abs(n-1) > 1e-5 {
		t.Fatalf("norm = %v", n)
	}
	if cosine(vs[2], vs[2]) != 0 {
		t.Fatal("empty text should embed to the zero vector")
	}
}
