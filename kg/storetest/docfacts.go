package storetest

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testDocumentFacts lists the facts one document asserts, as a caller at
// a clearance sees them; a hidden document has none to show.
func testDocumentFacts(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	f, ok := s.(kg.DocumentFacter)
	if !ok {
		t.Fatalf("%T cannot list a document's facts", s)
	}
	g, err := f.DocumentFacts(ctx, kg.Internal, fmeaID)
	must(t, "DocumentFacts(fmea)", err)
	sameSet(t, "FMEA entities", entityIDs(g.Entities), []string{pump, impeller, wear, cavitation})
	sameSet(t, "FMEA relations", relationIDs(g.Relations), []string{hasPart, hasFM, causedBy})

	_, err = f.DocumentFacts(ctx, kg.Public, fmeaID)
	wantErr(t, "public DocumentFacts of the internal FMEA", err, kg.ErrNotFound)
	_, err = f.DocumentFacts(ctx, kg.Restricted, "no-such-document")
	wantErr(t, "DocumentFacts of an unknown id", err, kg.ErrNotFound)

	g, err = f.DocumentFacts(ctx, kg.Public, manualID)
	must(t, "DocumentFacts(manual)", err)
	sameSet(t, "public manual entities", entityIDs(g.Entities), []string{pump, impeller, steel})
	// The link to a cause only the FMEA defines stays hidden.
	sameSet(t, "public manual relations", relationIDs(g.Relations), []string{hasPart, madeOf})
	noSecrets(t, "public DocumentFacts", kg.Public, g)
	checkLevels(t, "public DocumentFacts", kg.Public, g)
}
