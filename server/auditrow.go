package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"unicode/utf8"
)

// The audit log records who asked what and which documents answered, not
// a second copy of every answer: an answer is kept as a hash (to match it
// against a conversation or a complaint) and its length, the question is
// cut to maxAuditQuestion bytes. A row is then about 300 bytes whatever
// the evidence, so a busy key cannot grow the log by its answers' size.
const (
	maxAuditQuestion = 256
	// defaultAuditMaxRows bounds the log by size beside its age.
	defaultAuditMaxRows = 1_000_000
)

// auditAnswer is what the log keeps of an answer.
func auditAnswer(answer string) string {
	sum := sha256.Sum256([]byte(answer))
	return fmt.Sprintf("sha256:%s %dB", hex.EncodeToString(sum[:12]), len(answer))
}

// auditQuestion cuts q to maxAuditQuestion bytes on a character boundary.
func auditQuestion(q string) string {
	if len(q) <= maxAuditQuestion {
		return q
	}
	cut := maxAuditQuestion
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return q[:cut] + "…"
}
