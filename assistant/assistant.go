// Package assistant turns evidence into an answer that cites it: every
// statement carries [n] markers resolving to a document, section or page
// and a snippet, and without evidence the assistant says it does not know.
// Answerers (extractive, or an LLM) plug in behind one interface.
package assistant

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Request is one question from one caller.
type Request struct {
	Question  string      `json:"question"`
	Clearance kg.Audience `json:"clearance"`
}

// Answer is what callers receive, in the CLI's --json and over HTTP.
type Answer struct {
	Question  string               `json:"question"`
	Answer    string               `json:"answer"`
	Abstained bool                 `json:"abstained"`
	Lang      string               `json:"lang"`
	Answerer  string               `json:"answerer"`
	Citations []Citation           `json:"citations"`
	Evidence  kg.Subgraph          `json:"evidence"`
	Computed  []retrieval.Computed `json:"computed,omitempty"`
	Related   []string             `json:"related,omitempty"`
	Trace     Trace                `json:"trace"`
}

// Citation resolves an [n] marker.
type Citation struct {
	N        int    `json:"n"`
	Document DocRef `json:"document"`
	Section  string `json:"section,omitempty"`
	Page     int    `json:"page,omitempty"`
	Snippet  string `json:"snippet"`
	ChunkID  string `json:"chunk_id"`
	Lang     string `json:"lang,omitempty"`
}

// DocRef names a cited document.
type DocRef struct {
	ID    string `json:"id"`
	URI   string `json:"uri"`
	Title string `json:"title"`
}

// Trace is the retrieval trace plus what the answerer did.
type Trace struct {
	retrieval.Trace
	Answerer   string   `json:"answerer"`
	AnswerMs   float64  `json:"answer_ms"`
	Abstention string   `json:"abstention,omitempty"` // why it abstained
	Removed    []string `json:"removed,omitempty"`    // citations or claims dropped by checks
	// LLM records model calls, fallbacks and checks when a model answered.
	LLM *ModelTrace `json:"llm,omitempty"`
}

// Draft is an answerer's output before citations are resolved.
type Draft struct {
	Text      string
	Abstained bool
	Reason    string   // why it abstained
	Related   []string // nearby topics to offer when abstaining
	Removed   []string
	// recordFields counts the fields of one record the answer gives.
	recordFields int
	// remarkAsked is set when an FAQ entry asks the question's remark
	// as well as its question.
	remarkAsked bool
}

// Answerer composes an answer from evidence.
type Answerer interface {
	Name() string
	Answer(ctx context.Context, ev *retrieval.Evidence) (Draft, error)
}

// Retriever is what the assistant needs from retrieval.
type Retriever interface {
	Retrieve(ctx context.Context, clearance kg.Audience, question string) (*retrieval.Evidence, error)
}

// Assistant answers questions.
type Assistant struct {
	retriever Retriever
	answerer  Answerer
	drafts    draftCache
}

// New returns an assistant. With a nil answerer it answers extractively.
func New(r Retriever, a Answerer) *Assistant {
	if a == nil {
		a = NewExtractive()
	}
	return &Assistant{retriever: r, answerer: a}
}

// Ask answers one question at the request's clearance.
func (a *Assistant) Ask(ctx context.Context, req Request) (*Answer, error) {
	if !req.Clearance.Valid() {
		return nil, kg.Errorf(kg.EINVALID, "invalid clearance")
	}
	if len(req.Question) > MaxQuestionBytes {
		return nil, kg.Errorf(kg.ETOOLARGE, "question is longer than %d bytes", MaxQuestionBytes)
	}
	ev, err := a.retriever.Retrieve(ctx, req.Clearance, req.Question)
	if err != nil {
		return nil, kg.Wrap("assistant.Ask", err)
	}
	return a.answer(ctx, ev, req, nil)
}

// AskStream answers like Ask and passes the answer's text to fn as it is
// produced, when the answerer can stream. The returned answer carries the
// citations and evidence, which a caller sends with its final event.
func (a *Assistant) AskStream(ctx context.Context, req Request, fn StreamFunc) (*Answer, error) {
	if !req.Clearance.Valid() {
		return nil, kg.Errorf(kg.EINVALID, "invalid clearance")
	}
	ev, err := a.retriever.Retrieve(ctx, req.Clearance, req.Question)
	if err != nil {
		return nil, kg.Wrap("assistant.AskStream", err)
	}
	return a.answer(ctx, ev, req, fn)
}

func (a *Assistant) answer(ctx context.Context, ev *retrieval.Evidence, req Request, fn StreamFunc) (*Answer, error) {
	start := time.Now()
	mt := &ModelTrace{}
	ctx = WithModelTrace(ctx, mt)
	var d Draft
	var err error
	if s, ok := a.answerer.(Streamer); ok && fn != nil {
		d, err = s.AnswerStream(ctx, ev, fn)
	} else {
		d, err = a.compose(ctx, ev, req)
	}
	if err != nil {
		return nil, kg.Wrap("assistant.answer", err)
	}
	ans := Finish(ev, d, a.answerer.Name())
	if _, streamed := a.answerer.(Streamer); !streamed && fn != nil {
		// The whole answer is sent as one event, in the words and citation
		// numbers the final event gives it.
		if err := fn(StreamEvent{Text: ans.Answer}); err != nil {
			return nil, kg.Wrap("assistant.answer", err)
		}
	}
	a.addCitedFacts(ctx, ev, req.Clearance, ans)
	if len(mt.Calls) > 0 || mt.Fallback != "" {
		ans.Trace.LLM = mt
	}
	ans.Trace.AnswerMs = float64(time.Since(start).Microseconds()) / 1000
	return ans, nil
}

// MaxQuestionBytes bounds a question; longer input is almost always a
// pasted document or an attack on the prompt.
const MaxQuestionBytes = 4000

// compose runs the answerer; extractive drafts of repeated questions come
// from the cache, since they depend on nothing but the evidence.
func (a *Assistant) compose(ctx context.Context, ev *retrieval.Evidence, req Request) (Draft, error) {
	if _, ok := a.answerer.(*Extractive); !ok {
		return a.answerer.Answer(ctx, ev)
	}
	return a.drafts.draft(ev, draftKey(req.Clearance, req.Question), func() (Draft, error) { return a.answerer.Answer(ctx, ev) })
}
