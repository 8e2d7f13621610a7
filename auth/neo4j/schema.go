package neo4jauth

import "context"

// schema is created on every Open; IF NOT EXISTS makes it idempotent, and
// the kga_ prefix keeps it apart from the graph's kg_ schema.
var schema = []string{
	"CREATE CONSTRAINT kga_key_id IF NOT EXISTS FOR (k:KgaKey) REQUIRE k.id IS UNIQUE",
	"CREATE CONSTRAINT kga_key_hash IF NOT EXISTS FOR (k:KgaKey) REQUIRE k.hash IS UNIQUE",
	"CREATE CONSTRAINT kga_conversation_id IF NOT EXISTS FOR (c:KgaConversation) REQUIRE c.id IS UNIQUE",
	"CREATE CONSTRAINT kga_turn_answer IF NOT EXISTS FOR (t:KgaTurn) REQUIRE t.answer_id IS UNIQUE",
	"CREATE CONSTRAINT kga_audit_id IF NOT EXISTS FOR (a:KgaAudit) REQUIRE a.id IS UNIQUE",
	"CREATE INDEX kga_audit_at IF NOT EXISTS FOR (a:KgaAudit) ON (a.at)",
	"CREATE INDEX kga_audit_conversation IF NOT EXISTS FOR (a:KgaAudit) ON (a.conversation_id)",
	"CREATE CONSTRAINT kga_feedback_id IF NOT EXISTS FOR (f:KgaFeedback) REQUIRE f.id IS UNIQUE",
	"CREATE INDEX kga_feedback_conversation IF NOT EXISTS FOR (f:KgaFeedback) ON (f.conversation_id)",
	"CREATE CONSTRAINT kga_job_id IF NOT EXISTS FOR (j:KgaJob) REQUIRE j.id IS UNIQUE",
	"CREATE INDEX kga_job_state IF NOT EXISTS FOR (j:KgaJob) ON (j.state)",
	"CREATE CONSTRAINT kga_usage_id IF NOT EXISTS FOR (u:KgaUsage) REQUIRE u.id IS UNIQUE",
	"CREATE CONSTRAINT kga_reservation_id IF NOT EXISTS FOR (r:KgaReservation) REQUIRE r.id IS UNIQUE",
	"CREATE INDEX kga_reservation_key IF NOT EXISTS FOR (r:KgaReservation) ON (r.key_id)",
	"CREATE CONSTRAINT kga_seq_name IF NOT EXISTS FOR (s:KgaSeq) REQUIRE s.name IS UNIQUE",
}

func (b *Backend) ensureSchema(ctx context.Context) error {
	for _, stmt := range schema {
		if _, err := b.query(ctx, "neo4jauth.Open", stmt, nil); err != nil {
			return err
		}
	}
	return nil
}
