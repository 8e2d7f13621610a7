package neo4jauth

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Conversations returns the conversation store. A conversation is a
// KgaConversation node with its turns hanging off it as KgaTurn nodes.
func (b *Backend) Conversations() auth.Conversations { return convStore{b} }

type convStore struct{ b *Backend }

func (c convStore) Create(ctx context.Context, keyID string) (string, error) {
	id := auth.NewID("conv")
	_, err := c.b.query(ctx, "neo4jauth.CreateConversation", `CREATE (:KgaConversation {id: $id, key_id: $key, turns: 0, created_at: $now})`,
		map[string]any{"id": id, "key": keyID, "now": c.b.now().Unix()})
	return id, err
}

// Someone else's conversation is indistinguishable from none.
func noConversation(id string) error { return kg.Errorf(kg.ENOTFOUND, "no conversation %q", id) }

func (c convStore) Turns(ctx context.Context, keyID, id string) ([]auth.Turn, error) {
	recs, err := c.b.query(ctx, "neo4jauth.Turns", `MATCH (c:KgaConversation {id: $id}) WHERE c.key_id = $key
OPTIONAL MATCH (c)-[:KGA_TURN]->(t:KgaTurn)
WITH c, t ORDER BY t.n
RETURN c.id, collect(t {.*})`, map[string]any{"id": id, "key": keyID})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, noConversation(id)
	}
	list, _ := recs[0].Values[1].([]any)
	turns := make([]auth.Turn, 0, len(list))
	for _, v := range list {
		if m, ok := v.(map[string]any); ok {
			turns = append(turns, turnOf(m))
		}
	}
	return turns, nil
}

// Append numbers the turn in the same write that creates it: the SET on the
// conversation takes its write lock before reading the count, so appends
// from several replicas at once queue there and each gets its own number.
func (c convStore) Append(ctx context.Context, keyID, id string, t auth.Turn) (int, error) {
	recs, err := c.b.query(ctx, "neo4jauth.AppendTurn", `MATCH (c:KgaConversation {id: $id}) WHERE c.key_id = $key
SET c.turns = c.turns + 1
CREATE (c)-[:KGA_TURN]->(t:KgaTurn {conversation_id: c.id, n: c.turns, answer_id: $answer, question: $question,
  rewritten: $rewritten, answer: $text, entities: $entities, created_at: $now})
RETURN t.n`, map[string]any{"id": id, "key": keyID, "answer": t.AnswerID, "question": t.Question, "rewritten": t.Rewritten,
		"text": t.Answer, "entities": nonNil(t.Entities), "now": c.b.now().Unix()})
	if err != nil {
		return 0, err
	}
	if len(recs) == 0 {
		return 0, noConversation(id)
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

// Delete removes a conversation with its turns, its audit entries and its
// feedback, in one transaction.
func (c convStore) Delete(ctx context.Context, keyID, id string) error {
	params := map[string]any{"id": id, "key": keyID}
	return c.b.write(ctx, "neo4jauth.DeleteConversation", func(tx neo4j.ManagedTransaction) error {
		recs, err := run(ctx, tx, `MATCH (c:KgaConversation {id: $id}) WHERE c.key_id = $key
OPTIONAL MATCH (c)-[:KGA_TURN]->(t:KgaTurn)
DETACH DELETE c, t
RETURN count(*)`, params)
		if err != nil {
			return err
		}
		if n, _ := recs[0].Values[0].(int64); n == 0 {
			return noConversation(id)
		}
		for _, q := range []string{
			`MATCH (a:KgaAudit {conversation_id: $id}) DELETE a`,
			`MATCH (f:KgaFeedback {conversation_id: $id}) DELETE f`,
		} {
			if _, err := run(ctx, tx, q, params); err != nil {
				return err
			}
		}
		return nil
	})
}

// TurnByAnswer finds the conversation turn an answer id belongs to, for
// feedback; another owner's answer is ENOTFOUND.
func (b *Backend) TurnByAnswer(ctx context.Context, keyID, answerID string) (string, auth.Turn, error) {
	recs, err := b.query(ctx, "neo4jauth.TurnByAnswer", `MATCH (c:KgaConversation)-[:KGA_TURN]->(t:KgaTurn {answer_id: $answer})
WHERE c.key_id = $key RETURN t {.*}`, map[string]any{"answer": answerID, "key": keyID})
	if err != nil {
		return "", auth.Turn{}, err
	}
	p, ok := first(recs)
	if !ok {
		return "", auth.Turn{}, kg.Errorf(kg.ENOTFOUND, "no answer %q", answerID)
	}
	return p.str("conversation_id"), turnOf(p), nil
}

func turnOf(p props) auth.Turn {
	t := auth.Turn{N: p.num("n"), AnswerID: p.str("answer_id"), Question: p.str("question"), Rewritten: p.str("rewritten"),
		Answer: p.str("answer"), Entities: p.strs("entities")}
	if len(t.Entities) == 0 {
		t.Entities = nil
	}
	return t
}
